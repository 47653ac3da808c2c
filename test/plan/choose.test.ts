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
