// The strategy catalog covers every strategy id, once. Each area's entries are
// checked beside their file (test/plan/strategies/<area>.test.ts).
import t from 'tap';
import { STRATEGIES } from '../../lib/plan/strategies.js';
import { STRATEGY_IDS } from '../../lib/rules/strategy-ids.js';

t.test('one catalog entry for every strategy id, and no other', async (t) => {
  t.same(Object.keys(STRATEGIES).sort(), [...STRATEGY_IDS].sort());
});
