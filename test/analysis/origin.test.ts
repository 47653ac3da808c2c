// originOf: one frame of each kind from each runtime, as the importers produce them.
import { join } from 'node:path';
import t from 'tap';
import { FILE_BEARING_FORMATS, frameOrigins, originOf, originOptionsOfFormat, type Origin } from '../../lib/analysis/origin.js';
import { originFor } from '../../lib/exporters/html/origin.js';
import { PROFILES, parseRecords, sh } from '../helpers.js';

const root = '/home/me/app';
const cases: [string, string, Origin, string][] = [
  ['handleRequest', '/home/me/app/src/server.js', 'user', 'node file under the root'],
  ['handleRequest', 'src/server.js', 'user', 'relative path'],
  ['parse', '/home/me/app/node_modules/qs/lib/parse.js', 'dependency', 'npm package under the root'],
  ['readFileSync', 'node:fs', 'runtime', 'node built-in module'],
  ['readFileUtf8', '', 'runtime', 'V8 native, no file'],
  ['(garbage collector)', '', 'runtime', 'V8 pseudo-frame'],
  ['RegExp: ^a+$', '', 'runtime', 'V8 regexp code'],
  ['main.work', '/srv/build/main.go', 'user', 'Go main package recorded elsewhere'],
  ['runtime.mallocgc', '/usr/lib/go-1.19/src/runtime/malloc.go', 'runtime', 'GOROOT'],
  ['runtime.mallocgc', 'runtime/malloc.go', 'runtime', 'GOROOT with -trimpath'],
  ['sync.(*Mutex).Lock', '/usr/local/go/src/sync/mutex.go', 'runtime', 'Go sync'],
  ['github.com/x/y.Do', '/root/go/pkg/mod/github.com/x/y@v1.0.0/y.go', 'dependency', 'Go module cache'],
  ['example.com/app/vendor/z.F', '/home/me/app/vendor/z/z.go', 'dependency', 'Go vendor under the root'],
  ['java.util.regex.Pattern$Curly.match', '', 'runtime', 'JDK class'],
  ['com.example.App.render', 'com/example/App.java', 'user', 'Java user class'],
  ['dumps', '/usr/lib/python3.11/json/__init__.py', 'runtime', 'Python stdlib'],
  ['get', '/home/me/app/.venv/lib/python3.11/site-packages/requests/api.py', 'dependency', 'site-packages'],
  ["<built-in method builtins.sorted>", '~', 'runtime', 'cProfile builtin'],
  ['copy_user_enhanced_fast_string', '[kernel.kallsyms]', 'kernel', 'perf kernel frame'],
  ['ksys_write_[k]', '', 'kernel', 'folded kernel annotation'],
  ['__libc_write', '/usr/lib/x86_64-linux-gnu/libc.so.6', 'runtime', 'libc'],
  ['hot_loop', '/home/me/app/hot', 'user', 'C binary under the root'],
];

for (const [name, file, want, why] of cases) {
  t.equal(originOf({ name, file }, { sourceRoot: root }), want, `${why}: ${name} ${file}`);
}

t.test('frames without a file: runtime by default, user when the format says so', async (t) => {
  t.equal(originOf({ name: 'hot_loop', file: '' }, { sourceRoot: root }), 'runtime');
  t.equal(originOf({ name: 'hot_loop', file: '' }, { sourceRoot: root, noFile: 'user' }), 'user');
  t.equal(originOf({ name: '__libc_write', file: '' }, { sourceRoot: root, noFile: 'user' }), 'runtime');
  t.equal(originOf({ name: 'java.lang.String.concat', file: '' }, { sourceRoot: root, noFile: 'user' }), 'runtime');
});

t.test('--user-code overrides the path rules', async (t) => {
  const userCode = /node_modules\/my-lib\//;
  t.equal(originOf({ name: 'f', file: '/home/me/app/node_modules/my-lib/a.js' }, { sourceRoot: root, userCode }), 'user');
  t.equal(originOf({ name: 'f', file: '/home/me/app/node_modules/other/a.js' }, { sourceRoot: root, userCode }), 'dependency');
});

t.test('an anonymous function in user code is user code', async (t) => {
  t.equal(originOf({ name: '(anonymous)', file: '/home/me/app/src/a.js' }, { sourceRoot: root }), 'user');
  t.equal(originOf({ name: '(anonymous)', file: '' }, { sourceRoot: root }), 'runtime');
});

t.test('kernel frames without kernel marks: entry points and syscalls by name, module dsos by file', async (t) => {
  const folded = { sourceRoot: root, noFile: 'user' as const };
  for (const name of ['entry_SYSCALL_64_after_hwframe', 'do_syscall_64', '__x64_sys_write', 'ksys_read', '__arm64_sys_openat', 'el0_svc', 'asm_exc_page_fault', 'asm_sysvec_apic_timer_interrupt', 'ret_from_fork_asm']) {
    t.equal(originOf({ name, file: '' }, folded), 'kernel', name);
  }
  // Names a C program may well define stay the user's when nothing marks them as the kernel's.
  for (const name of ['schedule', 'do_work', 'sys_init', 'entry']) t.equal(originOf({ name, file: '' }, folded), 'user', name);
  t.equal(originOf({ name: 'ext4_file_write_iter', file: '[ext4]' }, { sourceRoot: root }), 'kernel', 'a kernel module');
  t.equal(originOf({ name: 'nft_do_chain', file: '/lib/modules/6.1.0/kernel/net/netfilter/nf_tables.ko.xz' }, { sourceRoot: root }), 'kernel', 'a module file');
  t.equal(originOf({ name: '__vdso_clock_gettime', file: '[vdso]' }, { sourceRoot: root }), 'runtime', 'the vdso: user space, but not the user\'s code');
  t.equal(originOf({ name: '__x86_indirect_thunk_rax', file: '' }, folded), 'runtime', 'a retpoline thunk');
});

t.test('frameOrigins: what a kernel frame calls is the kernel too, whatever its name', async (t) => {
  const frames = [
    { name: 'main', file: '' },
    { name: 'entry_SYSCALL_64_after_hwframe', file: '' },
    { name: 'vfs_write', file: '' },
    { name: 'schedule', file: '' },
  ];
  // Leaf first: main -> entry -> vfs_write -> schedule; and schedule called by main directly elsewhere is the same frame.
  const origins = frameOrigins({ frames, samples: [{ stack: [3, 2, 1, 0] }] }, { sourceRoot: root, noFile: 'user' });
  t.same(origins, ['user', 'kernel', 'kernel', 'kernel']);
  t.same(frameOrigins({ frames, samples: [{ stack: [3, 0] }] }, { sourceRoot: root, noFile: 'user' }), ['user', 'kernel', 'user', 'user'], 'no kernel caller: names decide');
});

t.test("the profiler's own files are never the user's code, wherever the recording profiler was installed", async (t) => {
  for (const file of [
    '/opt/other-checkout/dist/lib/collectors/node-preload.js',
    '/opt/other-checkout/dist/lib/collectors/node-memory/recorder.js',
    '/opt/other-checkout/dist/lib/collectors/node-waits/hooks-net.js',
    '/opt/other-checkout/lib/collectors/python/sampler.py',
  ]) {
    t.equal(originOf({ name: 'stop', file }, { sourceRoot: '/opt/other-checkout' }), 'runtime', file);
  }
  t.equal(originOf({ name: 'collect', file: '/home/me/app/lib/collectors/metrics.js' }, { sourceRoot: root }), 'user', "a user's own collectors folder stays theirs");
});

t.test('the flame graph colours and the analysis read a frame with no file the same way, for every format', async (t) => {
  const frame = { name: 'hot_loop', file: '' };
  for (const format of [...FILE_BEARING_FORMATS, 'folded', 'jfr', 'jprofiler', 'perf-script', 'cprofile', 'python-sampler', 'speedscope', 'chrome-trace']) {
    t.equal(originFor(format, root)(frame), originOf(frame, originOptionsOfFormat(format, { sourceRoot: root })), format);
  }
});

t.test('C library frames with no file (perf inlined frames, folded stacks) are the runtime, never the user', async (t) => {
  const perf = { sourceRoot: root, noFile: 'user' as const };
  for (const name of ['_IO_strfile_read', '__GI___isoc99_sscanf', '__vfscanf_internal', 'msort_with_tmp', 'qsort', 'sscanf', 'memcpy', '[unknown]']) {
    t.equal(originOf({ name, file: '' }, perf), 'runtime', name);
  }
  for (const name of ['compare_records', 'sort_records', '_lower_case_helper', 'parse_line']) t.equal(originOf({ name, file: '' }, perf), 'user', name);
});

t.test("a Chrome trace: the browser's own scripts and its file-less natives are the runtime, the page's script the user's", async (t) => {
  const chrome = originOptionsOfFormat('chrome-trace', { sourceRoot: root });
  t.equal(originOf({ name: 'createProperty', file: 'chrome://resources/lit/v3_0/lit.rollup.js' }, chrome), 'runtime', 'chrome://');
  t.equal(originOf({ name: 'onMessage', file: 'chrome-extension://abcdef/background.js' }, chrome), 'runtime', 'an extension');
  for (const name of ['InjectedScript', '(anonymous)', 'createElement', 'appendChild']) t.equal(originOf({ name, file: '' }, chrome), 'runtime', `${name} with no file`);
  t.equal(originOf({ name: 'checksum', file: '/srv/page/hot.js' }, chrome), 'user', 'the page\'s script (a file: URL turned into a path)');
  t.equal(originOf({ name: 'render', file: 'http://localhost:8080/app.js' }, chrome), 'user', 'a script served over http');
});

t.test('the recorded Chrome trace through the real bins: findings only in the page\'s own script', async (t) => {
  const r = sh(`perf-collect --input '${join(PROFILES, 'chrome-hot.trace.json')}' | perf-analyze`);
  t.equal(r.code, 0, r.stderr);
  const findings = parseRecords(r.stdout).filter((x) => x.type === 'finding');
  t.match(findings[0], { function: 'checksum', file: /chrome-hot\/hot\.js$/ });
  t.same(findings.filter((f) => !/chrome-hot\/hot\.js$/.test(f.file)).map((f) => `${f.function} (${f.file || 'no file'})`), [], "no finding in the browser's scripts or natives");
});
