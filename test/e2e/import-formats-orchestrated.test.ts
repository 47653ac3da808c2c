// The jfr, chrome-trace, cprofile and jprofiler fixtures through the real bins
// (perf-profiler spawning the four stages in real pipes) to a report, and
// go tool pprof -top on each .pb.gz perf-apply wrote agreeing with perf-analyze.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { PROFILES, checkAgainstPprof, checkProfiles, hasCommand, profileFixtures } from '../helpers.js';

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
const skip = tools.length > 0 ? `${tools.join(', ')} not installed (.ci/run installs them)` : false;
const written = skip ? { run: { code: -1, stdout: '', stderr: '' }, root: '', files: [], records: [] } : profileFixtures(inputs);
const { run, root, files, records } = written;

t.test('perf-profiler --input <jfr, chrome trace, cProfile, JProfiler> writes a report with each profile', { skip }, async (t) => {
  t.equal(run.code, 0, run.stderr);
  // The Chrome trace has a second renderer (Chromium's own UI page): present, not checked here.
  const ids = records.filter((r) => r.type === 'profile' && (r.sourceFormat !== 'chrome-trace' || r.profileId in expected)).map((r) => r.profileId);
  t.same(ids.sort(), Object.keys(expected).sort());
  checkProfiles(t, written, expected);
  const notes = records.filter((r) => r.type === 'diagnostic' && r.code === 'import-limitation').map((r) => r.message);
  t.match(notes, [/^python-hot: cprofile: cProfile records no call stacks/, /^hotapp-hotspots-csv: jprofiler: a hot spots CSV has self times but no call stacks/]);
  const report = readFileSync(join(root, files.find((f) => f.endsWith('report.md'))!), 'utf8');
  for (const name of ['demo.HotApp.spin', 'demo.HotApp.contend', 'checksum', 'hot_sum']) t.match(report, name, `report names ${name}`);
});

t.test('go tool pprof -top on each written profile agrees with perf-analyze', { skip: skip || (hasCommand('go') ? false : 'go not installed (CI installs golang-go)') }, async (t) => {
  checkAgainstPprof(t, written, Object.keys(expected));
});
