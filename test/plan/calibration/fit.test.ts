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
  t.equal(f.f.high, Math.min(1, Math.round((0.95 + MARGIN.base) * 1000) / 1000), 'high: the largest f plus the margin, at most all of the function');
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

t.test('a known complexity class widens to other runtimes before other evidence on the same runtime; per-call the other way', async (t) => {
  const concat = [
    point('go/sprintf', 'go', 'string-builder', 'per-call', 0.76),
    point('c/strcat', 'native', 'string-builder', 'quadratic', 0.99),
    point('node/concat', 'node', 'string-builder', 'per-call', -0.05),
  ];
  const quadratic = fitFactor(concat, { strategy: 'string-builder', runtime: 'go', key: 'quadratic' })!;
  t.equal(quadratic.level, 'evidence', "Go's quadratic += is predicted by C's quadratic strcat");
  t.equal(quadratic.f.expected, 0.99);
  const perCall = fitFactor(concat, { strategy: 'string-builder', runtime: 'go', key: 'per-call' }, 'go/sprintf')!;
  t.equal(perCall.level, 'evidence', 'no other Go pair: per-call on other runtimes');
  const sameRuntime = fitFactor([...concat, point('go/concat', 'go', 'string-builder', 'quadratic', 1.1)], { strategy: 'string-builder', runtime: 'go', key: 'per-call' }, 'go/sprintf')!;
  t.equal(sameRuntime.level, 'runtime', 'per-call is no class: the same runtime comes first');
});

t.test("a fix removes at most all of a function's own cost: every f above 1 is taken as 1, on any runtime", async (t) => {
  const exc = [point('python/exceptions', 'python', 'avoid-exceptions', 'per-call', 4.09), point('node/exc', 'node', 'avoid-exceptions', 'per-call', 1.27), point('node/exc2', 'node', 'avoid-exceptions', 'per-call', 0.8), point('node/exc3', 'node', 'avoid-exceptions', 'per-call', 1.05)];
  const borrowed = fitFactor(exc, { strategy: 'avoid-exceptions', runtime: 'java', key: 'per-call' })!;
  t.equal(borrowed.f.expected, 1, "the profilers' attribution of the other runtimes says nothing about Java's");
  t.equal(borrowed.f.high, 1, 'the high end too');
  const own = fitFactor(exc, { strategy: 'avoid-exceptions', runtime: 'node', key: 'per-call' })!;
  t.equal(own.f.high, 1, "its own runtime's f above 1 is also at most 1 of the function's cost");
  t.equal(own.f.expected, 1, 'the median of 1, 1 (1.27 and 1.05 taken as 1) and 0.8');
  t.equal(own.spread, 0.2, 'the spread is of the f values as used');
});

t.test('a borrowed factor: a wider range and one step less confidence than the same points on their own runtime', async (t) => {
  const three = [point('node/a', 'node', 'sort-once', 'superlinear', 0.9), point('node/b', 'node', 'sort-once', 'superlinear', 0.92), point('node/c', 'node', 'sort-once', 'superlinear', 0.95)];
  const own = fitFactor(three, { strategy: 'sort-once', runtime: 'node', key: 'superlinear' })!;
  const borrowed = fitFactor(three, { strategy: 'sort-once', runtime: 'go', key: 'superlinear' })!;
  t.equal(own.confidence, 'high');
  t.equal(borrowed.level, 'evidence');
  t.equal(borrowed.confidence, 'medium');
  t.ok(borrowed.f.low < own.f.low, `the low end is lower (${borrowed.f.low} < ${own.f.low})`);
});

t.test("a strategy whose factor depends on the runtime's own machinery uses only that runtime's pairs", async (t) => {
  const regex = [point('node/regex', 'node', 'precompile-regex', 'per-call', 0.34), point('python/regex', 'python', 'precompile-regex', 'per-call', 0.18)];
  t.equal(fitFactor(regex, { strategy: 'precompile-regex', runtime: 'go', key: 'per-call', ownRuntimeOnly: true }), undefined, 'V8 and CPython cache compiled patterns, Go does not: no fit, the prior');
  t.equal(fitFactor(regex, { strategy: 'precompile-regex', runtime: 'node', key: 'per-call', ownRuntimeOnly: true })!.f.expected, 0.34);
});

t.test('own runtime only without a complexity class: a known class still transfers', async (t) => {
  // Measured: V8's ropes (node/concat f −0.07) and CPython's in-place resize (python/concat 0.17) against Go's quadratic copy (go/concat, f 1).
  const concat = [point('node/concat', 'node', 'string-builder', 'per-call', -0.07), point('python/concat', 'python', 'string-builder', 'per-call', 0.17), point('go/concat', 'go', 'string-builder', 'quadratic', 1)];
  t.equal(fitFactor(concat, { strategy: 'string-builder', runtime: 'java', key: 'per-call', ownRuntimeOnly: 'per-call' }), undefined, "per call, another runtime's strings say nothing: the prior");
  t.equal(fitFactor(concat, { strategy: 'string-builder', runtime: 'java', key: 'per-call' })!.level, 'evidence', 'without the option, borrowed');
  const quadratic = fitFactor(concat, { strategy: 'string-builder', runtime: 'java', key: 'quadratic', ownRuntimeOnly: 'per-call' })!;
  t.equal(quadratic.level, 'evidence', 'a quadratic copy is removed by a builder on any runtime');
  t.equal(quadratic.f.expected, 1);
  t.equal(fitFactor(concat, { strategy: 'string-builder', runtime: 'go', key: 'per-call', ownRuntimeOnly: 'per-call' })!.level, 'runtime', 'its own runtime with other evidence still counts');
});
