// An item's status from the interval of its function's change in cost per
// unit of work and the fall its strategy promised.
import t from 'tap';
import { statusOf } from '../../lib/compare/plan-check.js';

const iv = (pct: number, low: number, high: number) => ({ pct, low, high, level: 0.95 });

t.test('statuses', async (t) => {
  t.equal(statusOf(iv(-85, -90, -80), 25), 'done', 'fell by more than promised, over the whole interval');
  t.equal(statusOf(iv(-12, -20, -4), 25), 'partly', 'a sure fall, less than promised');
  t.equal(statusOf(iv(-30, -45, -15), 25), 'partly', 'a sure fall whose interval still reaches under the promise');
  t.equal(statusOf(iv(2, -6, 9), 25), 'not-done', 'no fall, and the interval rules out the promised one');
  t.equal(statusOf(iv(-10, -40, 20), 25), 'inconclusive', 'the noise is as wide as the promise');
  t.equal(statusOf(iv(40, 25, 60), 25), 'regressed');
  t.equal(statusOf(iv(4, 1, 7), 25), 'not-done', 'a sure but small rise is not called a regression of the item');
  t.equal(statusOf(iv(14, 1.4, 27.8), 80), 'not-done', 'nor one whose interval starts under +10%');
  t.equal(statusOf(iv(-8.98, -15.71, -0.93), 0), 'partly', 'a promise of 0% is no bar: a fall within re-run drift is not done');
  t.equal(statusOf(iv(-40, -50, -30), 0), 'done', 'a fall beyond the drift floor is done against a 0% promise');
});
