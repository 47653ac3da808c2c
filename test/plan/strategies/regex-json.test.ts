// The strategies for regular expressions and serialization: each entry
// usable, the caller clause only with a caller, and no backtracking advice
// for Go's RE2.
import { REGEX_JSON_STRATEGIES } from '../../../lib/plan/strategies/regex-json.js';
import t from 'tap';
import { fill, holdsFor, strategyFor } from '../../../lib/plan/strategies.js';
import { checkEntries } from './entries.js';

checkEntries(REGEX_JSON_STRATEGIES);

t.test('the caller clause appears only when there is a caller', async (t) => {
  const e = REGEX_JSON_STRATEGIES['precompile-regex'];
  t.equal(
    fill(e.action, { fn: 'slugify', at: 'a.js:3', caller: { fn: 'render', at: 'b.js:7' } }),
    'compile the RegExp once at module load (a top-level const) instead of on every call in slugify (a.js:3), where it is called from render (b.js:7)',
  );
  t.equal(fill(e.action, { fn: 'slugify', at: 'a.js:3' }), 'compile the RegExp once at module load (a top-level const) instead of on every call in slugify (a.js:3)');
});

t.test("Go's regexp never backtracks: no simplify-regex there, compile once in Go's idiom", async (t) => {
  t.notOk(holdsFor('simplify-regex', 'go'));
  t.match(REGEX_JSON_STRATEGIES['simplify-regex'].notFor?.go, /RE2/);
  t.match(fill(strategyFor('precompile-regex', 'go').action, { fn: 'parse', at: 'p.go:3' }), /^move the regexp\.MustCompile .* out of parse \(p\.go:3\) into a package-level var/);
});
