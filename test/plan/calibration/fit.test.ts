// The factor fit on small, hand-made point sets: which points it uses (level
// by level), leaving a pair out, the range and confidence, and this project's
// points first.
import t from 'tap';
import { fitFactor, MARGIN, PROJECT_WEIGHT } from '../../../lib/plan/calibration/fit.js';
import type { FactorPoint } from '../../../lib/plan/calibration/points.js';

const point = (pair: string, runtime: FactorPoint['runtime'], strategy: string, key: string, f: number, project = false): FactorPoint => ({ pair, runtime, strategy, key, share: 0.8, gain: 0.8 * f, f, project });

const points = [
  point('node/a', 'node', 'set-lookup', 'quadratic', 0.9),
  point('node/a', 'node', 'set-lookup', 'quadratic', 0.95),
  point('node/b', 'node', 'set-lookup', 'quadratic', 0.85),
  point('java/a', 'java', 'set-lookup', 'quadratic', 0.7),
  point('go/x', 'go', 'precompile-regex', 'per-call', 0.95),
  point('node/r', 'node', 'precompile-regex', 'per-call', 0.4),
];

t.test('the same strategy, runtime and evidence first', async (t) => {
  const f = fitFactor(points, { strategy: 'set-lookup', runtime: 'node', key: 'quadratic' })!;
  t.equal(f.level, 'runtime+evidence');
  t.equal(f.pairs, 2, 'two pairs (three points)');
  t.equal(f.f.low, Math.round((0.85 - MARGIN.base) * 1000) / 1000, 'low: the smallest f less the noise margin');
  t.equal(f.f.high, Math.round((0.95 + MARGIN.base) * 1000) / 1000);
  t.equal(f.f.expected, 0.9, 'expected: the median f');
  t.equal(f.projectPoints, 0);
});

t.test('leaving a pair out: its points are never used to predict it', async (t) => {
  const f = fitFactor(points, { strategy: 'set-lookup', runtime: 'node', key: 'quadratic' }, 'node/a')!;
  t.equal(f.pairs, 1);
  t.equal(f.f.expected, 0.85);
  t.equal(f.confidence, 'low', 'one pair: low confidence');
  const alone = fitFactor(points, { strategy: 'set-lookup', runtime: 'java', key: 'quadratic' }, 'java/a')!;
  t.equal(alone.level, 'evidence', 'without its own runtime, the same evidence on other runtimes');
});

t.test('a factor measured on one runtime is not applied where the strategy does not hold', async (t) => {
  const f = fitFactor(points, { strategy: 'precompile-regex', runtime: 'python', key: 'per-call', holdsOn: ['node'] })!;
  t.equal(f.f.expected, 0.4, 'only the runtimes the strategy holds on are pooled');
  t.equal(fitFactor(points, { strategy: 'avoid-exceptions', runtime: 'node', key: 'per-call' }), undefined, 'no pair: no fit (the caller uses the prior)');
});

t.test("this project's points come first and weigh more", async (t) => {
  const own = [...points, point('project:r1/PERF-001', 'node', 'precompile-regex', 'per-call', 0.1, true)];
  const f = fitFactor(own, { strategy: 'precompile-regex', runtime: 'node', key: 'per-call' })!;
  t.equal(f.projectPoints, 1);
  t.equal(f.f.expected, 0.1, `one project point (weight ${PROJECT_WEIGHT}) outweighs one corpus pair`);
  t.ok(f.f.low < 0.1 && f.f.high > 0.4, 'the range spans both');
});
