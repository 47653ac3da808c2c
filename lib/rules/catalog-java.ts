// Rules for JVM profiles (JFR execution samples and monitor events,
// async-profiler). JFR names frames `package.Class.method`.

import { CONTENTION, GC_TIME, LIBRARY_CALL } from './thresholds.js';
import type { Rule } from './types.js';

const CPU = ['cpu', 'wall'] as const;

export const JAVA_RULES: Rule[] = [
  {
    id: 'java-regex-compile', runtimes: ['java'], match: { kinds: CPU, frame: /^java\.lang\.String\.(?:matches|replaceAll|replaceFirst|split)$|^java\.util\.regex\.Pattern\.(?:compile|matches|<init>)$/ },
    minShare: LIBRARY_CALL, category: 'cpu', cause: 'regex-compile',
    explain: 'String.matches/replaceAll/split compile a new Pattern on every call',
    evidence: 'the String regex helper or Pattern.compile frames and their share',
    strategies: ['precompile-regex', 'replace-regex'],
  },
  {
    id: 'java-regex', runtimes: ['java'], match: { kinds: CPU, frame: /^java\.util\.regex\./ }, minShare: LIBRARY_CALL,
    category: 'cpu', cause: 'regex',
    explain: 'time in java.util.regex matching; nested quantifiers backtrack',
    evidence: 'the java.util.regex frames and their share',
    strategies: ['simplify-regex', 'precompile-regex', 'replace-regex'],
  },
  {
    id: 'java-string-building', runtimes: ['java'], match: { kinds: CPU, frame: /^java\.lang\.(?:String\.concat|StringConcatHelper\.\w+|AbstractStringBuilder\.(?:ensureCapacityInternal|newCapacity|append|putStringAt)|StringBuilder\.(?:append|toString|<init>)|StringLatin1\.newString|String\.valueOf)$|^java\.lang\.invoke\.(?:StringConcatFactory|DirectMethodHandle\$Holder\.invokeStatic)/ },
    minShare: LIBRARY_CALL, category: 'cpu', cause: 'string-building',
    explain: 'strings concatenated in a loop (String + or a fresh StringBuilder per piece), copying on every step',
    evidence: 'the string concatenation frames and their share',
    strategies: ['string-builder', 'reduce-allocations'],
  },
  {
    id: 'java-monitor', runtimes: ['java'], match: { kinds: CPU, frame: /^java\.util\.concurrent\.locks\.|^(?:jdk\.internal\.misc|sun\.misc)\.Unsafe\.park$|^java\.lang\.Object\.wait/ }, minShare: LIBRARY_CALL,
    category: 'lock', cause: 'lock-contention',
    explain: 'threads park waiting for a lock or a monitor',
    evidence: 'the lock/park frames and their share',
    strategies: ['shrink-critical-section', 'shard-lock', 'lock-free'],
  },
  {
    id: 'java-queue', runtimes: ['java'], match: { kinds: [...CPU, 'lock', 'block'], frame: /^java\.util\.concurrent\.(?:ArrayBlockingQueue|LinkedBlockingQueue|LinkedBlockingDeque|SynchronousQueue|LinkedTransferQueue)\.(?:put|take|offer|poll|transfer)$/ },
    minShare: CONTENTION, category: 'lock', cause: 'queue-contention',
    explain: 'producers and consumers block on a full or empty queue',
    evidence: 'the blocking queue frames and their share',
    strategies: ['buffered-channel', 'batch-io'],
  },
  {
    id: 'java-reflection', runtimes: ['java'], match: { kinds: CPU, frame: /^(?:java\.lang\.reflect\.|jdk\.internal\.reflect\.|sun\.reflect\.|java\.lang\.Class\.(?:getMethod|getDeclaredMethod|forName|newInstance))/ }, minShare: LIBRARY_CALL,
    category: 'cpu', cause: 'reflection',
    explain: 'reflective lookups and calls on the hot path',
    evidence: 'the reflection frames and their share',
    strategies: ['avoid-reflection', 'cache-result'],
  },
  {
    id: 'java-exceptions', runtimes: ['java'], match: { kinds: CPU, frame: /^java\.lang\.(?:Throwable\.(?:fillInStackTrace|<init>|getStackTrace)|StackTraceElement\.\w+)$|^(?:java|javax|jdk|sun)\.[\w$.]*(?:Exception|Error)\.(?:<init>|for\w+|new\w*)$/ },
    minShare: LIBRARY_CALL, category: 'cpu', cause: 'exceptions',
    explain: 'exceptions thrown as ordinary control flow (each one fills in a stack trace)',
    evidence: 'the Throwable frames and their share',
    strategies: ['avoid-exceptions'],
  },
  {
    id: 'java-json', runtimes: ['java'], match: { kinds: CPU, frame: /^(?:com\.fasterxml\.jackson\.|com\.google\.gson\.|org\.json\.|jakarta\.json\.|javax\.json\.)/ }, minShare: LIBRARY_CALL,
    category: 'cpu', cause: 'json',
    explain: 'JSON mapping on the hot path',
    evidence: 'the JSON library frames and their share',
    strategies: ['avoid-reserialize', 'streaming-serialization'],
  },
  {
    id: 'java-logging', runtimes: ['java'], match: { kinds: CPU, frame: /^(?:org\.slf4j\.|ch\.qos\.logback\.|org\.apache\.logging\.log4j\.|org\.apache\.log4j\.|java\.util\.logging\.)/ }, minShare: LIBRARY_CALL,
    category: 'cpu', cause: 'logging',
    explain: 'log formatting and appenders on the hot path',
    evidence: 'the logging frames and their share',
    strategies: ['lazy-logging', 'lower-log-volume'],
  },
  {
    id: 'java-linear-search', runtimes: ['java'], match: { kinds: CPU, frame: /^java\.util\.(?:ArrayList|LinkedList|Vector|AbstractCollection|AbstractList)\.(?:contains|indexOf|lastIndexOf|remove|containsAll)$/ },
    minShare: LIBRARY_CALL, category: 'cpu', cause: 'linear-search-in-loop',
    explain: 'List.contains/indexOf scan the whole list; in a loop that is quadratic',
    evidence: 'the List search frames and their share',
    strategies: ['set-lookup', 'index-by-key'],
  },
  {
    id: 'java-sort', runtimes: ['java'], match: { kinds: CPU, frame: /^java\.util\.(?:Arrays\.sort|Collections\.sort|List\.sort|ArrayList\.sort|TimSort\.\w+|ComparableTimSort\.\w+|DualPivotQuicksort\.\w+)$/ },
    minShare: LIBRARY_CALL, category: 'cpu', cause: 'sort-in-loop',
    explain: 'sorting on the hot path, often the same data again inside a loop',
    evidence: 'the sort frames and their share',
    strategies: ['sort-once', 'better-algorithm'],
  },
  {
    id: 'java-class-loading', runtimes: ['java'], match: { kinds: CPU, frame: /^(?:java\.lang\.ClassLoader\.(?:loadClass|defineClass\w*)|jdk\.internal\.loader\.\w+|java\.net\.URLClassLoader\.\w+)/ }, minShare: LIBRARY_CALL,
    category: 'cpu', cause: 'module-loading',
    explain: 'class loading and linking at start-up',
    evidence: 'the class loader frames and their share',
    strategies: ['lazy-load'],
  },
  {
    id: 'java-deep-clone', runtimes: ['java'], match: { kinds: CPU, frame: /^(?:org\.apache\.commons\.lang3\.SerializationUtils\.clone|java\.io\.ObjectOutputStream\.writeObject|java\.io\.ObjectInputStream\.readObject|com\.rits\.cloning\.\w+)/ },
    minShare: LIBRARY_CALL, category: 'cpu', cause: 'deep-clone',
    explain: 'deep copies through serialization',
    evidence: 'the serialization/clone frames and their share',
    strategies: ['avoid-deep-clone'],
  },
  {
    // The calling thread parks (jdk.ThreadPark, a lock event) or blocks in a socket read until the
    // downstream answers: that is the downstream's time, not a contended lock.
    id: 'java-downstream-call', runtimes: ['java'],
    match: { kinds: [...CPU, 'lock', 'block'], frame: /^(?:jdk\.internal\.net\.http\.HttpClient(?:Impl|Facade)\.send|java\.net\.http\.HttpClient\.send|sun\.net\.www\.protocol\.http\.HttpURLConnection\.getInputStream\w*|org\.apache\.(?:http\.impl\.client|hc\.client5\.http\.impl\.classic)\.\w*HttpClient\.execute|okhttp3\.internal\.connection\.RealCall\.execute|org\.postgresql\.jdbc\.PgPreparedStatement\.execute\w*|org\.postgresql\.jdbc\.PgStatement\.execute\w*|com\.mysql\.cj\.jdbc\.(?:Client)?PreparedStatement\.execute\w*|com\.mysql\.cj\.jdbc\.StatementImpl\.execute\w*)$/ },
    minShare: CONTENTION, category: 'io', cause: 'downstream-call',
    explain: 'requests wait for a downstream service or database to answer (an HTTP client call, a JDBC statement)',
    evidence: 'the client call frames (java.net.http, HttpURLConnection, Apache/OkHttp clients, JDBC drivers) and their share',
    strategies: ['run-concurrently', 'batch-queries', 'cache-result', 'add-timeout'],
  },
  {
    id: 'java-response-write', runtimes: ['java'],
    match: { kinds: CPU, frame: /^(?:sun\.net\.httpserver\.(?:ExchangeImpl\.sendResponseHeaders|(?:Placeholder|FixedLength|Chunked)OutputStream\.(?:write|flush|close))|org\.apache\.catalina\.connector\.(?:OutputBuffer|CoyoteOutputStream)\.(?:write|flush|close)|org\.eclipse\.jetty\.server\.HttpOutput\.(?:write|flush|close))$/ },
    minShare: LIBRARY_CALL, category: 'io', cause: 'response-write',
    explain: 'sending each HTTP response (the server writing the head and body to the socket)',
    evidence: 'the response header and body write frames and their share',
    strategies: [],
    runCost: 'sending each HTTP response (the JDK HttpServer, Tomcat or Jetty writing the head and body to the socket): the cost of answering a request',
  },
  {
    id: 'java-small-writes', runtimes: ['java'], match: { kinds: CPU, frame: /^(?:java\.io\.FileOutputStream\.(?:write|writeBytes)|java\.io\.RandomAccessFile\.write\w*|sun\.nio\.ch\.FileDispatcherImpl\.write0|java\.net\.SocketOutputStream\.socketWrite\w*)$/ },
    minShare: LIBRARY_CALL, category: 'io', cause: 'small-writes',
    explain: 'unbuffered output streams: every write is a system call',
    evidence: 'the stream write frames and their share',
    strategies: ['buffer-writes', 'batch-io'],
  },
  {
    id: 'java-busy-wait', runtimes: ['java'], match: { kinds: CPU, frame: /^java\.lang\.Thread\.(?:onSpinWait|yield)$/ }, minShare: LIBRARY_CALL,
    category: 'cpu', cause: 'busy-wait',
    explain: 'a thread spins (Thread.onSpinWait / yield in a loop) instead of blocking',
    evidence: 'the spin frames and their share',
    strategies: ['replace-busy-wait'],
  },
  {
    id: 'java-gc', runtimes: ['java'], match: { kinds: CPU, frame: /^(?:G1\w*::|PSScavenge::|PSParallelCompact::|ShenandoahHeap::|ZHeap::|CollectedHeap::|GCTaskThread|G1ConcurrentMark)/, chargeTo: 'allocator' },
    minShare: GC_TIME, category: 'memory', cause: 'gc-pressure',
    explain: 'the JVM collector threads take this share of the CPU',
    evidence: 'the GC thread share and the allocating function it is charged to',
    strategies: ['reduce-allocations', 'object-pooling', 'tune-gc'],
  },
];
