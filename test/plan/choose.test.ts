// Which strategy leads, per runtime: strategies that do not hold are not
// offered (Go's RE2 never backtracks), a backtracking regex makes "rewrite the
// pattern" a candidate, and each runtime gets its own idiom.
import t from 'tap';
import { chooseStrategies, factorPoints } from '../../lib/plan/choose.js';
import { holdsFor, strategyFor } from '../../lib/plan/strategies.js';
import { bottleneck } from './records.js';

const base = { share: { p: 0.8, how: 'its share', penalty: 0 }, direction: 'lower-is-better' as const, metric: 'wall_time', load: { kind: 'none' as const }, points: factorPoints(), hotspots: [] };

t.test('simplify-regex holds everywhere but Go', async (t) => {
  t.notOk(holdsFor('simplify-regex', 'go'));
  for (const runtime of ['node', 'java', 'python', 'native'] as const) t.ok(holdsFor('simplify-regex', runtime), runtime);
  t.notOk(holdsFor('async-crypto-zlib', 'java'), 'the zlib/crypto async API is Node');
});

t.test('a Go regexp finding: no "remove backtracking"; the reason is given', async (t) => {
  const b = bottleneck('G1', { function: 'main.handle', file: 'server.go', line: 20, ruleId: 'go-regexp', cause: 'regex', strategies: ['simplify-regex', 'replace-regex', 'cache-result'] });
  const choice = chooseStrategies(b, base);
  t.equal(choice.runtime, 'go');
  t.notOk(choice.candidates.some((c) => c.id === 'simplify-regex'));
  t.match(choice.rejected, [{ id: 'simplify-regex', reason: /RE2.*never backtracks/ }]);
});

t.test('Go regexp compiled per call: compile once at package level, in Go words', async (t) => {
  const b = bottleneck('G2', { function: 'main.slugify', file: 'slug.go', line: 12, ruleId: 'go-regexp-compile', cause: 'regex-compile', strategies: ['precompile-regex', 'replace-regex'] });
  // One measured Go pair for precompile-regex (as bench/calibration/corpus/go/regex-* measures): it leads replace-regex, which only has a prior.
  const points = [...base.points, { pair: 'go/regex', runtime: 'go' as const, strategy: 'precompile-regex', key: 'per-call', share: 0.77, gain: 0.74, f: 0.96, project: false }];
  const choice = chooseStrategies(b, { ...base, points });
  t.equal(choice.candidates[0]!.id, 'precompile-regex');
  t.match(strategyFor('precompile-regex', 'go').action, /package-level var/);
});

t.test('a backtracking regex on Node: rewriting the pattern is offered and leads', async (t) => {
  const b = bottleneck('N1', { function: 'isPhrase', file: 'phrase.js', line: 5, ruleId: 'node-regex', cause: 'regex', strategies: ['precompile-regex', 'replace-regex'] });
  const regex = { source: '^(\\w+\\s?)*$', flags: '', line: 5, complexity: 'exponential' as const };
  const evidence = { complexity: 'exponential' as const, regex };
  const priors = chooseStrategies(b, { ...base, evidence });
  t.equal(priors.candidates[0]!.id, 'simplify-regex', 'offered first: with priors alone the order decides');
  // Measured pairs (as bench/calibration/corpus/node/redos and regex measure): the rewrite removes nearly all, precompiling little.
  const pair = (strategy: string, key: string, f: number) => ({ pair: `node/${strategy}`, runtime: 'node' as const, strategy, key, share: 0.9, gain: 0.9 * f, f, project: false });
  const points = [...base.points, pair('simplify-regex', 'exponential', 0.98), pair('precompile-regex', 'exponential', 0.05)];
  const choice = chooseStrategies(b, { ...base, evidence, points });
  t.equal(choice.candidates[0]!.id, 'simplify-regex', 'the primary strategy');
  t.ok(choice.candidates[0]!.gain.expected > choice.candidates[1]!.gain.expected, 'with the highest expected gain');
});

t.test('a precondition the recording does not show ranks a strategy after one that needs none, unless the cause shows it', async (t) => {
  const points = ['cache-result', 'hoist-invariant'].map((strategy, i) => ({ pair: `node/${strategy}`, runtime: 'node' as const, strategy, key: 'per-call', share: 0.5, gain: 0.5 * (0.9 - i * 0.4), f: 0.9 - i * 0.4, project: false }));
  const hot = bottleneck('C1', { function: 'render', file: 'view.js', cause: 'hot-function', strategies: ['cache-result', 'hoist-invariant'] });
  const plain = chooseStrategies(hot, { ...base, points });
  t.equal(plain.candidates[0]!.id, 'hoist-invariant', 'the inputs repeating is not in a CPU profile');
  t.ok(plain.candidates[1]!.gain.expected > plain.candidates[0]!.gain.expected, 'although caching is estimated higher');
  const repeated = chooseStrategies({ ...hot, cause: 'repeated-waits' }, { ...base, points });
  t.equal(repeated.candidates[0]!.id, 'cache-result', 'the wait analysis saw the same key asked again: the highest gain leads');
});

t.test("the finding's own runtime first: a strategy measured there leads one borrowed from another runtime, though the borrowed one is estimated a little higher", async (t) => {
  const hot = bottleneck('S1', { function: 'main.sumSquares', file: 'hot.go', line: 14, cause: 'hot-function', strategies: ['better-algorithm', 'hoist-invariant'] });
  const points = [
    { pair: 'go/search', runtime: 'go' as const, strategy: 'better-algorithm', key: 'per-call', share: 0.95, gain: 0.93, f: 0.98, project: false },
    { pair: 'c/strlen', runtime: 'native' as const, strategy: 'hoist-invariant', key: 'per-call', share: 0.98, gain: 0.98, f: 1, project: false },
  ];
  const choice = chooseStrategies(hot, { ...base, points });
  const [first, second] = choice.candidates;
  t.equal(first!.id, 'better-algorithm', 'measured on Go');
  t.equal(first!.factor.level, 'runtime+evidence');
  t.equal(second!.id, 'hoist-invariant', 'borrowed from C');
  t.ok(second!.gain.expected > first!.gain.expected, `although its expected gain is higher (${second!.gain.expected} > ${first!.gain.expected})`);
  t.ok(second!.gain.low < first!.gain.low, 'the borrowed range is wider');
  t.equal(second!.factor.confidence, 'low', 'and its confidence lower');
  // With no measurement on Go at all, the borrowed factor leads by its gain among borrowed ones.
  const borrowedOnly = chooseStrategies(hot, { ...base, points: points.slice(1) });
  t.equal(borrowedOnly.candidates[0]!.id, 'hoist-invariant', 'a borrowed factor still leads a prior');
});

t.test("GC no finding was charged: a fix's expected gain includes its part of it, the low end none", async (t) => {
  const hot = bottleneck('A1', { function: 'build', file: 'build.js', line: 3, cause: 'hot-function', strategies: ['hoist-invariant'] });
  const points = [{ pair: 'node/x', runtime: 'node' as const, strategy: 'hoist-invariant', key: 'per-call', share: 0.5, gain: 0.45, f: 0.9, project: false }];
  const plain = chooseStrategies(hot, { ...base, share: { p: 0.4, how: 'its share', penalty: 0 }, points })!.candidates[0]!;
  const withGc = chooseStrategies(hot, { ...base, share: { p: 0.4, how: 'its share', penalty: 0 }, points, collateral: { gc: 0.2 } })!.candidates[0]!;
  t.equal(withGc.gain.expected, Math.round(100 * (0.4 / 0.8) * plain.factor.f.expected * 100) / 100, 'p / (1 − g): its part of the 20% GC, in proportion to its share of the rest');
  t.equal(withGc.gain.low, plain.gain.low, 'the low end takes none of it');
});

t.test("on the finding's runtime, a factor measured with the finding's evidence leads one measured with other evidence", async (t) => {
  const hot = bottleneck('C2', { function: 'checksum', file: 'sum.c', line: 7, cause: 'hot-function', strategies: ['hoist-invariant', 'better-algorithm'] });
  const points = [
    { pair: 'c/search', runtime: 'native' as const, strategy: 'better-algorithm', key: 'per-call', share: 0.99, gain: 0.97, f: 0.98, project: false },
    { pair: 'c/strlen', runtime: 'native' as const, strategy: 'hoist-invariant', key: 'quadratic', share: 0.98, gain: 0.98, f: 1, project: false },
  ];
  const [first, second] = chooseStrategies(hot, { ...base, points }).candidates;
  t.equal(first!.id, 'better-algorithm', 'per-call, as the finding (a hot function has no complexity class)');
  t.equal(second!.factor.level, 'runtime', 'hoist-invariant: measured on C with quadratic evidence');
});
