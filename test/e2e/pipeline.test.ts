// End to end: the real bins through a real shell pipe, and the orchestrator.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import t from 'tap';
import { PROFILES, disagreementsWithPprof, hasCommand, listFiles, parseRecords, profileFixtures, sh, tempRoot } from '../helpers.js';

const goCpu = join(PROFILES, 'go-cpu.pb.gz');
const nodeCpu = join(PROFILES, 'node-hot-loop.cpuprofile');
const pinned = { SOURCE_DATE_EPOCH: '1767225600' };

t.test('collect | analyze | plan | apply writes the run folder and reports it', async (t) => {
  const root = tempRoot();
  const r = sh(`perf-collect --input ${goCpu} --input ${nodeCpu} | perf-analyze --top 5 | perf-plan | perf-apply --root ${root}`, { env: pinned });
  t.equal(r.code, 0, r.stderr);
  const artifacts = parseRecords(r.stdout);
  t.ok(artifacts.every((a) => a.type === 'artifact' && a.action === 'written'));
  const runId = artifacts[0]!.runId;
  t.match(runId, /^20260101T000000Z-[0-9a-f]{6}$/);
  const dir = `.spec/reports/performance/${runId}`;
  const written = listFiles(root);
  for (const core of ['go-cpu.pb.gz', 'node-hot-loop.pb.gz', 'report.md', 'run.ndjson']) t.ok(written.includes(`${dir}/${core}`), `wrote ${core}`);
  t.ok(written.every((f) => f.startsWith('.spec/reports/performance/') || f.startsWith('.spec/reports/previews/')), 'only under the allowed folders');
  t.same(artifacts.map((a) => a.path).sort(), written, 'one artifact record per file written');

  const report = readFileSync(join(root, dir, 'report.md'), 'utf8');
  t.match(report, /\| 1 \| example\.com\/gohot\.sumSquares \| .*hot_test\.go:\d+ \|/);
  t.match(report, /\| 1 \| tokenize \| .*hot-loop\.js:\d+ \|/);

  const records = parseRecords(readFileSync(join(root, dir, 'run.ndjson'), 'utf8'));
  const types = records.map((rec) => rec.type);
  t.equal(types[0], 'run');
  const order = ['run', 'metric', 'profile', 'hotspot', 'bottleneck', 'plan-item', 'artifact'];
  const known = types.filter((type) => order.includes(type)).map((type) => order.indexOf(type));
  t.same(known, [...known].sort((a, b) => a - b), 'known types in protocol order');
  t.ok(types.includes('hotspot') && types.includes('artifact'));
  const pb = gunzipSync(readFileSync(join(root, dir, 'go-cpu.pb.gz')));
  t.ok(pb.length > 100, 'profile written as gzipped pprof');
});

t.test('the same input gives the same bytes out', async (t) => {
  const once = () => sh(`perf-collect --input ${goCpu} | perf-analyze | perf-plan`, { env: pinned }).stdout;
  const a = once();
  t.ok(a.length > 0);
  t.equal(once(), a);
});

t.test('perf-analyze numbers equal go tool pprof -top on the file perf-apply wrote', { skip: hasCommand('go') ? false : 'go not installed (CI installs golang-go)' }, async (t) => {
  const { run, root, files, records } = profileFixtures(['go-cpu.pb.gz', 'node-hot-loop.cpuprofile']);
  t.equal(run.code, 0, run.stderr);
  for (const profileId of ['go-cpu', 'node-hot-loop']) {
    const pbPath = join(root, files.find((f) => f.endsWith(`/${profileId}.pb.gz`))!);
    const ours = records.filter((rec) => rec.type === 'hotspot' && rec.profileId === profileId && rec.by === 'cum');
    t.ok(ours.length >= 5, `${profileId}: have hotspots`);
    const { compared, problems } = disagreementsWithPprof(pbPath, ours);
    t.same(problems, [], `${profileId}: flat and cum agree with pprof`);
    t.ok(compared >= 5, `${profileId}: compared ${compared} functions`);
  }
});

t.test('perf-profiler: a failing stage stops the pipeline with its message and code, nothing written', async (t) => {
  const root = tempRoot();
  const r = sh(`perf-profiler --input /no/such/file.pb.gz --root ${root}`);
  t.equal(r.code, 2);
  t.equal(r.stderr, 'perf-collect: /no/such/file.pb.gz: no such file\n');
  t.same(listFiles(root), []);
  const none = sh(`perf-profiler --root ${root}`);
  t.equal(none.code, 2);
  t.match(none.stderr, /nothing to collect: pass --input FILE .* or --run-profile/);
});

t.test('--dry-run writes nothing and lists what it would write', async (t) => {
  const root = tempRoot();
  const r = sh(`perf-profiler --input ${goCpu} --dry-run --root ${root}`, { env: pinned });
  t.equal(r.code, 0, r.stderr);
  const artifacts = parseRecords(r.stdout);
  t.ok(artifacts.length >= 3, `${artifacts.length} files listed`);
  t.ok(artifacts.every((a) => a.action === 'would-write'));
  t.ok(artifacts.some((a) => a.path.endsWith('/report.md')));
  t.same(listFiles(root), []);
});

t.test('a closed pipe downstream ends a stage quietly', async (t) => {
  const r = sh(`perf-collect --input ${goCpu} --input ${nodeCpu} | perf-analyze | head -c 10 >/dev/null`);
  t.equal(r.code, 0, r.stderr);
  t.equal(r.stderr, '');
});

t.test('every bin answers --help and --version and refuses unknown flags with exit 2', async (t) => {
  for (const bin of ['perf-collect', 'perf-analyze', 'perf-plan', 'perf-apply', 'perf-profiler']) {
    const help = sh(`${bin} --help`);
    t.equal(help.code, 0);
    for (const flag of ['--dry-run', '--apply', '--verbose', '--version', '--help']) t.match(help.stdout, flag, `${bin} documents ${flag}`);
    t.match(sh(`${bin} --version`).stdout, /^\d+\.\d+\.\d+\n$/);
    const bad = sh(`${bin} --no-such-flag </dev/null`);
    t.equal(bad.code, 2);
    t.match(bad.stderr, new RegExp(`^${bin}: Unknown argument`));
  }
});
