// Rules for Node.js / V8 profiles. V8 inlines builtins (JSON.parse,
// Array.prototype.includes, sort) and runs irregexp code under the caller, so
// several rules read the user function's hot line (`source`) as well as frames.

import { GC_TIME, IDLE_TIME, LIBRARY_CALL, SOURCE_LINE } from './thresholds.js';
import type { Rule } from './types.js';

const CPU = ['cpu', 'wall'] as const;
const LOOP = /\bfor\b|\bwhile\b|\.(?:forEach|map|filter|reduce|flatMap)\(/;

export const NODE_RULES: Rule[] = [
  {
    id: 'node-regex', runtimes: ['node'], match: { kinds: CPU, frame: /^RegExp: / }, minShare: LIBRARY_CALL,
    category: 'cpu', cause: 'regex',
    explain: 'time in compiled regular-expression code; backtracking patterns grow with the input',
    evidence: 'the RegExp frames V8 reports (their patterns) and their share',
    strategies: ['precompile-regex', 'simplify-regex', 'replace-regex'],
  },
  {
    id: 'node-sync-fs', runtimes: ['node'], match: { kinds: CPU, frame: /^(?:readFileSync|writeFileSync|appendFileSync|readdirSync|statSync|lstatSync|existsSync|accessSync|openSync|readSync|writeSync|closeSync|mkdirSync|copyFileSync|readFileUtf8|tryReadSync|tryStatSync)$/, file: /^(?:node:fs|node:internal\/fs\/.*|)$/ },
    minShare: LIBRARY_CALL, category: 'io', cause: 'sync-fs',
    explain: 'synchronous file-system calls block the event loop for every other request',
    evidence: 'the fs *Sync frames and the share of samples inside them',
    strategies: ['cache-file-read', 'async-io', 'hoist-invariant'],
  },
  {
    id: 'node-sync-crypto', runtimes: ['node'], match: { kinds: CPU, frame: /^(?:pbkdf2Sync|scryptSync|randomFillSync|generateKeyPairSync|publicEncrypt|privateDecrypt|sign|verify|digest|update|hash|createHash|createHmac)$/, file: /^(?:node:crypto|node:internal\/crypto\/.*|)$/ },
    minShare: LIBRARY_CALL, category: 'cpu', cause: 'sync-crypto',
    explain: 'hashing or key derivation on the main thread holds the event loop',
    evidence: 'the crypto frames and their share',
    strategies: ['async-crypto-zlib', 'cache-result', 'offload-worker'],
  },
  {
    id: 'node-sync-zlib', runtimes: ['node'], match: { kinds: CPU, frame: /^(?:gzipSync|gunzipSync|deflateSync|inflateSync|deflateRawSync|inflateRawSync|brotliCompressSync|brotliDecompressSync|unzipSync|zlibBufferSync|processChunkSync)$/ },
    minShare: LIBRARY_CALL, category: 'cpu', cause: 'sync-zlib',
    explain: 'compression on the main thread holds the event loop',
    evidence: 'the zlib *Sync frames and their share',
    strategies: ['async-crypto-zlib', 'offload-worker', 'cache-result'],
  },
  {
    id: 'node-sync-child-process', runtimes: ['node'], match: { kinds: CPU, frame: /^(?:execSync|execFileSync|spawnSync)$/, file: /^node:child_process$/ },
    minShare: LIBRARY_CALL, category: 'io', cause: 'sync-subprocess',
    explain: 'waiting for a child process synchronously blocks the event loop',
    evidence: 'the child_process *Sync frames and their share',
    strategies: ['async-io', 'cache-result'],
  },
  {
    id: 'node-gc', runtimes: ['node'], match: { kinds: CPU, frame: /^\(garbage collector\)$/, chargeTo: 'allocator' }, minShare: GC_TIME,
    category: 'memory', cause: 'gc-pressure',
    explain: 'V8 spends this share collecting garbage: the program allocates too much short-lived memory',
    evidence: 'the (garbage collector) share and the allocating function it is charged to',
    strategies: ['reduce-allocations', 'reuse-buffers', 'object-pooling', 'tune-gc'],
  },
  {
    id: 'node-idle', runtimes: ['node'], match: { kinds: CPU, frame: /^\(idle\)$/ }, minShare: IDLE_TIME,
    category: 'io', cause: 'waiting-idle',
    explain: 'the event loop sat idle: requests wait on I/O (network, disk, a database), not on CPU',
    evidence: 'the (idle) share of the samples',
    strategies: ['batch-io', 'connection-pooling', 'batch-queries', 'cache-result'],
  },
  {
    id: 'node-module-loading', runtimes: ['node'], match: { kinds: CPU, frame: /^(?:compileForInternalLoader|compileFunction|compileSourceTextModule|wrapSafe|Module\._compile|Module\._load|Module\.require|require|loadESM|instantiate|link|moduleStrategy)$/, file: /^(?:node:internal\/modules\/.*|node:internal\/bootstrap\/.*|node:internal\/vm.*|)$/ },
    minShare: LIBRARY_CALL, category: 'cpu', cause: 'module-loading',
    explain: 'loading and compiling modules at start-up; it delays the first request',
    evidence: 'the module loader frames and their share',
    strategies: ['lazy-load'],
  },
  {
    id: 'node-logging', runtimes: ['node'], match: { kinds: CPU, frame: /^(?:consoleCall|log|info|warn|error|debug|trace|formatWithOptions|formatWithOptionsInternal|inspect|formatValue|write|asJson|_log)$/, file: /^(?:|node:internal\/console\/.*|node:internal\/util\/inspect|.*node_modules\/(?:pino|winston|bunyan|debug|log4js|loglevel)\/.*)$/ },
    minShare: LIBRARY_CALL, category: 'cpu', cause: 'logging',
    explain: 'formatting and writing log lines on the hot path',
    evidence: 'the console/logger frames and their share',
    strategies: ['lazy-logging', 'lower-log-volume'],
  },
  {
    // res.end() and res.writeHead() cork the socket and send head and body in one write: one per response, the floor.
    id: 'node-response-write', runtimes: ['node'], match: { kinds: CPU, frame: /^(?:end|writeHead)$/, file: /^node:_http_(?:outgoing|server)$/ },
    minShare: LIBRARY_CALL, category: 'io', cause: 'response-write',
    explain: "sending each HTTP response: Node writes head and body in one socket write per response",
    evidence: 'the res.end / res.writeHead frames and their share',
    strategies: [],
    runCost: "sending each HTTP response (one socket write per response in res.end/writeHead): the cost of answering a request",
  },
  {
    id: 'node-small-writes', runtimes: ['node'], match: { kinds: CPU, frame: /^(?:writeGeneric|writevGeneric|writeUtf8String|writeLatin1String|writeBuffer|handleWriteReq|_write|writeOrBuffer)$/, file: /^(?:node:internal\/stream_base_commons|node:internal\/streams\/writable|node:net|)$/ },
    minShare: LIBRARY_CALL, category: 'io', cause: 'small-writes',
    explain: 'many small writes to a socket or stream, each a system call or a queued request',
    evidence: 'the stream write frames and their share',
    strategies: ['buffer-writes', 'batch-io'],
  },
  {
    id: 'node-deep-clone', runtimes: ['node'], match: { kinds: CPU, frame: /^(?:structuredClone|cloneDeep|baseClone|deepClone|deepCopy|klona|rfdc|copy)$/, file: /^(?:|node:internal\/structured_clone|.*node_modules\/(?:lodash|lodash\.clonedeep|clone|rfdc|klona|fast-copy|clone-deep)\/.*)$/ },
    minShare: LIBRARY_CALL, category: 'cpu', cause: 'deep-clone',
    explain: 'deep copies of whole objects where a shallow copy or none would do',
    evidence: 'the clone frames and their share',
    strategies: ['avoid-deep-clone'],
  },
  {
    id: 'node-deep-clone-json', runtimes: ['node'], match: { kinds: CPU, source: /JSON\.parse\(\s*JSON\.stringify\(/ }, minShare: SOURCE_LINE,
    category: 'cpu', cause: 'deep-clone',
    explain: 'JSON round trips used to deep-copy objects',
    evidence: 'the hot line with JSON.parse(JSON.stringify(...)) and its share',
    strategies: ['avoid-deep-clone', 'avoid-reserialize'],
  },
  {
    id: 'node-exceptions', runtimes: ['node'], match: { kinds: CPU, frame: /^(?:captureStackTrace|prepareStackTrace|getStackTrace|formatStackTrace|Error|ErrorCaptureStackTrace)$/ },
    minShare: LIBRARY_CALL, category: 'cpu', cause: 'exceptions',
    explain: 'creating Error objects (stack capture) as ordinary control flow',
    evidence: 'the stack-capture frames and their share',
    strategies: ['avoid-exceptions'],
  },
  {
    id: 'node-atomics-wait', runtimes: ['node'], match: { kinds: CPU, frame: /^(?:Atomics\.wait|wait)$/, file: /^$/ }, minShare: LIBRARY_CALL,
    category: 'lock', cause: 'atomics-wait',
    explain: 'a thread blocks in Atomics.wait on shared memory',
    evidence: 'the Atomics.wait frames and their share',
    strategies: ['lock-free', 'shrink-critical-section'],
  },
  {
    id: 'node-regex-source', runtimes: ['node'], match: { kinds: CPU, source: /\bnew RegExp\(|\.(?:test|exec)\(|\.(?:match|matchAll|replace|replaceAll|search|split)\(\s*\/(?!\/)/ },
    minShare: SOURCE_LINE, category: 'cpu', cause: 'regex',
    explain: 'a hot line that runs a regular expression (V8 counts irregexp time in the caller)',
    evidence: 'the hot line and its share',
    strategies: ['precompile-regex', 'simplify-regex', 'replace-regex'],
  },
  {
    id: 'node-json', runtimes: ['node'], match: { kinds: CPU, source: /\bJSON\.(?:parse|stringify)\(/ }, minShare: SOURCE_LINE,
    category: 'cpu', cause: 'json',
    explain: 'JSON parsing or serialising on the hot path (V8 inlines JSON.parse into the caller)',
    evidence: 'the hot line with JSON.parse/stringify and its share',
    strategies: ['avoid-reserialize', 'cache-result', 'streaming-serialization'],
  },
  {
    id: 'node-sync-fs-source', runtimes: ['node'], match: { kinds: CPU, source: /\b(?:fs\.)?\w+Sync\(/ }, minShare: SOURCE_LINE,
    category: 'io', cause: 'sync-fs',
    explain: 'a synchronous call on the hot line blocks the event loop',
    evidence: 'the hot line with the *Sync call and its share',
    strategies: ['cache-file-read', 'async-io', 'hoist-invariant'],
  },
  {
    id: 'node-linear-search', runtimes: ['node'], match: { kinds: CPU, source: /\.(?:includes|indexOf|lastIndexOf|find|findIndex|findLast|some)\(/, context: LOOP },
    minShare: SOURCE_LINE, category: 'cpu', cause: 'linear-search-in-loop',
    explain: 'an array searched linearly inside a loop: quadratic in the array size',
    evidence: 'the hot line with the array search, the loop around it, and its share',
    strategies: ['set-lookup', 'index-by-key', 'better-algorithm'],
  },
  {
    id: 'node-sort-in-loop', runtimes: ['node'], match: { kinds: CPU, source: /\.(?:sort|toSorted)\(/, context: LOOP }, minShare: SOURCE_LINE,
    category: 'cpu', cause: 'sort-in-loop',
    explain: 'sorting inside a loop re-sorts data that barely changed',
    evidence: 'the hot line with the sort, the loop around it, and its share',
    strategies: ['sort-once', 'better-algorithm'],
  },
  {
    id: 'node-string-building', runtimes: ['node'], match: { kinds: CPU, source: /\+=\s*(?:[`'"]|\w+\s*\+)|\.concat\(\s*[`'"]/, context: LOOP }, minShare: SOURCE_LINE,
    category: 'cpu', cause: 'string-building',
    explain: 'a string grown piece by piece in a loop, copying and flattening as it grows',
    evidence: 'the hot line with the concatenation and its share',
    strategies: ['string-builder', 'reduce-allocations'],
  },
  {
    id: 'node-allocation-churn', runtimes: ['node'], match: { kinds: CPU, source: /\.push\(\s*[{[]|\bnew (?:Array|Map|Set|Object|Uint8Array|Buffer)\b|Buffer\.(?:alloc|from)\(|\[\s*\.\.\.|\{\s*\.\.\./, context: LOOP },
    minShare: SOURCE_LINE, category: 'memory', cause: 'allocation-churn',
    explain: 'short-lived objects created per item in a loop; their cost shows again as GC time',
    evidence: 'the hot line that allocates, the loop around it, and its share',
    strategies: ['reduce-allocations', 'reuse-buffers', 'object-pooling'],
  },
  {
    id: 'node-busy-wait', runtimes: ['node'], match: { kinds: CPU, source: /\bwhile\s*\(.*(?:Date\.now|performance\.now|process\.hrtime)\(/ }, minShare: SOURCE_LINE,
    category: 'cpu', cause: 'busy-wait',
    explain: 'a loop spins on the clock instead of waiting for a timer or an event',
    evidence: 'the spinning line and its share',
    strategies: ['replace-busy-wait'],
  },
];
