// Every format of this importer set through the real bins to a report, and
// go tool pprof -top on each .pb.gz perf-apply wrote agreeing with perf-analyze.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { PROFILES, checkAgainstPprof, checkProfiles, hasCommand, profileFixtures, sh, tempRoot } from '../helpers.js';

const inputs = [
  'c-hot.perf-script.txt',
  'c-hot.folded',
  'go-heap.pb.gz',
  'go-mutex.pb.gz',
  'go-block.pb.gz',
  'gperftools-cpu.pb.gz',
  'node-alloc.heapprofile',
  'speedscope-evented.speedscope.json',
  'speedscope-two-sampled.speedscope.json',
];
const expected: Record<string, [kind: string, format: string, top: string]> = {
  'c-hot.perf-script': ['cpu', 'perf-script', 'checksum'],
  'c-hot': ['cpu', 'folded', 'checksum'],
  'go-heap-inuse': ['heap', 'pprof', 'example.com/gocontention.buildIndex'],
  'go-heap-alloc': ['alloc', 'pprof', 'example.com/gocontention.buildIndex'],
  'go-mutex': ['lock', 'pprof', 'sync.(*Mutex).Unlock'],
  'go-block': ['block', 'pprof', 'runtime.chanrecv1'],
  'gperftools-cpu': ['cpu', 'pprof', 'checksum'],
  'node-alloc': ['alloc', 'v8-heapprofile', 'makeRecords'],
  'speedscope-evented.speedscope': ['wall', 'speedscope', 'b'],
  'speedscope-two-sampled.speedscope-one': ['cpu', 'speedscope', 'b'],
  'speedscope-two-sampled.speedscope-two': ['cpu', 'speedscope', 'b'],
};

const written = profileFixtures(inputs);
const { run, root, files, records } = written;

t.test('perf-profiler --input <each format> writes a report with every profile, of the right kind', async (t) => {
  t.equal(run.code, 0, run.stderr);
  t.same(records.filter((r) => r.type === 'profile').map((p) => p.profileId).sort(), Object.keys(expected).sort());
  checkProfiles(t, written, expected);
  const report = readFileSync(join(root, files.find((f) => f.endsWith('report.md'))!), 'utf8');
  for (const name of ['checksum', 'makeRecords', 'runtime.chanrecv1']) t.match(report, name, `report names ${name}`);
});

t.test('go tool pprof -top on each written profile agrees with perf-analyze', { skip: hasCommand('go') ? false : 'go not installed (CI installs golang-go)' }, async (t) => {
  checkAgainstPprof(t, written, Object.keys(expected));
});

t.test('corrupt text input stops perf-collect with one line naming the file and line, exit 2, nothing on stdout', async (t) => {
  const dir = tempRoot('corrupt-');
  const perfLines = readFileSync(join(PROFILES, 'c-hot.perf-script.txt'), 'utf8').split('\n');
  perfLines.splice(99, 0, '\tthis line is not a frame');
  writeFileSync(join(dir, 'cut.perf.txt'), perfLines.join('\n'));
  const perf = sh(`perf-collect --input ${join(dir, 'cut.perf.txt')}`);
  t.equal(perf.code, 2);
  t.equal(perf.stdout, '');
  t.equal(perf.stderr, `perf-collect: ${join(dir, 'cut.perf.txt')}:100: expected a frame line 'address symbol+offset (dso)', got 'this line is not a frame'\n`);

  const folded = readFileSync(join(PROFILES, 'c-hot.folded'), 'utf8').split('\n');
  folded[4] = folded[4]!.replace(/ \d+$/, ' lots');
  writeFileSync(join(dir, 'bad.folded'), folded.join('\n'));
  const bad = sh(`perf-collect --input ${join(dir, 'bad.folded')}`);
  t.equal(bad.code, 2);
  t.match(bad.stderr, new RegExp(`^perf-collect: ${join(dir, 'bad.folded')}:5: expected 'frame;frame;\\.\\.\\. count' \\(a stack, a space, a whole number\\), got '.* lots'\\n$`));

  const forced = sh(`perf-collect --format folded --input ${join(PROFILES, 'c-hot.perf-script.txt')}`);
  t.equal(forced.code, 2, '--format forces the importer');
  t.match(forced.stderr, /c-hot\.perf-script\.txt:1: expected 'frame;frame;\.\.\. count'/);
});
