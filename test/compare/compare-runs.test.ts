// --baseline and --fail-on-regression through the real bins with imported
// profiles: a run of the JSON route against a baseline of the same route run
// half as long. Absolute totals doubled; per second of profile nothing
// changed, so the gate passes (comparing totals called this a regression).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
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
  t.equal(cmp!.work.unit, 'second', 'imported profiles: per second of profile');
  t.ok(cmp!.total > 1.5 * cmp!.baselineTotal, 'the longer run has the larger total');
  t.ok(Math.abs(cmp!.totalDeltaPct) < 25, `per second the total barely moved (${cmp!.totalDeltaPct}%)`);
  const parse = cmp!.functions.find((f: { function: string }) => f.function === 'parseBody');
  t.equal(parse.status, 'changed');
  t.ok(parse.change.low < 0 && parse.change.high > 0, `parseBody per second: no change beyond the noise (${JSON.stringify(parse.change)})`);
  t.ok(parse.perUnit.cum > 0 && parse.perUnit.baselineCum > 0);
  t.notOk('regressions' in cmp!, 'no gate asked, no regression lines');
  const verdict = parseRecords(r.stdout).find((x) => x.type === 'verdict')!;
  t.equal(verdict.status, 'compared');
});

t.test('--fail-on-regression: a longer run of the same code passes, and so does the baseline against itself', async (t) => {
  const r = sh(`perf-analyze --baseline ${baseline} --fail-on-regression 25 < ${current}`);
  t.equal(r.code, 0, r.stderr);
  const records = parseRecords(r.stdout);
  t.ok(records.some((x) => x.type === 'bottleneck') && records.some((x) => x.type === 'comparison'), 'all records emitted');
  t.equal(records.find((x) => x.type === 'verdict')?.status, 'passed');
  t.match(r.stderr, /^perf-analyze: passed: no function's cost per second rose beyond 25% over its whole interval$/m);
  const same = sh(`perf-analyze --baseline ${baseline} --fail-on-regression 25 < ${baseline}`);
  t.equal(same.code, 0, 'the baseline against itself passes');
  const v = parseRecords(same.stdout).find((x) => x.type === 'verdict')!;
  t.same([v.status, v.regressions], ['passed', []]);
});

t.test('perf-profiler writes the report opening with the comparison and its verdict', async (t) => {
  const out = tempRoot();
  const r = sh(`perf-profiler --input ${longer} --root ${out} --baseline ${baseline} --fail-on-regression 25`, { env: pinned });
  t.equal(r.code, 0, r.stderr);
  const report = readFileSync(join(out, listFiles(out).find((f) => f.endsWith('report.md'))!), 'utf8');
  t.match(report, /^# [^\n]*\n[\s\S]*?\n## Baseline comparison\n\nGate \*\*passed\*\* \(threshold 25%\)\.\n- passed: /);
  t.ok(report.indexOf('## Baseline comparison') < report.indexOf('## Findings'), 'the comparison comes before the run\'s own sections');
  t.match(report, /\| function \| origin \| status \| cost per second before \| now \| change \[95% interval\] \|/);
  // The run-level diagnosis: one row per finding (issue 13), parseBody first.
  t.match(report, /## Findings/);
  t.match(report, /\| 1 \| cpu \| json \| `parseBody` \|/);
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

