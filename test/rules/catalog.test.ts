// Every rule in the catalog: matched by a minimal profile, and not matched by
// a near miss (a frame, file or line that looks alike but is not the cause).
import t from 'tap';
import type { ProfileKind } from '../../lib/model/profile.js';
import { RULES } from '../../lib/rules/catalog.js';
import { STRATEGY_IDS } from '../../lib/rules/strategy-ids.js';
import { PLANTED_NS, runShape, type Shape } from './run-rule.js';

const GO = '/usr/lib/go-1.19/src';
const PY = '/usr/lib/python3.11';
const LIBC = '/usr/lib/x86_64-linux-gnu/libc.so.6';
const K = '[kernel.kallsyms]';
const f = (name: string, file = ''): Shape => ({ frames: [[name, file]] });
const src = (text: string, loop = true): Shape => ({ source: { text, loop } });
const alone = (name: string, file = ''): Shape => ({ frames: [[name, file]], alone: true });

type Case = [ruleId: string, hit: Shape, miss: Shape, kind?: ProfileKind, ext?: string, missKind?: ProfileKind];

const CASES: Case[] = [
  ['node-regex', f('RegExp: ^(a+)+$'), f('RegExpExec')],
  ['node-sync-fs', f('readFileSync', 'node:fs'), f('readFile', 'node:fs')],
  ['node-sync-crypto', f('pbkdf2Sync', 'node:internal/crypto/pbkdf2'), f('pbkdf2', 'node:internal/crypto/pbkdf2')],
  ['node-sync-zlib', f('gzipSync', 'node:zlib'), f('gzip', 'node:zlib')],
  ['node-sync-child-process', f('execSync', 'node:child_process'), f('exec', 'node:child_process')],
  ['node-gc', alone('(garbage collector)'), alone('(program)')],
  ['node-idle', alone('(idle)'), alone('(program)')],
  ['node-module-loading', f('compileForInternalLoader', 'node:internal/bootstrap/realm'), f('compile', 'node:internal/bootstrap/realm')],
  ['node-logging', f('formatWithOptions', 'node:internal/util/inspect'), f('formatWithOptions', 'node:internal/url')],
  ['node-response-write', f('end', 'node:_http_outgoing'), f('end', 'node:internal/streams/writable')],
  ['node-small-writes', f('writeGeneric', 'node:internal/stream_base_commons'), f('writeGeneric', 'node:internal/fs/streams')],
  ['node-deep-clone', f('cloneDeep', '/app/node_modules/lodash/cloneDeep.js'), f('cloneDeep', '/app/node_modules/mylib/index.js')],
  ['node-deep-clone-json', src('const copy = JSON.parse(JSON.stringify(state));', false), src('const copy = structuredCopy(state);', false)],
  ['node-exceptions', f('captureStackTrace'), f('captureLargerStackTrace')],
  ['node-atomics-wait', f('Atomics.wait'), f('Atomics.notify')],
  ['node-regex-source', src('if (/^(a+)+$/.test(path)) return 1;', false), src("if (path.startsWith('/a')) return 1;", false)],
  ['node-json', src('const body = JSON.parse(text);', false), src('const body = parse(text);', false)],
  ['node-sync-fs-source', src("const cfg = fs.readFileSync(p, 'utf8');", false), src("const cfg = await fs.promises.readFile(p, 'utf8');", false)],
  ['node-linear-search', src('if (!out.includes(id)) out.push(id);'), src('if (!out.includes(id)) out.push(id);', false)],
  ['node-sort-in-loop', src('const sorted = items.sort((a, b) => a - b);'), src('const sorted = items.sort((a, b) => a - b);', false)],
  ['node-string-building', src("html += '<li>' + item + '</li>';"), src("html += '<li>' + item + '</li>';", false)],
  ['node-allocation-churn', src('rows.push({ id: i, name });'), src('rows.push({ id: i, name });', false)],
  ['node-busy-wait', src('while (Date.now() < until) {}', false), src('while (queue.length > 0) {}', false)],

  ['go-regexp-compile', f('regexp.MatchString', `${GO}/regexp/regexp.go`), f('regexp.(*Regexp).String', `${GO}/regexp/regexp.go`), 'cpu', 'go'],
  ['go-regexp', f('regexp.(*Regexp).doExecute', `${GO}/regexp/exec.go`), f('regexp/syntax.Parse', `${GO}/regexp/syntax/parse.go`), 'cpu', 'go'],
  ['go-json', f('encoding/json.Unmarshal', `${GO}/encoding/json/decode.go`), f('encoding/base64.(*Encoding).Encode', `${GO}/encoding/base64/base64.go`), 'cpu', 'go'],
  ['go-serialization', f('encoding/xml.Unmarshal', `${GO}/encoding/xml/read.go`), f('encoding/hex.Encode', `${GO}/encoding/hex/hex.go`), 'cpu', 'go'],
  ['go-reflection', f('reflect.Value.Call', `${GO}/reflect/value.go`), f('example.com/reflectx.Call', '/root/go/pkg/mod/example.com/reflectx@v1.0.0/x.go'), 'cpu', 'go'],
  ['go-fmt', f('fmt.Sprintf', `${GO}/fmt/print.go`), f('fmt.Sscanf', `${GO}/fmt/scan.go`), 'cpu', 'go'],
  ['go-string-concat', f('runtime.concatstrings', `${GO}/runtime/string.go`), f('runtime.memmove', `${GO}/runtime/memmove_amd64.s`), 'cpu', 'go'],
  ['go-logging', f('log.Printf', `${GO}/log/log.go`), f('example.com/logx.Printf', '/root/go/pkg/mod/example.com/logx@v1.0.0/log.go'), 'cpu', 'go'],
  ['go-sort', f('sort.Slice', `${GO}/sort/slice.go`), f('example.com/sortx.Slice', '/root/go/pkg/mod/example.com/sortx@v1.0.0/s.go'), 'cpu', 'go'],
  ['go-crypto', f('crypto/sha256.Sum256', `${GO}/crypto/sha256/sha256.go`), f('hash/fnv.New32', `${GO}/hash/fnv/fnv.go`), 'cpu', 'go'],
  ['go-compress', f('compress/gzip.(*Writer).Write', `${GO}/compress/gzip/gzip.go`), f('archive/zip.(*Writer).Create', `${GO}/archive/zip/writer.go`), 'cpu', 'go'],
  ['go-allocation', f('runtime.mallocgc', `${GO}/runtime/malloc.go`), f('runtime.memclrNoHeapPointers', `${GO}/runtime/memclr_amd64.s`), 'cpu', 'go'],
  ['go-gc', alone('runtime.gcBgMarkWorker', `${GO}/runtime/mgc.go`), alone('runtime.mcall', `${GO}/runtime/asm_amd64.s`), 'cpu', 'go'],
  ['go-mutex-spin', f('sync.(*Mutex).lockSlow', `${GO}/sync/mutex.go`), f('sync.(*Once).doSlow', `${GO}/sync/once.go`), 'cpu', 'go'],
  ['go-mutex', f('sync.(*Mutex).Unlock', `${GO}/sync/mutex.go`), f('sync.(*Once).Do', `${GO}/sync/once.go`), 'lock', 'go'],
  ['go-channel', f('runtime.chanrecv1', `${GO}/runtime/chan.go`), f('runtime.closechan', `${GO}/runtime/chan.go`), 'block', 'go'],
  ['go-waitgroup', f('sync.(*WaitGroup).Wait', `${GO}/sync/waitgroup.go`), f('sync.(*WaitGroup).Add', `${GO}/sync/waitgroup.go`), 'block', 'go'],
  ['go-small-writes', f('os.(*File).Write', `${GO}/os/file.go`), f('os.(*File).Close', `${GO}/os/file.go`), 'cpu', 'go'],
  ['go-file-io', f('os.ReadFile', `${GO}/os/file.go`), f('os.Getenv', `${GO}/os/env.go`), 'cpu', 'go'],
  ['go-downstream-call', f('net/http.(*persistConn).roundTrip', `${GO}/net/http/transport.go`), f('net/http.(*Transport).dialConn', `${GO}/net/http/transport.go`), 'block', 'go'],
  ['go-dial', f('net.(*Dialer).DialContext', `${GO}/net/dial.go`), f('net.(*conn).Read', `${GO}/net/net.go`), 'cpu', 'go'],
  ['go-panic', f('runtime.gopanic', `${GO}/runtime/panic.go`), f('runtime.goexit', `${GO}/runtime/asm_amd64.s`), 'cpu', 'go'],
  ['go-busy-wait', f('runtime.Gosched', `${GO}/runtime/proc.go`), f('runtime.Goexit', `${GO}/runtime/panic.go`), 'cpu', 'go'],

  ['java-regex-compile', f('java.lang.String.matches'), f('java.lang.String.equals'), 'cpu', 'java'],
  ['java-regex', f('java.util.regex.Pattern$Curly.match'), f('java.util.Scanner.next'), 'cpu', 'java'],
  ['java-string-building', f('java.lang.StringBuilder.append'), f('java.lang.StringBuilder.length'), 'cpu', 'java'],
  ['java-monitor', f('jdk.internal.misc.Unsafe.park'), f('jdk.internal.misc.Unsafe.unpark'), 'cpu', 'java'],
  ['java-queue', f('java.util.concurrent.ArrayBlockingQueue.put'), f('java.util.concurrent.ArrayBlockingQueue.size'), 'cpu', 'java'],
  ['java-reflection', f('java.lang.reflect.Method.invoke'), f('java.lang.Class.getName'), 'cpu', 'java'],
  ['java-exceptions', f('java.lang.Throwable.fillInStackTrace'), f('java.lang.Throwable.getMessage'), 'cpu', 'java'],
  ['java-json', f('com.fasterxml.jackson.databind.ObjectMapper.readValue'), f('com.fasterxml.classmate.TypeResolver.resolve'), 'cpu', 'java'],
  ['java-logging', f('org.slf4j.impl.Log4jLoggerAdapter.info'), f('org.slf4jx.Logger.info'), 'cpu', 'java'],
  ['java-linear-search', f('java.util.ArrayList.contains'), f('java.util.HashSet.contains'), 'cpu', 'java'],
  ['java-sort', f('java.util.Collections.sort'), f('java.util.Collections.shuffle'), 'cpu', 'java'],
  ['java-class-loading', f('java.lang.ClassLoader.loadClass'), f('java.lang.ClassLoader.getParent'), 'cpu', 'java'],
  ['java-deep-clone', f('org.apache.commons.lang3.SerializationUtils.clone'), f('org.apache.commons.lang3.StringUtils.join'), 'cpu', 'java'],
  ['java-downstream-call', f('jdk.internal.net.http.HttpClientFacade.send', 'jdk.internal.net.http.HttpClientFacade'), f('jdk.internal.net.http.HttpClientImpl.sendAsync', 'jdk.internal.net.http.HttpClientImpl'), 'lock', 'java'],
  ['java-response-write', f('sun.net.httpserver.ExchangeImpl.sendResponseHeaders', 'sun.net.httpserver.ExchangeImpl'), f('sun.net.httpserver.ExchangeImpl.getResponseBody', 'sun.net.httpserver.ExchangeImpl'), 'cpu', 'java'],
  ['java-small-writes', f('java.io.FileOutputStream.write'), f('java.io.FileOutputStream.close'), 'cpu', 'java'],
  ['java-busy-wait', f('java.lang.Thread.onSpinWait'), f('java.lang.Thread.sleep'), 'cpu', 'java'],
  ['java-gc', alone('G1ParScanThreadState::trim_queue'), alone('JavaThread::run'), 'cpu', 'java'],

  ['py-regex', f('search', `${PY}/re/__init__.py`), f('search', `${PY}/bisect.py`), 'cpu', 'py'],
  ['py-json', f('loads', `${PY}/json/__init__.py`), f('loads', `${PY}/pickle.py`), 'cpu', 'py'],
  ['py-deep-copy', f('deepcopy', `${PY}/copy.py`), f('copy', `${PY}/copy.py`), 'cpu', 'py'],
  ['py-logging', f('info', `${PY}/logging/__init__.py`), f('info', `${PY}/pdb.py`), 'cpu', 'py'],
  ['py-list-search', f("<method 'index' of 'list' objects>", '~'), f("<method 'index' of 'str' objects>", '~'), 'cpu', 'py'],
  ['py-membership-source', src('    if item not in seen:'), src('    if item not in seen:', false), 'cpu', 'py'],
  ['py-sort', f('<built-in method builtins.sorted>', '~'), f('<built-in method builtins.len>', '~'), 'cpu', 'py'],
  ['py-string-building', src('    out += str(x)'), src('    out += str(x)', false), 'cpu', 'py'],
  ['py-import', f('_find_and_load', '<frozen importlib._bootstrap>'), f('_find_spec', '<frozen importlib._bootstrap>'), 'cpu', 'py'],
  ['py-gc', alone('<built-in method gc.collect>', '~'), alone('<built-in method gc.disable>', '~'), 'cpu', 'py'],
  ['py-lock', f("<method 'acquire' of '_thread.lock' objects>", '~'), f("<method 'release' of '_thread.lock' objects>", '~'), 'cpu', 'py'],
  ['py-queue', f('get', `${PY}/queue.py`), f('qsize', `${PY}/queue.py`), 'cpu', 'py'],
  ['py-small-writes', f("<method 'write' of '_io.TextIOWrapper' objects>", '~'), f("<method 'read' of '_io.TextIOWrapper' objects>", '~'), 'cpu', 'py'],
  ['py-exceptions', f('format_exc', `${PY}/traceback.py`), f('format_exc', `${PY}/inspect.py`), 'cpu', 'py'],

  ['py-response-write', f('end_headers', `${PY}/http/server.py`), f('end_headers', `${PY}/email/generator.py`), 'cpu', 'py'],
  ['py-server-idle', f('serve_forever', `${PY}/socketserver.py`), f('serve_forever', `${PY}/multiprocessing/managers.py`), 'wall', 'py'],
  ['py-event-loop-idle', f('_run_once', `${PY}/asyncio/base_events.py`), f('_run_once', `${PY}/sched.py`), 'wall', 'py'],
  ['py-gunicorn-idle', f('wait', '/usr/lib/python3/dist-packages/gunicorn/workers/sync.py'), f('wait', `${PY}/threading.py`), 'wall', 'py'],
  ['go-server-idle', f('net/http.(*conn).readRequest', `${GO}/net/http/server.go`), f('net/http.(*conn).hijackLocked', `${GO}/net/http/server.go`), 'wall', 'go'],
  ['java-server-idle', f('sun.net.httpserver.ServerImpl$Dispatcher.run'), f('sun.net.httpserver.ServerImpl$Exchange.run'), 'wall', 'java'],

  ['native-small-writes', f('__GI___libc_write', LIBC), f('__GI___libc_open', LIBC), 'cpu', 'c'],
  ['native-reads', f('__libc_read', LIBC), f('__libc_readv', LIBC), 'cpu', 'c'],
  ['native-malloc', f('_int_malloc', LIBC), f('_int_memalign', LIBC), 'cpu', 'c'],
  ['native-mutex', f('__lll_lock_wait', LIBC), f('__lll_trylock', LIBC), 'cpu', 'c'],
  ['native-page-faults', f('exc_page_fault', K), f('exc_general_protection', K), 'cpu', 'c'],
  ['native-busy-wait', f('sched_yield', LIBC), f('sched_getaffinity', LIBC), 'cpu', 'c'],
  ['native-syscall', f('entry_SYSCALL_64_after_hwframe', K), f('asm_sysvec_apic_timer_interrupt', K), 'cpu', 'c'],
  ['native-string-ops', f('__strlen_avx2', LIBC), f('__strchr_avx2', LIBC), 'cpu', 'c'],

  // Only fallbacks read alloc profiles; the near miss is the same stack in a CPU profile.
  ['allocation-hotspot', {}, {}, 'alloc', 'js', 'cpu'],
  ['lock-contention', {}, f('sync.(*Mutex).Unlock', `${GO}/sync/mutex.go`), 'lock', 'go'],
  ['blocking', {}, f('runtime.chanrecv1', `${GO}/runtime/chan.go`), 'block', 'go'],
  ['hot-function', {}, f('RegExp: ^a$')],
];

t.test('every rule in the catalog has a case here', async (t) => {
  t.same(CASES.map((c) => c[0]).sort(), RULES.map((r) => r.id).sort());
  t.ok(RULES.length >= 40, `${RULES.length} rules`);
});

t.test('every rule is well formed: known strategies, a threshold with a reason', async (t) => {
  for (const r of RULES) {
    // A rule for the runtime's own cost (runCost) or idle time is evidence about the run: nothing for the user to apply.
    t.ok((r.runCost || r.idle ? r.strategies.length === 0 : r.strategies.length > 0) && r.strategies.every((s) => (STRATEGY_IDS as readonly string[]).includes(s)), `${r.id}: strategies`);
    t.ok(r.minShare.value > 0 && r.minShare.reason.length > 20, `${r.id}: threshold explained`);
    t.match(r.cause, /^[a-z0-9-]+$/, `${r.id}: cause`);
    t.ok(r.explain && r.evidence, `${r.id}: explanation and evidence`);
  }
  t.equal(new Set(RULES.map((r) => r.id)).size, RULES.length, 'ids unique');
});

for (const [ruleId, hit, miss, kind = 'cpu', ext = 'js', missKind = kind] of CASES) {
  t.test(ruleId, async (t) => {
    const rule = RULES.find((r) => r.id === ruleId)!;
    const found = runShape(kind, hit, ext).find((b) => b.ruleId === ruleId && Number(b.value) >= PLANTED_NS);
    t.ok(found, 'matched');
    if (found) {
      t.equal(found.category, rule.category);
      t.equal(found.cause, rule.cause);
      if (!(hit.alone && !rule.match.chargeTo)) t.equal(found.function, 'handler', 'charged to the user function');
      t.same(found.strategies, rule.strategies);
    }
    // The planted stack carries 60 ms: the near miss must not give it this rule.
    t.notOk(runShape(missKind, miss, ext).some((b) => b.ruleId === ruleId && Number(b.value) >= PLANTED_NS), 'near miss not matched');
  });
}
