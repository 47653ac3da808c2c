// Which strategy leads, per runtime: strategies that do not hold are not
// offered (Go's RE2 never backtracks), a backtracking regex makes "rewrite the
// pattern" a candidate, and each runtime gets its own idiom.
import t from 'tap';
import { chooseStrategies, factorPoints } from '../../lib/plan/choose.js';
import { holdsFor, strategyFor } from '../../lib/plan/strategies.js';
import { bottleneck } from './records.js';

const base = { share: 0.8, direction: 'lower-is-better' as const, metric: 'wall_time', load: { kind: 'none' as const }, points: factorPoints(), hotspots: [] };

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
  const choice = chooseStrategies(b, { ...base, evidence: { complexity: 'exponential', regex } });
  t.equal(choice.candidates[0]!.id, 'simplify-regex', 'the primary strategy');
  t.ok(choice.candidates[0]!.gain.expected > choice.candidates[1]!.gain.expected, 'with the highest expected gain');
});
