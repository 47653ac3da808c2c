// The strategies for leaks: each entry usable, and exactly the ones a leak
// finding offers.
import { LEAK_STRATEGIES } from '../../../lib/plan/strategies/leaks.js';
import t from 'tap';
import { LEAK_STRATEGIES as OFFERED_FOR_LEAKS } from '../../../lib/analysis/leak.js';
import { checkEntries } from './entries.js';

checkEntries(LEAK_STRATEGIES);

t.test('one entry for each strategy a leak finding offers', async (t) => {
  t.same(Object.keys(LEAK_STRATEGIES).sort(), [...OFFERED_FOR_LEAKS].sort());
});
