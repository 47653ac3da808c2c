// The bootstrap interval: it contains 0 for two samples of one distribution,
// excludes it for a real shift, widens with noise, lends the repeated side's
// spread to a side with one repeat, and is the same on every call (seeded).
import t from 'tap';
import { changeInterval, repeatsToResolve, type Repeat } from '../../lib/compare/noise.js';

/** Repeats of `n` blocks whose value wobbles by ±spread around `level` (a fixed pattern, no randomness). */
function side(level: number, spread: number, repeats: number, blocks = 1): Repeat[] {
  return Array.from({ length: repeats }, (_, r) => Array.from({ length: blocks }, (_, b) => ({ num: level * (1 + spread * Math.sin(1 + r * 7 + b * 3)), den: 1 })));
}

t.test('the same level on both sides: the interval holds 0 and is narrow', async (t) => {
  const c = changeInterval(side(100, 0.05, 3, 4), side(100, 0.05, 3, 4), 'ratio');
  t.ok(c.low < 0 && c.high > 0, `[${c.low}, ${c.high}]`);
  t.ok(c.high - c.low < 15, 'within a few percent');
  t.same(changeInterval(side(100, 0.05, 3, 4), side(100, 0.05, 3, 4), 'ratio'), c, 'seeded: the same interval every time');
});

t.test('a real shift of +50%: the whole interval lies above 0, around +50%', async (t) => {
  const c = changeInterval(side(100, 0.05, 3), side(150, 0.05, 3), 'ratio');
  t.ok(c.low > 30 && c.high < 70 && c.pct > 40 && c.pct < 60, `${c.pct} [${c.low}, ${c.high}]`);
  t.equal(c.betweenRuns, true);
});

t.test('more noise, a wider interval; repeats to resolve it', async (t) => {
  const quiet = changeInterval(side(100, 0.02, 3), side(100, 0.02, 3), 'ratio');
  const loud = changeInterval(side(100, 0.3, 3), side(100, 0.3, 3), 'ratio');
  t.ok(loud.high - loud.low > 3 * (quiet.high - quiet.low));
  const need = repeatsToResolve(loud, 5);
  t.ok(need > 3, `${need} repeats`);
  t.equal(repeatsToResolve(quiet, 50), 4, 'already resolved: one more than now at least');
});

t.test('one repeat against three: the repeated side lends its spread', async (t) => {
  const lent = changeInterval([[{ num: 100, den: 1 }]], side(100, 0.2, 3), 'ratio');
  const alone = changeInterval([[{ num: 100, den: 1 }]], [[{ num: 100, den: 1 }]], 'ratio');
  t.same([alone.low, alone.high, alone.betweenRuns], [0, 0, false], 'one value each: no noise known');
  t.ok(lent.high - lent.low > 10, `[${lent.low}, ${lent.high}]`);
});

t.test('sampling noise: few profile samples give a wide interval, many a narrow one', async (t) => {
  const few = changeInterval([[{ num: 10, den: 1, count: 10 }]], [[{ num: 10, den: 1, count: 10 }]], 'ratio');
  const many = changeInterval([[{ num: 10, den: 1, count: 10000 }]], [[{ num: 10, den: 1, count: 10000 }]], 'ratio');
  t.ok(few.high - few.low > 50, `10 samples: [${few.low}, ${few.high}]`);
  t.ok(many.high - many.low < 6, `10000 samples: [${many.low}, ${many.high}]`);
});

t.test('median of blocks: one stalled second does not decide', async (t) => {
  const calm = side(10, 0.05, 3, 5);
  const stalled = calm.map((r, i) => (i === 0 ? [...r.slice(0, 4), { num: 500, den: 1 }] : r));
  const c = changeInterval(calm, stalled, 'median');
  t.ok(Math.abs(c.pct) < 10, `median moved ${c.pct}%`);
});
