// The helpers the strategy data files share: a range, a rule of thumb marked
// as one, and the benchmark guard that names the user's function.
import t from 'tap';
import { fill } from '../../../lib/plan/strategies.js';
import { BENCH_GUARD, r, thumb } from '../../../lib/plan/strategies/types.js';

t.test('a range is low, expected, high in that order', async (t) => {
  t.same(r(0.1, 0.4, 0.9), { low: 0.1, expected: 0.4, high: 0.9 });
});

t.test('a rule of thumb says it is one', async (t) => {
  t.same(thumb('N round trips become one'), { kind: 'rule-of-thumb', ref: 'rule of thumb: N round trips become one' });
});

t.test('the benchmark guard names the function', async (t) => {
  t.equal(
    fill(BENCH_GUARD, { fn: 'parseRows', at: 'src/rows.js:3' }),
    'add a benchmark that calls parseRows on a representative input and fails when it is slower than the time measured after the change',
  );
});
