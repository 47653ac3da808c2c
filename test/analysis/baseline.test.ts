// --baseline and --fail-on-regression through the real bins: a run of the
// JSON route against a baseline of the same route run half as long (a real
// regression), and against itself (none). perf-profiler still writes the
// report and then exits 3.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { regressions } from '../../lib/analysis/compare.js';
import type { ComparisonRecord } from '../../lib/records/types.js';
import { PROFILES, listFiles, parseRecords, sh, tempRoot } from '../helpers.js';

const json = join(PROFILES, 'analysis', 'node-json.cpuprofile');
const longer = join(PROFILES, 'analysis', 'node-json-long.cpuprofile');
const pinned = { SOURCE_DATE_EPOCH: '1767225600' };
// perf-collect's output holds what a run.ndjson holds for a baseline (run, metrics, profiles).
const root = tempRoot();
const baseline = join(root, 'run.ndjson');
const current = join(root, 'current.ndjson');
const first = sh(`perf-collect --input ${json} > ${baseline} && perf-collect --input ${longer} > ${current}`, { env: pinned });
t.equal(first.code, 0, first.stderr);

t.test('comparison records: like profiles paired, per-function deltas, new and vanished', async (t) => {
  const r = sh(`perf-analyze --top 5 --baseline ${baseline} < ${current}`);
  t.equal(r.code, 0, r.stderr);
  const [cmp, ...more] = parseRecords(r.stdout).filter((x) => x.type === 'comparison');
  t.equal(more.length, 0);
  t.equal(cmp!.baselinePath, baseline);
  t.equal(cmp!.profileId, 'node-json-long');
  t.equal(cmp!.baselineProfileId, 'node-json');
  t.equal(cmp!.matchedBy, 'kind');
  t.ok(cmp!.totalDeltaPct > 50, `the doubled run shows (${cmp!.totalDeltaPct}%)`);
  const parse = cmp!.functions.find((f: { function: string }) => f.function === 'parseBody');
  t.equal(parse.status, 'changed');
  t.ok(parse.cumDeltaPct > 50);
  t.notOk('regressions' in cmp!, 'no gate asked, no verdict');
});

t.test('--fail-on-regression: exit 3 after every record, one stderr line per regression', async (t) => {
  const r = sh(`perf-analyze --baseline ${baseline} --fail-on-regression 25 < ${current}`);
  t.equal(r.code, 3);
  const records = parseRecords(r.stdout);
  t.ok(records.some((x) => x.type === 'bottleneck') && records.some((x) => x.type === 'comparison'), 'all records still emitted');
  t.match(r.stderr, /^perf-analyze: regression: node-json-long: total cpu rose [\d.]+% .* over 25%$/m);
  t.match(r.stderr, /^perf-analyze: regression: node-json-long: parseBody rose /m);
  const same = sh(`perf-analyze --baseline ${baseline} --fail-on-regression 25 < ${baseline}`);
  t.equal(same.code, 0, 'the baseline against itself passes');
  t.equal(same.stderr, '');
});

t.test('perf-profiler writes the report with the comparison, then exits 3', async (t) => {
  const out = tempRoot();
  const r = sh(`perf-profiler --input ${longer} --root ${out} --baseline ${baseline} --fail-on-regression 25`, { env: pinned });
  t.equal(r.code, 3, r.stderr);
  const report = readFileSync(join(out, listFiles(out).find((f) => f.endsWith('report.md'))!), 'utf8');
  t.match(report, /## Baseline comparison/);
  t.match(report, /\*\*Regression gate failed\*\* \(over 25%\)/);
  t.match(report, /## Bottlenecks/);
  t.match(report, /\| 1 \|  \| cpu \| json \| `parseBody` \|/);
});

t.test('bad baseline input: exit 2 with the file named', async (t) => {
  const missing = sh(`perf-analyze --baseline /no/such/run.ndjson </dev/null`);
  t.equal(missing.code, 2);
  t.match(missing.stderr, /^perf-analyze: \/no\/such\/run\.ndjson: no such file; --baseline expects the run\.ndjson of an earlier run, a run id or "latest"\n$/);
  const noBase = sh(`perf-analyze --fail-on-regression 5 </dev/null`);
  t.equal(noBase.code, 2);
  t.match(noBase.stderr, /--fail-on-regression needs --baseline FILE/);
  const notRecords = sh(`perf-analyze --baseline ${json} </dev/null`);
  t.equal(notRecords.code, 2);
  t.match(notRecords.stderr, new RegExp(`^perf-analyze: ${json.replace(/[.]/g, '\\.')}:1: `));
});

t.test('the main metric gates first; throughput regresses when it falls', async (t) => {
  const base = { type: 'comparison', v: 1, runId: 'r', baselineRunId: 'b', baselinePath: 'b.ndjson', profileId: 'cpu', baselineProfileId: 'cpu', kind: 'cpu', unit: 'nanoseconds', sampleType: 'cpu', total: 300, baselineTotal: 100, totalDeltaPct: 200, functions: [] } as ComparisonRecord;
  const latency = { ...base, metrics: [{ name: 'http_latency_p99', unit: 'ms', value: 130, baseline: 100, deltaPct: 30, main: true }] };
  t.same([...regressions([latency], 20).values()], [['main metric http_latency_p99 rose 30% (100 -> 130 ms), over 20%']], 'main metric, not the CPU total');
  t.same([...regressions([latency], 40).values()], [], 'under the threshold');
  const rps = { ...base, metrics: [{ name: 'http_requests_per_sec', unit: 'req/s', value: 70, baseline: 100, deltaPct: -30, main: true }] };
  t.equal([...regressions([rps], 20).values()].flat().length, 1);
  t.same([...regressions([base], 150).values()], [['cpu: total cpu rose 200% (100 -> 300 nanoseconds), over 150%']], 'no main metric: the CPU total');
});
