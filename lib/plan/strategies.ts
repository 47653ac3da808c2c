// The strategy catalog: for every id in lib/rules/strategy-ids.ts, what the
// user should do (templates that name their function and file:line), how to
// guard the gain against regression, and how much of the bottleneck's own
// time the strategy tends to remove, with where that number comes from.
// Ranges marked 'bench' are measured by `make calibrate` (bench/calibration);
// the rest are rules of thumb and say so. Tune ranges from the calibration
// table in bench/results/, never from the tests.

import type { StrategyId } from '../rules/strategy-ids.js';

/** Fractions (0..1) of the bottleneck's time removed by the strategy. */
export interface Range {
  low: number;
  expected: number;
  high: number;
}

export type SourceKind = 'bench' | 'rule-of-thumb';

export interface StrategyEntry {
  /** Ticket title; placeholders {fn} {at} {caller} {callerAt}. */
  title: string;
  /** The concrete action, same placeholders. */
  action: string;
  /** The test or benchmark to add so the gain cannot silently regress. */
  guard: string;
  speedup: Range;
  source: { kind: SourceKind; ref: string };
  /** The most confidence the source allows (a calibration miss caps it). */
  maxConfidence?: 'low' | 'medium' | 'high';
}

const r = (low: number, expected: number, high: number): Range => ({ low, expected, high });
const thumb = (ref: string) => ({ kind: 'rule-of-thumb' as const, ref: `rule of thumb: ${ref}` });
const bench = (program: string, finding: string) => ({
  kind: 'bench' as const,
  ref: `measured by make calibrate, bench/calibration/programs/${program}-{slow,fixed}.js: ${finding} (bench/results/calibration.md)`,
});
const benchGuard = 'add a benchmark that calls {fn} on a representative input and fails when it is slower than the time measured after the change';

export const STRATEGIES: Record<StrategyId, StrategyEntry> = {
  'cache-result': { title: 'Cache the result of {fn}', action: 'memoize {fn} ({at}) by its inputs (a Map keyed by the arguments, bounded if the key space is open){callerClause}, so a repeated call with the same inputs returns the stored result', guard: 'add a test that calls {fn} twice with the same input and asserts the underlying computation ran once (a counter or spy), plus a benchmark of the repeated call', speedup: r(0.6, 0.85, 0.97), source: thumb('a cache hit replaces the computation by a hash lookup; the miss rate bounds the gain') },
  'hoist-invariant': { title: 'Hoist invariant work out of {fn}', action: 'move the work in {fn} ({at}) that does not depend on the loop variable or the request out of the loop (or to module load){callerClause}', guard: benchGuard, speedup: r(0.4, 0.7, 0.9), source: thumb('the invariant part runs once instead of once per iteration') },
  'precompile-regex': { title: 'Compile the RegExp in {fn} once', action: 'compile the RegExp once at module load (a top-level const) instead of on every call in {fn} ({at}){callerClause}', guard: 'add a test that the pattern is a module-level constant (grep or lint rule: no `new RegExp` inside {fn}) and a benchmark of {fn}', speedup: r(0.25, 0.45, 0.8), source: bench('regex', 'implied f 0.32–0.53 by CPU time: V8 caches compiled patterns, so the fix saves the RegExp object and its set-up, not the compilation') },
  'simplify-regex': { title: 'Remove backtracking from the regex in {fn}', action: 'rewrite the regex in {fn} ({at}) without nested quantifiers or overlapping alternations, anchored where it can be{callerClause}', guard: 'add a test that runs {fn} on a long near-miss input within a time budget (a backtracking regex takes seconds there)', speedup: r(0.5, 0.8, 0.99), source: thumb('backtracking is exponential or quadratic in input length; a linear regex removes nearly all of it') },
  'replace-regex': { title: 'Replace the regex in {fn} with string operations', action: 'replace the regex in {fn} ({at}) by indexOf/startsWith/split{callerClause}', guard: benchGuard, speedup: r(0.3, 0.6, 0.85), source: thumb('plain string scans skip the regex engine set-up and state machine') },
  'avoid-reserialize': { title: 'Stop re-parsing JSON in {fn}', action: 'parse the JSON once and pass the object to {fn} ({at}) instead of parsing (or stringifying) the same text on every call{callerClause}', guard: 'add a test that {fn} receives an object (not a string) and a benchmark of the call path', speedup: r(0.85, 0.98, 1.1), source: bench('json', 'implied f 0.94–1.08; above 1 because the parse garbage is collected under (garbage collector), outside the function') },
  'streaming-serialization': { title: 'Stream the JSON built in {fn}', action: 'write the output of {fn} ({at}) as a stream of chunks instead of building the whole JSON string in memory{callerClause}', guard: 'add a test with a large payload asserting peak memory stays below a budget and the first byte arrives early', speedup: r(0.1, 0.3, 0.5), source: thumb('total CPU stays similar; latency to first byte and GC pressure drop') },
  'async-io': { title: 'Make the I/O in {fn} non-blocking', action: 'replace the *Sync call in {fn} ({at}) by its promise API (fs/promises) and await it{callerClause}, so the event loop serves other requests while the I/O waits', guard: 'add a lint rule or test that forbids *Sync calls in {fn}, and a load test of the scenario with a latency budget', speedup: r(0.3, 0.6, 0.9), source: thumb('under concurrent load the blocked wall time becomes overlap; with no concurrency it gains nothing') },
  'cache-file-read': { title: 'Read the file in {fn} once', action: 'read the file once at start-up (or on first use, then keep it) instead of on every call in {fn} ({at}){callerClause}; reload on change only if it can change', guard: 'add a test that calls {fn} twice and asserts the file was opened once (spy on fs.readFileSync), and a benchmark of {fn}', speedup: r(0.7, 0.85, 1.05), source: bench('readfile', 'implied f 0.7–0.94 at the analyzer\'s share: the open/read/close syscalls go, the lookup stays') },
  'async-crypto-zlib': { title: 'Move crypto/zlib in {fn} off the event loop', action: 'use the async (callback/promise) form of the crypto or zlib call in {fn} ({at}), which runs on the libuv thread pool{callerClause}', guard: 'add a load test of the scenario with a p99 budget', speedup: r(0.3, 0.6, 0.9), source: thumb('the work still happens, on the thread pool; the event loop time goes away when cores are free') },
  'batch-io': { title: 'Batch the I/O in {fn}', action: 'gather the small reads/writes in {fn} ({at}) into fewer larger operations{callerClause}', guard: 'add a test that counts the I/O calls per request in {fn} and asserts the batched count', speedup: r(0.3, 0.6, 0.85), source: thumb('per-operation overhead (syscall, round trip) dominates small I/O') },
  'buffer-writes': { title: 'Buffer the writes in {fn}', action: 'write through a buffered writer (collect chunks, flush at a size threshold) instead of one write per item in {fn} ({at}){callerClause}', guard: 'add a test that counts the write calls of {fn} for N items and asserts O(N / buffer size)', speedup: r(0.5, 0.8, 0.95), source: thumb('one syscall per small write costs microseconds; a buffer amortises it') },
  'reduce-allocations': { title: 'Allocate less in {fn}', action: 'remove per-item temporaries in {fn} ({at}) (reuse objects, avoid intermediate arrays and closures in the loop){callerClause}', guard: 'add a benchmark of {fn} that reports allocated bytes per call and fails above the new level', speedup: r(0.2, 0.4, 0.6), source: thumb('allocation cost and the GC work it causes fall with the bytes allocated') },
  'reuse-buffers': { title: 'Reuse buffers in {fn}', action: 'preallocate the buffer/slice used in {fn} ({at}) once and reuse it across calls{callerClause}', guard: 'add a benchmark of {fn} that reports allocations per call (expect zero for the buffer)', speedup: r(0.2, 0.4, 0.7), source: thumb('removes the allocation and zeroing of the buffer per call') },
  'object-pooling': { title: 'Pool the objects created in {fn}', action: 'take the expensive objects in {fn} ({at}) from a pool and return them after use{callerClause}', guard: 'add a benchmark of {fn} reporting allocations per call', speedup: r(0.1, 0.3, 0.5), source: thumb('pooling helps only for objects costly to build; it adds bookkeeping') },
  'string-builder': { title: 'Build the string in {fn} with a join', action: 'collect the parts in an array and join once at the end instead of `+=` in the loop in {fn} ({at}){callerClause}', guard: benchGuard, speedup: r(-0.5, 0, 0.3), source: bench('concat', 'in V8 += builds ropes; the array join measured 0–6% slower by CPU time, with the cost in GC outside the function, so the estimate can miss: confidence capped at low'), maxConfidence: 'low' },
  'lazy-logging': { title: 'Format log messages in {fn} only when emitted', action: 'guard the log call in {fn} ({at}) by the level check (or pass a function/format arguments) so the message is not built when the level is off{callerClause}', guard: 'add a test that {fn} does not call the formatter when the level is off', speedup: r(0.5, 0.8, 0.95), source: thumb('the message formatting is skipped entirely when the level is off') },
  'lower-log-volume': { title: 'Log less on the hot path in {fn}', action: 'remove or sample the per-request log lines in {fn} ({at}){callerClause}', guard: 'add a test that counts log lines per request through {fn}', speedup: r(0.3, 0.6, 0.9), source: thumb('fewer lines: less formatting and less I/O') },
  'lazy-load': { title: 'Load what {fn} needs on first use', action: 'import the module used by {fn} ({at}) on first use instead of at start-up{callerClause}', guard: 'add a start-up time benchmark with a budget', speedup: r(0.3, 0.6, 0.9), source: thumb('start-up no longer pays for modules it does not use') },
  'set-lookup': { title: 'Use a Set for the lookup in {fn}', action: 'build a Set (or Map) of the searched values once and use has() instead of includes()/indexOf()/find() in the loop in {fn} ({at}){callerClause}', guard: 'add a benchmark of {fn} at two input sizes that fails when the time grows faster than linearly', speedup: r(0.8, 0.88, 0.99), source: bench('includes', 'implied f 0.86–0.91 at 12,000 items') },
  'index-by-key': { title: 'Index the data once for {fn}', action: 'build a Map from key to item once, outside {fn} ({at}), instead of scanning the list for every item{callerClause}', guard: 'add a benchmark of {fn} at two input sizes that fails when the time grows faster than linearly', speedup: r(0.7, 0.9, 0.99), source: thumb('O(n·m) scans become O(n+m)') },
  'sort-once': { title: 'Sort once instead of in the loop in {fn}', action: 'sort the data once outside the loop (or keep it sorted on insert) in {fn} ({at}){callerClause}', guard: benchGuard, speedup: r(0.5, 0.8, 0.95), source: thumb('one O(n log n) sort instead of one per iteration') },
  'avoid-deep-clone': { title: 'Stop deep-cloning in {fn}', action: 'copy only the fields that change (spread the changed level) instead of deep-cloning in {fn} ({at}){callerClause}', guard: benchGuard, speedup: r(0.4, 0.7, 0.9), source: thumb('a shallow copy of the changed path touches a fraction of the object graph') },
  'shrink-critical-section': { title: 'Hold the lock in {fn} for less time', action: 'move the work that does not touch shared state out of the critical section in {fn} ({at}){callerClause}', guard: 'add a contention benchmark (N goroutines/threads calling {fn}) with a throughput floor', speedup: r(0.2, 0.5, 0.8), source: thumb('wait time falls with the time the lock is held') },
  'shard-lock': { title: 'Split the hot lock in {fn}', action: 'stripe the lock guarding the state in {fn} ({at}) by key (N shards){callerClause}', guard: 'add a contention benchmark of {fn} with a throughput floor', speedup: r(0.3, 0.6, 0.85), source: thumb('contention falls roughly by the number of shards when keys spread evenly') },
  'lock-free': { title: 'Replace the mutex in {fn} with atomics or snapshots', action: 'use an atomic value or an immutable snapshot swapped on write for the read path in {fn} ({at}){callerClause}', guard: 'add a contention benchmark of {fn} with a throughput floor, run with the race detector', speedup: r(0.4, 0.7, 0.9), source: thumb('readers stop waiting for each other') },
  'buffered-channel': { title: 'Buffer the hand-off in {fn}', action: 'give the channel/queue used in {fn} ({at}) a buffer or hand items over in batches{callerClause}', guard: 'add a benchmark of the producer/consumer pair with a throughput floor', speedup: r(0.2, 0.5, 0.8), source: thumb('producers block less often when the consumer is briefly slower') },
  'avoid-reflection': { title: 'Replace reflection in {fn} with typed code', action: 'use generated or hand-written typed code instead of reflection in {fn} ({at}){callerClause}', guard: benchGuard, speedup: r(0.3, 0.6, 0.85), source: thumb('reflection pays lookups and boxing per field') },
  'avoid-exceptions': { title: 'Stop using exceptions for control flow in {fn}', action: 'return a result value instead of throwing and catching on the normal path in {fn} ({at}){callerClause}', guard: benchGuard, speedup: r(0.3, 0.6, 0.9), source: thumb('building a stack trace per throw dominates cheap operations') },
  'replace-busy-wait': { title: 'Stop spinning in {fn}', action: 'block on an event, condition variable or promise instead of polling in a loop in {fn} ({at}){callerClause}', guard: 'add a test that {fn} uses no CPU while idle (CPU time over an idle second below a budget)', speedup: r(0.7, 0.9, 0.99), source: thumb('the spin time goes away entirely') },
  'better-algorithm': { title: 'Lower the complexity of {fn}', action: 'replace the algorithm in {fn} ({at}) by one of lower complexity for the input sizes seen{callerClause}', guard: 'add a benchmark of {fn} at two input sizes that fails when the growth exceeds the new complexity', speedup: r(0.5, 0.8, 0.97), source: thumb('at the profiled input size the better algorithm removes most of the time') },
  'offload-worker': { title: 'Move the CPU work in {fn} to a worker', action: 'run {fn} ({at}) in a worker thread pool (worker_threads / a goroutine pool){callerClause}, so the main thread stays responsive', guard: 'add a load test of the scenario with a p99 budget', speedup: r(0.3, 0.6, 0.9), source: thumb('latency gains when cores are idle; total CPU does not fall') },
  'tune-gc': { title: 'Tune the GC for {fn}\'s allocation rate', action: 'after reducing the allocations in {fn} ({at}), raise the heap limit (--max-semi-space-size, GOGC/GOMEMLIMIT) to fit the live set{callerClause}', guard: 'add a benchmark reporting GC time per request', speedup: r(0.1, 0.3, 0.5), source: thumb('fewer collections for the same allocation; the allocation cost stays') },
  // Leak strategies: the fraction is of the memory growth the leak causes (estimated in memory, not latency).
  'bound-cache': { title: 'Bound the memory kept by {fn}', action: 'give the collection {fn} ({at}) fills a size limit with eviction (an LRU such as lru-cache with max, a Map trimmed to N entries, Caffeine/Guava maximumSize, a fixed-size ring) or a time to live, so it stops growing with every request{callerClause}', guard: 'add a test that sends many requests and asserts the cache size (or the heap after GC) stays below the bound', speedup: r(0.9, 0.98, 1), source: thumb('a bounded cache stops growing once full: what it keeps is its bound, not one entry per request') },
  'release-references': { title: 'Release what {fn} keeps after use', action: 'drop the references {fn} ({at}) leaves behind once a request is done: remove event listeners, clear timers and intervals, delete map entries and close over less{callerClause}', guard: 'add a test that runs many requests, forces a GC and asserts the live heap returns to its level before them', speedup: r(0.8, 0.95, 1), source: thumb('what is no longer referenced is collected at the next GC') },
  'stream-not-accumulate': { title: 'Stream instead of accumulating in {fn}', action: 'process the items {fn} ({at}) collects as they arrive (a stream, a generator, paged queries) instead of keeping them all in memory{callerClause}', guard: 'add a test with a large input that asserts peak heap stays flat as the input grows', speedup: r(0.7, 0.9, 1), source: thumb('memory then grows with the batch in flight, not with the total') },
  'connection-pooling': { title: 'Reuse connections in {fn}', action: 'use a pooled client/keep-alive agent created once instead of opening a connection per call in {fn} ({at}){callerClause}', guard: 'add a test that counts new connections for N calls of {fn} (expect ≤ pool size)', speedup: r(0.3, 0.6, 0.85), source: thumb('the handshake (TCP, TLS) is paid once per pooled connection') },
  'batch-queries': { title: 'Batch the queries in {fn}', action: 'load the rows for all items with one query (WHERE id IN …) instead of one query per item in {fn} ({at}){callerClause}', guard: 'add a test that counts queries for N items through {fn} (expect a constant)', speedup: r(0.5, 0.8, 0.95), source: thumb('N round trips become one') },
  // Wait strategies: their gain comes from the request's critical path (lib/analysis/waits), not from `speedup`;
  // the ranges here only stand in where a bottleneck carries no projection.
  'run-concurrently': { title: 'Run the sequential waits in {fn} concurrently', action: 'start the independent calls in {fn} ({at}) together and await them at once (Promise.all over the items, at most 10 in flight with a limiter such as p-limit){callerClause}, instead of awaiting each before starting the next', guard: 'add a test that the calls made by {fn} for one request overlap (record start and end times of a fake backend), and a load test of the scenario with a latency budget', speedup: r(0.5, 0.8, 0.92), source: thumb('N sequential round trips become about one, bounded by the slowest') },
  'move-off-request-path': { title: 'Take the wait in {fn} off the request path', action: 'answer the request before the wait in {fn} ({at}) completes (do it after the response, or hand it to a queue or background job){callerClause}, when the response does not need its result', guard: 'add a test that the response is sent before the operation in {fn} completes, and that the operation still happens', speedup: r(0.5, 0.9, 1), source: thumb('the wait leaves the latency entirely when nothing in the response depends on it') },
  'add-timeout': { title: 'Bound the wait in {fn} with a timeout', action: 'give the call in {fn} ({at}) a timeout near its usual p90 (AbortSignal.timeout, a client option) with a fallback answer{callerClause}, so a slow dependency no longer holds the request for its whole tail', guard: 'add a test with a backend that never answers: the request must finish within the timeout with the fallback', speedup: r(0, 0.2, 0.5), source: thumb('only the tail above the timeout is cut; the median is unchanged') },
};

export interface CodeContext {
  fn: string;
  at: string;
  caller?: { fn: string; at: string };
}

/** Fill a template with the user's function, location and caller. */
export function fill(template: string, ctx: CodeContext): string {
  const callerClause = ctx.caller ? `, where it is called from ${ctx.caller.fn} (${ctx.caller.at})` : '';
  return template
    .replace(/\{callerClause\}/g, callerClause)
    .replace(/\{fn\}/g, ctx.fn)
    .replace(/\{at\}/g, ctx.at)
    .replace(/\{caller\}/g, ctx.caller?.fn ?? 'its caller')
    .replace(/\{callerAt\}/g, ctx.caller?.at ?? '');
}
