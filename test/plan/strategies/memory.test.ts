// The strategies for allocation and GC pressure: each entry usable.
import { MEMORY_STRATEGIES } from '../../../lib/plan/strategies/memory.js';
import t from 'tap';
import { RULES } from '../../../lib/rules/catalog.js';
import { checkEntries } from './entries.js';

checkEntries(MEMORY_STRATEGIES);

t.test('GC time is planned with these strategies, allocating less first and tuning the GC last', async (t) => {
  const gcRules = RULES.filter((r) => r.cause === 'gc-pressure');
  t.ok(gcRules.length >= 4, gcRules.map((r) => r.id).join(', '));
  for (const rule of gcRules) {
    t.ok(rule.strategies.every((id) => id in MEMORY_STRATEGIES), `${rule.id}: ${rule.strategies.join(', ')}`);
    t.equal(rule.strategies[0], 'reduce-allocations');
    t.equal(rule.strategies[rule.strategies.length - 1], 'tune-gc');
  }
});
