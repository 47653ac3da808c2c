// The jfr, chrome-trace, cprofile and jprofiler fixtures through the real bins
// (perf-profiler spawning the four stages in real pipes) to a report, and
// go tool pprof -top on each .pb.gz perf-apply wrote agreeing with perf-analyze.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { PROFILES, goPprofTop, hasCommand, listFiles, parseRecords, sh, tempRoot } from '../helpers.js';

const tools = ['jfr', 'python3'].filter((c) => !hasCommand(c));
const inputs = [
  'java-hotapp.jfr',
  'java-hotapp-lock-io.json',
  'chrome-hot.trace.json',
  'python-hot.prof',
  'jprofiler/hotapp-calltree.xml',
  'jprofiler/hotapp-hotspots.xml',
  'jprofiler/hotapp-hotspots-csv.csv',
];
const chromePid = (JSON.parse(readFileSync(join(PROFILES, 'chrome-hot.trace.json'), 'utf8')).traceEvents as any[]).find((e) => e.name === 'ProfileChunk').pid;
/** profile id -> kind, format, the function that must rank first by self. */
const expected: Record<string, [kind: string, format: string, top: string]> = {
  'java-hotapp-cpu': ['cpu', 'jfr', 'demo.HotApp.spin'],
  'java-hotapp-native': ['wall', 'jfr', 'java.io.FileDescriptor.sync'],
  'java-hotapp-alloc': ['alloc', 'jfr', 'demo.HotApp.allocate'],
  'java-hotapp-lock': ['lock', 'jfr', 'demo.HotApp.contend'],
  'java-hotapp-io': ['wall', 'jfr', 'java.io.FileOutputStream.write'],
  'java-hotapp-lock-io-lock': ['lock', 'jfr', 'demo.HotApp.contend'],
  'java-hotapp-lock-io-io': ['wall', 'jfr', 'java.io.FileOutputStream.write'],
  [`chrome-hot.trace-pid${chromePid}`]: ['cpu', 'chrome-trace', 'checksum'],
  'python-hot': ['wall', 'cprofile', 'hot_sum'],
  'hotapp-calltree': ['cpu', 'jprofiler', 'demo.HotApp.spin'],
  'hotapp-hotspots': ['cpu', 'jprofiler', 'demo.HotApp.spin'],
  'hotapp-hotspots-csv': ['cpu', 'jprofiler', 'demo.HotApp.spin'],
};
/** pprof prints two decimals, except "100%" for anything from 99.95 up. */
const samePct = (ours: number, printed: number): boolean => (printed === 100 ? ours >= 99.95 : Math.abs(ours - printed) < 0.006);
const skip = tools.length > 0 ? `${tools.join(', ')} not installed (.ci/run installs them)` : false;

const root = tempRoot();
const run = skip
  ? { code: -1, stdout: '', stderr: '' }
  : sh(`perf-profiler ${inputs.map((i) => `--input ${join(PROFILES, i)}`).join(' ')} --top 1000 --root ${root}`, { env: { SOURCE_DATE_EPOCH: '1767225600' } });
const files = run.code === 0 ? listFiles(root) : [];
const records = run.code === 0 ? parseRecords(readFileSync(join(root, files.find((f) => f.endsWith('run.ndjson'))!), 'utf8')) : [];

t.test('perf-profiler --input <jfr, chrome trace, cProfile, JProfiler> writes a report with each profile', { skip }, async (t) => {
  t.equal(run.code, 0, run.stderr);
  const profiles = records.filter((r) => r.type === 'profile');
  // The Chrome trace has a second renderer (Chromium's own UI page): present, not checked here.
  const ours = profiles.filter((p) => !(p.sourceFormat === 'chrome-trace' && !(p.profileId in expected)));
  t.same(ours.map((p) => p.profileId).sort(), Object.keys(expected).sort());
  for (const p of ours) {
    const [kind, format, top] = expected[p.profileId]!;
    t.equal(p.kind, kind, `${p.profileId} kind`);
    t.equal(p.sourceFormat, format, `${p.profileId} format`);
    const first = records.find((r) => r.type === 'hotspot' && r.profileId === p.profileId && r.by === 'self' && r.rank === 1);
    t.equal(first?.function, top, `${p.profileId}: ${top} ranks first by self`);
    t.ok(files.some((f) => f.endsWith(`/${p.profileId}.pb.gz`)), `${p.profileId}.pb.gz written`);
  }
  const notes = records.filter((r) => r.type === 'diagnostic' && r.code === 'import-limitation').map((r) => r.message);
  t.match(notes, [/^python-hot: cprofile: cProfile records no call stacks/, /^hotapp-hotspots-csv: jprofiler: a hot spots CSV has self times but no call stacks/]);
  const report = readFileSync(join(root, files.find((f) => f.endsWith('report.md'))!), 'utf8');
  for (const name of ['demo.HotApp.spin', 'demo.HotApp.contend', 'checksum', 'hot_sum']) t.match(report, name, `report names ${name}`);
});

t.test('go tool pprof -top on each written profile agrees with perf-analyze', { skip: skip || (hasCommand('go') ? false : 'go not installed (CI installs golang-go)') }, async (t) => {
  for (const profileId of Object.keys(expected)) {
    const theirs = goPprofTop(join(root, files.find((f) => f.endsWith(`/${profileId}.pb.gz`))!));
    const ours = records.filter((r) => r.type === 'hotspot' && r.profileId === profileId && r.by === 'cum');
    let compared = 0;
    for (const h of ours) {
      // pprof merges same-named functions from different files and strips <...>: compare unique plain names.
      if (ours.filter((o) => o.function === h.function).length > 1 || h.function.includes('<')) continue;
      // Under 0.01% pprof prints e-notation (8.5e-05%), which goPprofTop does not read.
      if (h.cumPct < 0.01) continue;
      const row = theirs.get(h.function);
      t.ok(row, `${profileId}: pprof lists ${h.function}`);
      if (!row) continue;
      t.ok(samePct(h.selfPct, row.flatPct) && samePct(h.cumPct, row.cumPct), `${profileId} ${h.function}: flat ${h.selfPct}/${row.flatPct} cum ${h.cumPct}/${row.cumPct}`);
      compared++;
    }
    t.ok(compared >= Math.min(3, ours.length) && compared > 0, `${profileId}: compared ${compared} of ${ours.length} functions`);
  }
});
