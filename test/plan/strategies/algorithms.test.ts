// The strategies that change the work itself (cache, hoist, index, sort once,
// a better algorithm, fewer exceptions and log lines): each entry usable.
import { ALGORITHM_STRATEGIES } from '../../../lib/plan/strategies/algorithms.js';
import t from 'tap';
import { checkEntries } from './entries.js';

checkEntries(ALGORITHM_STRATEGIES);

t.test('a strategy whose gain needs what the profile cannot show says so, and which finding shows it', async (t) => {
  const needs = ALGORITHM_STRATEGIES['cache-result'].needs;
  t.match(needs?.what, /inputs repeat/);
  t.same(needs?.shownBy, ['repeated-waits'], 'the wait analysis seeing the same key asked again shows it');
});
