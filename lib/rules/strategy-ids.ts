// The shared vocabulary between the rule catalog (lib/rules, which says which
// strategies fit a bottleneck) and the strategy catalog (lib/plan, which says
// what each strategy is and how much it tends to gain). Add an id here first.

export const STRATEGY_IDS = [
  'cache-result',            // memoize a pure computation repeated with the same inputs
  'hoist-invariant',         // move work that does not change out of the loop or request path
  'precompile-regex',        // build a RegExp / Pattern once instead of per call
  'simplify-regex',          // remove backtracking (nested quantifiers, alternations) or anchor it
  'replace-regex',           // plain string operations instead of a regex
  'avoid-reserialize',       // parse or stringify once; pass objects, not JSON text
  'streaming-serialization', // stream large JSON instead of building it in memory
  'async-io',                // non-blocking fs/network instead of *Sync on the event loop
  'cache-file-read',         // read a file once at start-up, not per request
  'async-crypto-zlib',       // crypto or zlib off the event loop (async API or worker)
  'batch-io',                // fewer, larger I/O operations
  'buffer-writes',           // buffered writer instead of one syscall per small write
  'reduce-allocations',      // allocate less per item: reuse, avoid temporaries
  'reuse-buffers',           // preallocate and reuse buffers / slices
  'object-pooling',          // pool expensive objects (sync.Pool, pools)
  'string-builder',          // build strings with a builder/join, not += in a loop
  'lazy-logging',            // do not format log messages that are not emitted
  'lower-log-volume',        // log less on the hot path
  'lazy-load',               // load modules/classes when first needed, not at start-up
  'set-lookup',              // Set/Map/hash lookup instead of linear search in a loop
  'index-by-key',            // build an index once instead of scanning per item
  'sort-once',               // sort once outside the loop, or keep data sorted
  'avoid-deep-clone',        // copy only what changes instead of deep cloning
  'shrink-critical-section', // hold the lock for less time
  'shard-lock',              // split one hot lock into many (striping)
  'lock-free',               // atomics or immutable snapshots instead of a mutex
  'buffered-channel',        // buffered channel / queue or batch hand-off
  'avoid-reflection',        // generated or typed code instead of reflection
  'avoid-exceptions',        // return values instead of exceptions for control flow
  'replace-busy-wait',       // block on an event/condition instead of spinning
  'better-algorithm',        // change the algorithm's complexity
  'offload-worker',          // move CPU work to a worker thread/pool
  'tune-gc',                 // heap size / GC settings, after reducing allocation
  'connection-pooling',      // reuse connections instead of opening per request
  'batch-queries',           // one query for many items instead of one per item
  'run-concurrently',        // start independent waits together (Promise.all with a bound) instead of one after another
  'move-off-request-path',   // answer first, do the wait after the response or in a background job
  'add-timeout',             // bound a slow wait with a timeout (and a fallback) so its tail stops the request's
  'bound-cache',             // a leak: give the cache a size (LRU) or a time to live, so it stops growing
  'release-references',      // a leak: remove listeners, clear timers, drop closures and map entries when done
  'stream-not-accumulate',   // a leak: process items as they come instead of keeping them all
] as const;

export type StrategyId = (typeof STRATEGY_IDS)[number];
