// How a plan item is checked after the change: the command it gives re-runs
// the measurement against this run as the baseline, and does (run for real on
// an imported profile); the target is the low end of the estimate, in the
// metric's unit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import type { RunRecord } from '../../lib/records/types.js';
import { formatMetric, runFolder, targetFor, verifyCommand } from '../../lib/plan/verification.js';
import { PROFILES, listFiles, parseRecords, sh, tempRoot } from '../helpers.js';
import { runRecord } from './records.js';

t.test('the verify command of an imported profile runs, and compares with this run', async (t) => {
  const root = tempRoot('perf-verify-');
  const input = join(PROFILES, 'node-hot-loop.cpuprofile');
  const first = sh(`perf-profiler --input ${input} --root ${root}`, { cwd: root, env: { SOURCE_DATE_EPOCH: '1767225600' } });
  t.equal(first.code, 0, first.stderr);
  const runFile = listFiles(root).find((f) => f.endsWith('/run.ndjson'))!;
  const run = parseRecords(readFileSync(join(root, runFile), 'utf8')).find((r) => r.type === 'run') as RunRecord;
  t.equal(runFile, `${runFolder(run.runId)}/run.ndjson`, 'the baseline is where perf-apply wrote the run');
  const command = verifyCommand(run);
  t.equal(command, `perf-profiler --input ${input} --baseline ${runFolder(run.runId)}/run.ndjson`);
  const again = sh(`${command} --root ${root}`, { cwd: root });
  t.equal(again.code, 0, again.stderr);
  const files = listFiles(root).filter((f) => f.endsWith('/run.ndjson') && f !== runFile);
  t.equal(files.length, 1, 'a second run');
  const second = parseRecords(readFileSync(join(root, files[0]!), 'utf8'));
  t.ok(second.some((r) => r.type === 'comparison' && r.baselineRunId === run.runId), 'compared with the first run');
});

t.test('a scenario run: re-run the scenario, with its scenarios file unless it is the default', async (t) => {
  t.equal(verifyCommand(runRecord()), 'perf-profiler --run-profile --scenario checkout --config perf.yaml --baseline .spec/reports/performance/r1/run.ndjson');
  t.equal(
    verifyCommand(runRecord({ scenario: { name: "user's cart", load: 'http', config: 'perf-scenarios.json' } })),
    "perf-profiler --run-profile --scenario 'user'\\''s cart' --baseline .spec/reports/performance/r1/run.ndjson",
    'a quoted name; the default file left out',
  );
  t.equal(verifyCommand(runRecord({ profiler: 'import', scenario: undefined, inputs: ['a b.prof', 'c.pb.gz'] })), "perf-profiler --input 'a b.prof' --input c.pb.gz --baseline .spec/reports/performance/r1/run.ndjson");
});

t.test('the target: the low end of the gain applied to the current value, in its unit', async (t) => {
  const basis = { key: 'k', metric: 'http_latency_p99', label: 'p99', current: 200, unit: 'ms', direction: 'lower-is-better' as const };
  t.same(targetFor(basis, 25, 'r1'), { text: 'http_latency_p99 from 200 ms to ≤ 150 ms', current: 200, targetValue: 150 });
  const throughput = { ...basis, metric: 'http_requests_per_sec', current: 400, unit: 'req/s', direction: 'higher-is-better' as const };
  t.match(targetFor(throughput, 25, 'r1').text, /^http_requests_per_sec from 400 req\/s to ≥ \d+(\.\d+)? req\/s$/);
  t.ok(targetFor(throughput, 25, 'r1').targetValue! > 400, 'a throughput target is higher');
  t.same(targetFor({ ...basis, current: undefined }, 10, 'r7'), { text: 'http_latency_p99 at least 10% lower than in run r7' });
  t.same([formatMetric(2.5, 's'), formatMetric(0.0421, 's'), formatMetric(123.456, 'ms'), formatMetric(9.876, 'req/s')], ['2.5 s', '42.1 ms', '123 ms', '9.88 req/s']);
});
