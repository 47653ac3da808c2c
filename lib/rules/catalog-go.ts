// Rules for Go profiles (runtime/pprof: cpu, heap/allocs, mutex, block).
// Go keeps runtime and library frames on the stack, so these match frames.

import { CONTENTION, GC_TIME, LIBRARY_CALL } from './thresholds.js';
import type { Rule } from './types.js';

const CPU = ['cpu', 'wall'] as const;
const WAITS = ['lock', 'block'] as const;

export const GO_RULES: Rule[] = [
  {
    id: 'go-regexp-compile', runtimes: ['go'], match: { kinds: CPU, frame: /^regexp\.(?:MustCompile|Compile|MatchString|Match|MatchReader|QuoteMeta)$/ }, minShare: LIBRARY_CALL,
    category: 'cpu', cause: 'regex-compile',
    explain: 'a regular expression compiled on every call (regexp.MatchString and Compile inside the request path)',
    evidence: 'the regexp compile frames and their share',
    strategies: ['precompile-regex', 'replace-regex'],
  },
  {
    id: 'go-regexp', runtimes: ['go'], match: { kinds: CPU, frame: /^regexp\.\(\*Regexp\)\./ }, minShare: LIBRARY_CALL,
    category: 'cpu', cause: 'regex',
    explain: 'time matching regular expressions',
    evidence: 'the regexp.(*Regexp) frames and their share',
    strategies: ['simplify-regex', 'replace-regex', 'cache-result'],
  },
  {
    id: 'go-json', runtimes: ['go'], match: { kinds: CPU, frame: /^(?:encoding\/json\.|github\.com\/(?:json-iterator|goccy\/go-json|mailru\/easyjson|bytedance\/sonic))/ }, minShare: LIBRARY_CALL,
    category: 'cpu', cause: 'json',
    explain: 'JSON encoding or decoding (reflection-driven in encoding/json)',
    evidence: 'the JSON frames and their share',
    strategies: ['avoid-reserialize', 'streaming-serialization', 'avoid-reflection'],
  },
  {
    id: 'go-serialization', runtimes: ['go'], match: { kinds: CPU, frame: /^(?:encoding\/(?:xml|gob|csv|binary)\.|google\.golang\.org\/protobuf\/)/ }, minShare: LIBRARY_CALL,
    category: 'cpu', cause: 'serialization',
    explain: 'encoding or decoding data (XML, gob, protobuf) on the hot path',
    evidence: 'the encoder/decoder frames and their share',
    strategies: ['avoid-reserialize', 'streaming-serialization'],
  },
  {
    id: 'go-reflection', runtimes: ['go'], match: { kinds: CPU, frame: /^reflect\./ }, minShare: LIBRARY_CALL,
    category: 'cpu', cause: 'reflection',
    explain: 'reflection (reflect.Value calls) is slow and allocates',
    evidence: 'the reflect frames and their share',
    strategies: ['avoid-reflection'],
  },
  {
    id: 'go-fmt', runtimes: ['go'], match: { kinds: CPU, frame: /^fmt\.(?:Sprintf|Sprint|Sprintln|Fprintf|Fprint|Errorf|Printf|Println)$/ }, minShare: LIBRARY_CALL,
    category: 'cpu', cause: 'string-building',
    explain: 'strings built with fmt (reflection and allocation per call)',
    evidence: 'the fmt frames and their share',
    strategies: ['string-builder', 'reduce-allocations'],
  },
  {
    id: 'go-string-concat', runtimes: ['go'], match: { kinds: CPU, frame: /^runtime\.concatstring(?:s|\d)$/ }, minShare: LIBRARY_CALL,
    category: 'cpu', cause: 'string-building',
    explain: 'strings joined with + in a loop, each join copying everything so far',
    evidence: 'the runtime.concatstrings frames and their share',
    strategies: ['string-builder'],
  },
  {
    id: 'go-logging', runtimes: ['go'], match: { kinds: CPU, frame: /^(?:log\.|log\/slog\.|go\.uber\.org\/zap\.|github\.com\/sirupsen\/logrus\.|github\.com\/rs\/zerolog\.)/ }, minShare: LIBRARY_CALL,
    category: 'cpu', cause: 'logging',
    explain: 'log formatting and writing on the hot path',
    evidence: 'the logger frames and their share',
    strategies: ['lazy-logging', 'lower-log-volume'],
  },
  {
    id: 'go-sort', runtimes: ['go'], match: { kinds: CPU, frame: /^(?:sort\.|slices\.Sort)/ }, minShare: LIBRARY_CALL,
    category: 'cpu', cause: 'sort-in-loop',
    explain: 'sorting on the hot path, often the same data again inside a loop',
    evidence: 'the sort frames and their share',
    strategies: ['sort-once', 'better-algorithm'],
  },
  {
    id: 'go-crypto', runtimes: ['go'], match: { kinds: CPU, frame: /^(?:crypto\/|golang\.org\/x\/crypto\/)/ }, minShare: LIBRARY_CALL,
    category: 'cpu', cause: 'crypto',
    explain: 'hashing, encryption or key derivation',
    evidence: 'the crypto frames and their share',
    strategies: ['cache-result', 'offload-worker'],
  },
  {
    id: 'go-compress', runtimes: ['go'], match: { kinds: CPU, frame: /^compress\// }, minShare: LIBRARY_CALL,
    category: 'cpu', cause: 'compression',
    explain: 'compressing or decompressing data',
    evidence: 'the compress frames and their share',
    strategies: ['cache-result', 'offload-worker'],
  },
  {
    id: 'go-allocation', runtimes: ['go'], match: { kinds: CPU, frame: /^runtime\.(?:mallocgc|newobject|makeslice|growslice|makemap|makemap_small|newarray|rawstring|rawbyteslice|rawstringtmp|slicebytetostring|convT\w*|mapassign\w*|hashGrow)$/ },
    minShare: LIBRARY_CALL, category: 'memory', cause: 'allocation-churn',
    explain: 'CPU spent allocating (and assisting the GC) for short-lived objects',
    evidence: 'the runtime allocation frames and their share',
    strategies: ['reduce-allocations', 'reuse-buffers', 'object-pooling'],
  },
  {
    id: 'go-gc', runtimes: ['go'], match: { kinds: CPU, frame: /^runtime\.(?:gcBgMarkWorker|gcDrain\w*|gcAssistAlloc\w*|markroot\w*|scanobject|bgsweep|sweepone|gcMarkDone|gcStart)$/, chargeTo: 'allocator' },
    minShare: GC_TIME, category: 'memory', cause: 'gc-pressure',
    explain: 'the garbage collector runs often because the program allocates a lot',
    evidence: 'the GC worker share and the allocating function it is charged to',
    strategies: ['reduce-allocations', 'object-pooling', 'tune-gc'],
  },
  {
    id: 'go-mutex-spin', runtimes: ['go'], match: { kinds: CPU, frame: /^(?:sync\.\(\*(?:RW)?Mutex\)\.\w+|runtime\.(?:lock2|unlock2|semacquire\w*|semrelease\w*|sync_runtime_Semacquire\w*))$/ },
    minShare: LIBRARY_CALL, category: 'lock', cause: 'mutex-contention',
    explain: 'CPU burnt spinning on and handing over a contended mutex',
    evidence: 'the sync.Mutex frames in the CPU profile and their share',
    strategies: ['shrink-critical-section', 'shard-lock', 'lock-free'],
  },
  {
    id: 'go-mutex', runtimes: ['go'], match: { kinds: WAITS, frame: /^sync\.\(\*(?:RW)?Mutex\)\./ }, minShare: CONTENTION,
    category: 'lock', cause: 'mutex-contention',
    explain: 'goroutines wait for a mutex another goroutine holds',
    evidence: 'the contention delay released at this Unlock and its share of all delay',
    strategies: ['shrink-critical-section', 'shard-lock', 'lock-free'],
  },
  {
    // Before go-channel: net/http's client waits for the response in a select on the connection's
    // channels, and database/sql in the driver's socket read; that is the downstream's time, not a queue.
    id: 'go-downstream-call', runtimes: ['go'],
    // Frames below connection set-up, so a dial per request stays go-dial's.
    match: { kinds: [...WAITS, ...CPU], frame: /^(?:net\/http\.\(\*persistConn\)\.roundTrip|database\/sql\.\(\*DB\)\.(?:queryDC|execDC)|database\/sql\.\(\*Rows\)\.(?:Next|nextLocked))$/ },
    minShare: CONTENTION, category: 'io', cause: 'downstream-call',
    explain: 'requests wait for a downstream service or database to answer (an HTTP client call, a database/sql query)',
    evidence: 'the round-trip and query frames (net/http persistConn.roundTrip, database/sql queryDC/execDC/Rows.Next) and their share',
    strategies: ['run-concurrently', 'batch-queries', 'cache-result', 'add-timeout'],
  },
  {
    id: 'go-channel', runtimes: ['go'], match: { kinds: [...WAITS, ...CPU], frame: /^runtime\.(?:chansend1?|chanrecv[12]?|selectgo|selectnbsend|selectnbrecv)$/ }, minShare: CONTENTION,
    category: 'lock', cause: 'channel-contention',
    explain: 'goroutines block sending to or receiving from a channel (a full or empty queue)',
    evidence: 'the channel frames and their share of the delay',
    strategies: ['buffered-channel', 'batch-io'],
  },
  {
    id: 'go-waitgroup', runtimes: ['go'], match: { kinds: WAITS, frame: /^sync\.\(\*(?:WaitGroup|Cond)\)\.Wait$/ }, minShare: CONTENTION,
    category: 'lock', cause: 'waiting',
    explain: 'goroutines wait on a WaitGroup or Cond for slower work to finish',
    evidence: 'the Wait frames and their share of the delay',
    strategies: ['shrink-critical-section', 'offload-worker'],
  },
  {
    id: 'go-small-writes', runtimes: ['go'], match: { kinds: CPU, frame: /^(?:os\.\(\*File\)\.Write\w*|internal\/poll\.\(\*FD\)\.Write|syscall\.(?:write|Write))$/ }, minShare: LIBRARY_CALL,
    category: 'io', cause: 'small-writes',
    explain: 'unbuffered writes: every Write is a system call',
    evidence: 'the File.Write/syscall frames and their share',
    strategies: ['buffer-writes', 'batch-io'],
  },
  {
    id: 'go-file-io', runtimes: ['go'], match: { kinds: CPU, frame: /^(?:os\.(?:ReadFile|Open|OpenFile|Stat|Lstat|ReadDir)|syscall\.(?:read|Read|Open|openat|Stat|fstatat))$/ }, minShare: LIBRARY_CALL,
    category: 'io', cause: 'file-io',
    explain: 'files opened, read or stat-ed on the hot path',
    evidence: 'the os/syscall frames and their share',
    strategies: ['cache-file-read', 'batch-io'],
  },
  {
    id: 'go-dial', runtimes: ['go'], match: { kinds: CPU, frame: /^(?:net\.\(\*Dialer\)\.Dial\w*|net\/http\.\(\*Transport\)\.dialConn\w*|crypto\/tls\.\(\*Conn\)\.Handshake\w*)$/ }, minShare: LIBRARY_CALL,
    category: 'io', cause: 'connection-setup',
    explain: 'new connections (and TLS handshakes) per request instead of reusing them',
    evidence: 'the dial/handshake frames and their share',
    strategies: ['connection-pooling'],
  },
  {
    id: 'go-panic', runtimes: ['go'], match: { kinds: CPU, frame: /^runtime\.(?:gopanic|gorecover|recovery|addOneOpenDeferFrame)$/ }, minShare: LIBRARY_CALL,
    category: 'cpu', cause: 'exceptions',
    explain: 'panic and recover used as control flow',
    evidence: 'the panic/recover frames and their share',
    strategies: ['avoid-exceptions'],
  },
  {
    id: 'go-busy-wait', runtimes: ['go'], match: { kinds: CPU, frame: /^runtime\.(?:Gosched|gosched_m|goschedImpl|osyield|procyield)$/ }, minShare: LIBRARY_CALL,
    category: 'cpu', cause: 'busy-wait',
    explain: 'a goroutine spins (runtime.Gosched in a loop) instead of blocking on a channel or condition',
    evidence: 'the Gosched/yield frames and their share',
    strategies: ['replace-busy-wait'],
  },
];
