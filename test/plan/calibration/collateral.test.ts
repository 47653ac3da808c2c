// The GC a fix removes besides the function's own time, and the removed share at each end of a range.
import t from 'tap';
import { collateralOf, effectiveShare, NO_COLLATERAL, originShares, removedRange, unownedRuntimePct } from '../../../lib/plan/calibration/collateral.js';
import { shareInterval } from '../../../lib/plan/calibration/share-noise.js';

t.test('GC no finding was charged is apportioned by the share of the rest; charged GC is already in the shares', async (t) => {
  t.same(collateralOf(20), { gc: 0.2 });
  t.same(collateralOf(20, 20), NO_COLLATERAL, 'the analyzer charged all of it by allocations');
  t.equal(collateralOf(20, 15).gc, 0.05, 'what it could not charge stays collateral');
  t.same(collateralOf(undefined), NO_COLLATERAL, 'no GC frames (CPython collects inline, under the user frames)');
  t.equal(collateralOf(90).gc, 0.5, 'a run that is mostly GC: apportioned at most at half');
  t.equal(effectiveShare(0.4, { gc: 0.2 }), 0.5);
  t.equal(effectiveShare(0.9, { gc: 0.2 }), 1, 'at most all of the run');
});

t.test("the range: expected with the GC, the low end without, the ends over the share's sampling interval", async (t) => {
  const f = { low: 0.8, expected: 0.9, high: 1 };
  const exact = removedRange(0.4, f, { gc: 0.2 });
  t.equal(exact.low, 0.4 * 0.8);
  t.equal(exact.expected, 0.5 * 0.9);
  t.equal(exact.high, 0.5);
  const sampled = removedRange(0.4, f, NO_COLLATERAL, 30);
  t.ok(sampled.low < 0.4 * 0.8 && sampled.high > 0.4, `30 samples widen both ends: ${JSON.stringify(sampled)}`);
  t.equal(sampled.expected, 0.4 * 0.9, 'the expected gain is the share as read');
  const slower = removedRange(0.5, { low: -0.2, expected: 0.1, high: 0.5 }, NO_COLLATERAL, 30);
  t.ok(slower.low < -0.1, `a fix that may slow the function: its low end is the widest loss (${slower.low})`);
});

t.test("the runtime's unowned work: no user frame, and no dependency or kernel frame, and not idle (a lower bound)", async (t) => {
  const o = originShares([{ name: 'user', cumPct: 85 }, { name: 'runtime', cumPct: 40 }, { name: 'dependency', cumPct: 3 }]);
  t.same(o, { user: 85, dependency: 3, kernel: 0 });
  t.equal(unownedRuntimePct(o!), 12, 'GC, (program) and the scheduler: 100 − 85 − 3');
  t.equal(unownedRuntimePct(o!, 20), 0, 'idle samples are no runtime work: never below 0');
  t.equal(originShares([{ name: 'runtime', cumPct: 100 }]), undefined, 'no user group: unknown');
});

t.test("a CPU share times the busy share: the interval is the sampled share's, scaled", async (t) => {
  // 80% of 100 CPU samples, the threads busy half the time: p = 40% of the wall time.
  const f = { low: 1, expected: 1, high: 1 };
  const scaled = removedRange(0.4, f, NO_COLLATERAL, 100, 0.5);
  const sampled = shareInterval(0.8, 100);
  t.equal(scaled.low, sampled.low * 0.5);
  t.equal(scaled.high, sampled.high * 0.5);
  t.equal(scaled.expected, 0.4, 'the expected end is the share as read');
  const unscaled = removedRange(0.4, f, NO_COLLATERAL, 100);
  t.ok(scaled.high - scaled.low < unscaled.high - unscaled.low, 'narrower than the interval of a 40% share read from 100 samples: the samples saw 80%');
  t.same(removedRange(0.4, f, NO_COLLATERAL, 100, 1), unscaled, 'scale 1: as before');
});
