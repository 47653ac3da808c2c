// Verification end to end with a real service under real load: the
// verify-service fixture (two planted bottlenecks, switches to fix one or to
// plant a regression) profiled by the real node profiler through the real
// bins, three repeats per run. A baseline run with its plan, then against it:
// the same code (A/A), one bottleneck fixed (A/B), and a planted regression.
// The loads are short; the intervals, not lucky timings, make the verdicts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { FIXTURES, listFiles, parseRecords, sh, tempRoot } from '../helpers.js';
import { freePort } from '../collectors/backend-run.js';

const SERVICE = join(FIXTURES, 'programs', 'verify-service');
const port = await freePort();
const fixture = JSON.parse(readFileSync(join(SERVICE, 'perf-scenarios.json'), 'utf8'));
const scenario = { ...fixture.scenarios.default, cwd: SERVICE, env: { PORT: String(port) }, load: { ...fixture.scenarios.default.load, url: `http://127.0.0.1:${port}` } };
const work = tempRoot('perf-verify-');
writeFileSync(join(work, 'perf-scenarios.json'), JSON.stringify({ version: 1, scenarios: { default: scenario } }));

/** One perf-profiler run of the service into its own root; `env` switches the service (FIX, REGRESS). */
function profile(name: string, env: Record<string, string>, args: string) {
  const root = join(work, name);
  const r = sh(`mkdir -p ${root} && perf-profiler --run-profile --root ${root} ${args}`, { cwd: work, env });
  const runNdjson = listFiles(root).find((f) => f.endsWith('run.ndjson'));
  const records = runNdjson ? parseRecords(readFileSync(join(root, runNdjson), 'utf8')) : [];
  return { ...r, root, records, runNdjson: runNdjson ? join(root, runNdjson) : undefined, report: runNdjson ? readFileSync(join(root, runNdjson.replace('run.ndjson', 'report.md')), 'utf8') : '' };
}

const baseline = profile('baseline', {}, '--repeat 3');
const items = baseline.records.filter((r) => r.type === 'plan-item');
const itemFor = (fn: string, strategy?: string) => items.find((i) => i.function === fn && (!strategy || i.strategyId === strategy));
const checkOf = (records: Record<string, any>[], item: Record<string, any> | undefined) => records.find((r) => r.type === 'plan-check' && r.itemId === item?.id)!;
const verdictOf = (records: Record<string, any>[]) => records.find((r) => r.type === 'verdict')!;
const gate = () => `--baseline ${baseline.runNdjson} --fail-on-regression 10`;

t.test('the baseline: three repeats, CPU per request, plan items on both planted bottlenecks', async (t) => {
  t.equal(baseline.code, 0, baseline.stderr);
  const perRepeat = baseline.records.filter((r) => r.type === 'metric' && r.name === 'cpu_per_request' && r.labels?.repeat);
  t.equal(perRepeat.length, 3, 'one cpu_per_request per repeat');
  t.ok(itemFor('findRepeatCustomers'), 'an item for the O(n²) lookup');
  t.ok(itemFor('searchCatalog'), 'an item for the regex search');
});

t.test('A/A: the same code never fails the gate, no item done, no function regressed', async (t) => {
  const r = profile('same', {}, gate());
  const v = verdictOf(r.records);
  // Unchanged code must never read as a regression. Whether it reads "passed" or "inconclusive" depends on
  // the noise of this machine at this moment (a CI machine runs two test files at once: the baseline and
  // this run saw different neighbours), and saying inconclusive when the noise is wider than the threshold
  // is the honest answer, with its exit code 5 and a hint how many repeats would settle it.
  t.not(v.status, 'failed', v.reasons.join('; '));
  t.same(v.regressions, []);
  if (v.status === 'passed') {
    t.equal(r.code, 0, r.stderr);
    // Passed means the interval's worse end lies inside the threshold (the noise may be wider than it).
    t.ok(v.main.change.high < 10, `the worse end of ${JSON.stringify(v.main.change)} is under the threshold`);
    t.match(r.stderr, /perf-analyze: passed: main metric cpu_per_request/);
    t.match(r.report, /## Baseline comparison[\s\S]*Gate \*\*passed\*\*/);
  } else {
    t.equal(v.status, 'inconclusive');
    t.equal(r.code, 5, r.stderr);
    t.ok(v.main.change.low < 10, `the interval reaches under the threshold (${JSON.stringify(v.main.change)})`);
    t.match(r.stderr, /perf-analyze: inconclusive: main metric cpu_per_request .*the noise \(±[\d.]+%\) is wider than the 10% threshold allows; about \d+ repeats per run would resolve it/);
    t.match(r.report, /## Baseline comparison[\s\S]*Gate \*\*inconclusive\*\*/);
  }
  const checks = r.records.filter((x) => x.type === 'plan-check');
  t.equal(checks.length, items.length, 'every earlier item checked');
  t.same(checks.filter((c) => c.status === 'done').map((c) => c.itemId), [], 'no item done');
});

t.test('A/B: the search fixed -> its item fell (done or partly against its promise), the lookup item not done', async (t) => {
  const r = profile('fixed', { FIX: 'search' }, gate());
  // The fix is no regression; whether the gate passes or says inconclusive is the noise of the moment's.
  t.ok(r.code === 0 || r.code === 5, `exit ${r.code}: ${r.stderr.split('\n').filter((l) => /perf-analyze: /.test(l)).join('; ')}`);
  const search = checkOf(r.records, itemFor('searchCatalog', 'precompile-regex') ?? itemFor('searchCatalog'));
  // Done needs the whole interval beyond the item's promised fall; when the promise lies inside the
  // interval, or beyond it (the calibrated estimate promised more than this fix gives), the honest
  // answer is partly. Which of the two a run gives depends on the estimate, not on the check.
  const promised = search?.estimate?.speedup ? Math.round(Math.min(1, search.estimate.speedup.low) * 1000) / 10 : 0;
  const reached = -search?.evidence.change.high >= promised;
  t.equal(search?.status, reached ? 'done' : 'partly', `${search?.reason} (promised ${promised.toFixed(1)}%)`);
  t.ok(search.evidence.change.high < 0, `searchCatalog's cost per request fell over the whole interval (${JSON.stringify(search.evidence.change)})`);
  t.ok(search.evidence.current < search.evidence.baseline / 2, 'to less than half');
  // The function's own cost is the item's evidence; the main metric's point value is at the noise's mercy
  // (a fresh-clone CI read -0.22% beside a test file profiling Python), but its interval must reach a gain.
  t.ok(search.global.change.low < 0, `the main metric's change ${JSON.stringify(search.global.change)} reaches a gain`);
  t.ok(search.calibration.strategy && search.calibration.runtime === 'node', 'calibration inputs kept');
  const lookup = checkOf(r.records, itemFor('findRepeatCustomers'));
  t.equal(lookup?.status, 'not-done', lookup?.reason);
});

t.test('a planted regression: exit 3 naming the function and its cost per request before and after', async (t) => {
  const r = profile('regressed', { REGRESS: 'report' }, gate());
  t.equal(r.code, 3, r.stderr);
  t.match(r.stderr, /perf-analyze: regression: node-\d+-cpu: renderReport rose \+[\d.]+% \[\+[\d.]+%, \+[\d.]+%\] at 95% in cost per request \([\d.]+u?s -> [\d.]+m?s per request\), beyond 10%/);
  const v = verdictOf(r.records);
  t.equal(v.status, 'failed');
  t.ok(v.regressions.some((x: { function?: string }) => x.function === 'renderReport'));
  t.match(r.report, /Gate \*\*failed\*\*/);
});
