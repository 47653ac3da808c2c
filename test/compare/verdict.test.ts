// The gate's verdict from intervals: failed only when the whole interval is
// worse beyond the threshold, inconclusive when the noise is wider than the
// threshold (or unknown), passed otherwise; throughput is worse when it falls;
// functions are gated only where the user's change can move them.
import t from 'tap';
import { EXIT_INCONCLUSIVE, EXIT_REGRESSION, regressionChecked, verdictOf, type MainInput } from '../../lib/compare/verdict.js';
import type { FunctionDelta } from '../../lib/records/types.js';

const main = (pct: number, low: number, high: number, over: Partial<MainInput> = {}): MainInput => ({
  name: 'cpu_per_request',
  unit: 'ms',
  direction: 'lower-is-better',
  statistic: 'mean of 3 repeats',
  change: { before: 2, after: 2 * (1 + pct / 100), pct, low, high, level: 0.95, repeats: { before: 3, after: 3 }, betweenRuns: true },
  measured: true,
  ...over,
});
const fn = (over: Partial<FunctionDelta>): FunctionDelta => ({
  function: 'renderReport', file: 'server.js', origin: 'user', status: 'changed', cum: 5, baselineCum: 1, cumPct: 30, baselineCumPct: 2,
  perUnit: { cum: 1.7e6, baselineCum: 1.5e4, self: 1e6, baselineSelf: 1e4 }, cumDeltaPct: 900, change: { pct: 900, low: 600, high: 1200, level: 0.95 }, ...over,
});

t.test('passed, failed, inconclusive on the main metric', async (t) => {
  const pass = verdictOf(main(3, -3, 9), [], 10, 'request');
  t.same([pass.status, pass.exitCode], ['passed', 0]);
  t.match(pass.reasons[0], /^passed: main metric cpu_per_request \(mean of 3 repeats\) 2 ms -> 2.06 ms, \+3% \[-3%, \+9%\] at 95%: no regression beyond 10% shown/);
  const straddles = verdictOf(main(8, 2, 14), [], 10, 'request');
  t.equal(straddles.status, 'passed', 'noise ±6% under a 10% threshold: no regression beyond 10% shown');
  const fail = verdictOf(main(40, 25, 55), [], 10, 'request');
  t.same([fail.status, fail.exitCode], ['failed', EXIT_REGRESSION]);
  t.match(fail.reasons[0], /^regression: main metric cpu_per_request .* worse beyond 10% over the whole interval$/);
  const wide = verdictOf(main(-18, -80, 36), [], 10, 'request');
  t.same([wide.status, wide.exitCode], ['inconclusive', EXIT_INCONCLUSIVE]);
  t.match(wide.reasons[0], /the noise \(±58%\) is wider than the 10% threshold allows; about \d+ repeats per run would resolve it \(--repeat \d+\)/);
  const unknown = verdictOf(main(0, 0, 0, { measured: false }), [], 10, 'request');
  t.equal(unknown.status, 'inconclusive');
  t.match(unknown.reasons[0], /one value per run, so its noise is unknown/);
  t.equal(verdictOf(main(40, 25, 55), [], undefined, 'request').status, 'compared', 'no threshold: nothing gated');
});

t.test('a metric where higher is better regresses when it falls', async (t) => {
  const fell = verdictOf(main(-40, -55, -25, { name: 'http_requests_per_sec', direction: 'higher-is-better' }), [], 10, 'request');
  t.equal(fell.status, 'failed');
  const rose = verdictOf(main(40, 25, 55, { name: 'http_requests_per_sec', direction: 'higher-is-better' }), [], 10, 'request');
  t.equal(rose.status, 'passed');
});

t.test('functions: a gated one beyond the threshold fails the gate, named with its cost per unit', async (t) => {
  const v = verdictOf(main(3, -3, 9), [{ profileId: 'node-1-cpu', unit: 'nanoseconds', functions: [fn({})] }], 10, 'request');
  t.equal(v.status, 'failed');
  t.equal(v.regressions[0]!.function, 'renderReport');
  t.match(v.regressions[0]!.line, /^node-1-cpu: renderReport rose \+900% \[\+600%, \+1200%\] at 95% in cost per request \(15us -> 1.7ms per request\), beyond 10%$/);
  t.equal(regressionChecked(fn({ origin: 'runtime' })), false, 'runtime frames are shown, not gated');
  t.equal(regressionChecked(fn({ function: '(idle)', origin: undefined })), false);
  t.equal(regressionChecked(fn({ baselineCumPct: 0.2, cumPct: 0.5 })), false, 'too small in both runs');
  t.equal(regressionChecked(fn({ baselineCumPct: 0.2, cumPct: 30 })), true, 'small before, large now: gated');
  const within = verdictOf(main(3, -3, 9), [{ profileId: 'p', unit: 'nanoseconds', functions: [fn({ change: { pct: 12, low: 4, high: 20, level: 0.95 } })] }], 10, 'request');
  t.equal(within.status, 'passed', 'a function whose interval starts under the threshold does not fail it');
});

t.test('lock and block delay is compared but never gated: summed waits rise when waits overlap', async (t) => {
  // FIX=conc on test/fixtures/programs/go-downstream: three calls in flight at once, block delay per request +39%.
  const block = verdictOf(main(-14, -30, 2), [{ profileId: 'pprof-block', kind: 'block', unit: 'nanoseconds', functions: [fn({ function: 'main.taxFor' })] }], 10, 'request');
  t.same(block.regressions, []);
  t.equal(block.status, 'passed');
  const lock = verdictOf(main(-14, -30, 2), [{ profileId: 'pprof-lock', kind: 'lock', unit: 'nanoseconds', functions: [fn({ function: 'main.priceOf' })] }], 10, 'request');
  t.same(lock.regressions, []);
  const cpu = verdictOf(main(-14, -30, 2), [{ profileId: 'pprof-cpu', kind: 'cpu', unit: 'nanoseconds', functions: [fn({ function: 'main.taxFor' })] }], 10, 'request');
  t.equal(cpu.status, 'failed', 'the same rise in a CPU profile is a cost and fails the gate');
});

t.test('wide noise whose whole interval is on the good side passes, and says the noise is wide', async (t) => {
  const v = verdictOf(main(-20, -45, 5), [], 10, 'request');
  t.equal(v.status, 'passed');
  t.match(v.reasons[0], /no regression beyond 10% possible \(the interval's worse end is \+5%\), although the noise \(±[\d.]+%\) is wider than 10%/);
});
