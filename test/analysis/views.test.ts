// The views perf-analyze emits beside hotspots and bottlenecks, on real
// recorded profiles through the real bins: hot lines with source excerpts,
// groups by file/package/origin, callers and callees, and pprof's filters.
import { join } from 'node:path';
import t from 'tap';
import { packageOf } from '../../lib/analysis/package.js';
import { PROFILES, parseRecords, sh, tempRoot } from '../helpers.js';

// Collect once; each case then runs only perf-analyze on the saved records.
const dir = tempRoot('perf-views-');
const collected = sh(`perf-collect --input ${join(PROFILES, 'analysis', 'node-regex.cpuprofile')} > ${dir}/regex.ndjson && perf-collect --input ${join(PROFILES, 'analysis', 'go-alloc-cpu.pb.gz')} > ${dir}/go.ndjson`);
t.equal(collected.code, 0, collected.stderr);
const run = (flags: string, input = 'regex') => {
  const r = sh(`perf-analyze ${flags} < ${dir}/${input}.ndjson`);
  return { ...r, records: r.code === 0 ? parseRecords(r.stdout) : [] };
};
const base = run('--top 20');

t.test('hot lines carry flat and cum per line and the source excerpt', async (t) => {
  const { records, code, stderr } = base;
  t.equal(code, 0, stderr);
  const lines = records.filter((r) => r.type === 'hotline' && r.function === 'matchRoute');
  t.ok(lines.length >= 1);
  const withText = lines.find((l) => l.excerpt?.some((e: { text: string }) => e.text.includes('new RegExp')));
  t.ok(withText, 'the excerpt shows the regex line from service.js');
  for (const l of lines) t.ok(l.cum >= l.self && l.cumPct <= 100);
});

t.test('groups by file, package and origin; origin flat values add up to the total', async (t) => {
  const { records } = base;
  const groups = records.filter((r) => r.type === 'group');
  t.same([...new Set(groups.map((g) => g.by))], ['file', 'package', 'origin']);
  const origin = groups.filter((g) => g.by === 'origin');
  t.ok(origin.some((g) => g.name === 'user' && g.cumPct > 80), 'user code holds the planted time');
  const selfSum = origin.reduce((s, g) => s + g.selfPct, 0);
  t.ok(Math.abs(selfSum - 100) < 0.01, `origin self shares sum to 100 (${selfSum})`);
  const pkg = groups.filter((g) => g.by === 'package').map((g) => g.name);
  // The fixture was recorded in another checkout: its folder is named as recorded, or relative when under this root.
  t.ok(pkg.some((p) => /(?:^|\/)test\/fixtures\/programs\/analysis-node$/.test(p)), `user package is its folder (${pkg.join(', ')})`);
  t.notOk(pkg.some((p) => p.startsWith('..')), 'never a path climbing out of the root');
});

t.test('callers and callees of the top functions', async (t) => {
  const { records } = base;
  const match = records.find((r) => r.type === 'callgraph' && r.function === 'matchRoute');
  t.ok(match);
  t.equal(match!.callers[0].function, 'handleRequest');
  t.match(match!.callees[0].function, /^RegExp: /);
  const go = run('--top 5', 'go').records.find((r) => r.type === 'callgraph' && /buildIndex$/.test(r.function))!;
  t.ok(go.callees.some((c: { function: string }) => c.function === 'runtime.makeslice'), 'Go: buildIndex calls makeslice');
});

t.test('--focus, --ignore and --hide have pprof meanings', async (t) => {
  const all = base.records.filter((r) => r.type === 'hotspot' && r.by === 'cum');
  const focus = run("--top 20 --focus '^compileForInternalLoader$'").records.filter((r) => r.type === 'hotspot' && r.by === 'cum');
  t.ok(all.some((h) => h.function === 'matchRoute'), 'unfiltered, matchRoute is there');
  t.ok(focus.some((h) => h.function === 'compileForInternalLoader'), 'focus keeps stacks through the module loader');
  t.notOk(focus.some((h) => h.function === 'matchRoute'));
  const ignore = run("--top 20 --ignore '^matchRoute$'").records.filter((r) => r.type === 'hotspot');
  t.notOk(ignore.some((h) => h.function === 'matchRoute' || h.function.startsWith('RegExp: ')), 'ignore drops stacks through matchRoute');
  const hide = run("--top 20 --hide '^RegExp: '").records;
  t.notOk(hide.some((h) => h.type === 'hotspot' && h.function.startsWith('RegExp: ')), 'hidden frames vanish');
  const top = hide.find((h) => h.type === 'hotspot' && h.by === 'self' && h.rank === 1)!;
  t.equal(top.function, 'matchRoute', 'their time moves to the caller');
  const bad = run("--focus '('");
  t.equal(bad.code, 2);
  t.match(bad.stderr, /^perf-analyze: --focus '\(' is not a valid regular expression/);
});

t.test('--top N limits every view', async (t) => {
  const { records } = run('--top 2');
  t.ok(records.filter((r) => r.type === 'group' && r.by === 'file').length <= 2);
  t.ok(records.filter((r) => r.type === 'callgraph').length <= 2);
});

t.test('packageOf: npm, Go, Java, Python, native', async (t) => {
  const root = '/app';
  t.equal(packageOf({ name: 'parse', file: '/app/node_modules/@scope/qs/lib/parse.js' }, 'dependency', root), '@scope/qs');
  t.equal(packageOf({ name: 'example.com/x/y.(*T).Do', file: '/app/y/t.go' }, 'user', root), 'example.com/x/y');
  t.equal(packageOf({ name: 'runtime.mallocgc', file: '/usr/lib/go/src/runtime/malloc.go' }, 'runtime', root), 'runtime');
  t.equal(packageOf({ name: 'com.acme.web.Handler$Inner.run', file: 'com.acme.web.Handler$Inner' }, 'user', root), 'com.acme.web');
  t.equal(packageOf({ name: 'get', file: '/v/lib/python3.11/site-packages/requests/api.py' }, 'dependency', root), 'requests');
  t.equal(packageOf({ name: 'f', file: '/app/svc/jobs.py' }, 'user', root), 'svc.jobs');
  t.equal(packageOf({ name: 'write', file: '/usr/lib/x86_64-linux-gnu/libc.so.6' }, 'runtime', root), 'libc.so.6');
});
