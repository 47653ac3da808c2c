// The run orchestration with the real node profiler: the bundled demo service
// under real HTTP load, and Ctrl-C in the middle of it through perf-profiler.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { profileOfRecord } from '../../lib/records/profile-data.js';
import type { ProfileRecord } from '../../lib/records/types.js';
import { listFiles, parseRecords, tempRoot } from '../helpers.js';
import { hotspots, metric, profiledRun, writeScenarios } from './backend-run.js';
import { demoScenario, startBin, survivors } from './run-helpers.js';

const PLANTED = ['searchCatalog', 'loadCatalogSync', 'buildReport', 'findRepeatCustomers'];

t.test('the demo service under http load: planted functions on top, sane metrics', async (t) => {
  const dir = tempRoot('perf-run-demo-');
  const scenario = await demoScenario(3);
  writeScenarios(dir, { default: scenario });
  const r = profiledRun([], { cwd: dir, top: 15 });
  t.equal(r.code, 0, r.stderr);
  const top = hotspots(r.records, 'cpu');
  for (const fn of PLANTED) t.ok(top.includes(fn), `${fn} among the top 15 by self: ${top.join(', ')}`);
  const rps = metric(r.records, 'http_requests_per_sec')!;
  const p50 = metric(r.records, 'http_latency_p50')!;
  const p99 = metric(r.records, 'http_latency_p99')!;
  t.ok(rps > 0, `req/s ${rps}`);
  t.ok(p50 > 0 && p99 >= p50 && metric(r.records, 'http_latency_max')! >= p99, `p50 ${p50} p99 ${p99}`);
  t.equal(metric(r.records, 'http_errors'), 0);
  // Bounds are loose on purpose: the machine running the tests may be busy.
  t.ok(metric(r.records, 'wall_time')! >= 2.9 && metric(r.records, 'wall_time')! < 8, 'window is the measured 3 s');
  t.ok(metric(r.records, 'cpu_user')! > 0, 'the server burned CPU under load');
  t.ok(metric(r.records, 'peak_rss')! > 10 * 2 ** 20);
  const overTime = r.records.filter((rec) => rec.type === 'metric' && rec.name === 'http_latency_over_time');
  t.ok(overTime.length >= 6, 'latency per second, p50 and p99');
  t.same([...new Set(overTime.map((m) => m.labels.stat))].sort(), ['p50', 'p99']);
  const run = r.records[0]!;
  // connections: the load's own setting, for the plan's load model.
  // port: the one the load talks to, which tells the wait estimate the process that serves it (lib/plan/wait-gain.ts).
  t.same(run.scenario, { name: 'default', load: 'http', targets: {}, mainMetric: 'http_latency_p99', config: 'perf-scenarios.json', connections: 4, port: Number(new URL((scenario.load as { url: string }).url).port) });
  t.same(run.command, ['node', 'server.js']);
  const profiles = r.records.filter((rec) => rec.type === 'profile');
  t.equal(profiles.length, 1, 'one process, one cpu profile');
  t.match(profiles[0]!.profileId, /^node-\d+-cpu$/);
  t.equal(profiles[0]!.labels.argv.endsWith('server.js'), true);
  // Only the window: 3 s of samples, not the warm-up and start-up before it.
  t.ok(profiles[0]!.durationNs > 2.5e9 && profiles[0]!.durationNs < 8e9, `profile lasts ${profiles[0]!.durationNs} ns`);
  const frames = profileOfRecord(profiles[0] as ProfileRecord).frames.map((f) => f.name);
  t.ok(frames.includes('(idle)'), "V8's (idle) is kept: time waiting for I/O shows next to CPU");
  t.same(survivors(Number(profiles[0]!.labels.pid)), [], 'the server is gone');
});

t.test('Ctrl-C mid-run: perf-profiler still writes a report with the profile, exit 130, nothing left running', async (t) => {
  const dir = tempRoot('perf-run-sigint-');
  writeScenarios(dir, { default: await demoScenario(30) });
  const run = startBin('perf-profiler', ['--run-profile', '--root', dir], dir);
  await run.waitFor(/measuring/);
  await new Promise((r) => setTimeout(r, 1500));
  run.child.kill('SIGINT');
  const r = await run.done;
  t.equal(r.code, 130, r.stderr);
  t.match(r.stderr, /run cut short \(interrupted\): interrupted by SIGINT/);
  const files = listFiles(dir);
  const cpu = files.find((f) => /node-\d+-cpu\.pb\.gz$/.test(f));
  t.ok(cpu, `a cpu profile was written: ${files.join(', ')}`);
  const records = parseRecords(readFileSync(join(dir, files.find((f) => f.endsWith('run.ndjson'))!), 'utf8'));
  const cut = records.find((rec) => rec.type === 'diagnostic' && rec.code === 'run-cut-short');
  t.equal(cut?.reason, 'interrupted');
  const profile = records.find((rec) => rec.type === 'profile' && rec.kind === 'cpu')!;
  t.ok(profile.sampleCount > 0);
  t.ok(metric(records, 'http_requests_per_sec')! > 0, 'the load measured until the interrupt is kept');
  t.same(survivors(Number(profile.labels.pid)), [], 'no process of the run outlives it');
});
