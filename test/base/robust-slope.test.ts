import t from 'tap';
import { theilSen } from '../../lib/base/robust-slope.js';

/** A small deterministic generator (mulberry32), so the noise is the same every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

t.test('exact on a line, and the median of pairwise slopes by hand', async (t) => {
  const line = theilSen([0, 1, 2, 3, 4], [1, 3, 5, 7, 9]);
  t.equal(line.slope, 2);
  t.equal(line.intercept, 1);
  // pairs of (0,0) (1,1) (2,4): slopes 1, 2, 3 -> median 2
  t.equal(theilSen([0, 1, 2], [0, 1, 4]).slope, 2);
});

t.test('an outlier moves the slope little; the interval holds the true slope', async (t) => {
  const r = rng(7);
  const xs = Array.from({ length: 30 }, (_, i) => i);
  const ys = xs.map((x) => 100 + 5 * x + (r() - 0.5) * 20);
  ys[10] = 10_000; // a burst
  const fit = theilSen(xs, ys);
  t.ok(Math.abs(fit.slope - 5) < 1, `slope ${fit.slope}`);
  t.ok(fit.low <= 5 && fit.high >= 5, `[${fit.low}, ${fit.high}]`);
  t.ok(fit.low > 0, 'growth is told apart from no growth');
});

t.test('a flat noisy series: the 95% interval holds zero in (almost) every seed', async (t) => {
  let holds = 0;
  const runs = 200;
  for (let seed = 1; seed <= runs; seed++) {
    const r = rng(seed);
    const xs = Array.from({ length: 20 }, (_, i) => i);
    const fit = theilSen(xs, xs.map(() => 50 + r() * 10));
    if (fit.low <= 0 && fit.high >= 0) holds++;
  }
  // Coverage of a 95% interval over 200 independent series: below 88% would be a broken interval.
  t.ok(holds / runs >= 0.88, `covered ${holds}/${runs}`);
});

t.test('too few points make no claim', async (t) => {
  const fit = theilSen([0, 1], [0, 10]);
  t.equal(fit.slope, 10);
  t.equal(fit.points, 2);
  t.throws(() => theilSen([0, 1, 2], [0, 1, 2], 0.5), /confidence/);
});
