// The strategies for contended locks and queues: each entry usable.
import { CONCURRENCY_STRATEGIES } from '../../../lib/plan/strategies/concurrency.js';
import t from 'tap';
import { RULES } from '../../../lib/rules/catalog.js';
import { checkEntries } from './entries.js';

checkEntries(CONCURRENCY_STRATEGIES);

t.test('lock rules are planned with these strategies first', async (t) => {
  const lockRules = RULES.filter((r) => r.category === 'lock' && r.strategies.length > 0);
  t.ok(lockRules.length >= 4, lockRules.map((r) => r.id).join(', '));
  for (const rule of lockRules) t.ok(rule.strategies[0]! in CONCURRENCY_STRATEGIES, `${rule.id}: ${rule.strategies[0]}`);
});
