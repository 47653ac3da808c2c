// The whole catalog: every runtime's rules once, in priority order (a server's
// idle loops first, the fallbacks last), each rule well formed. Each rule's
// match and near miss is tested beside its own catalog (catalog-<runtime>.test.ts).
import t from 'tap';
import { FALLBACK_RULES } from '../../lib/rules/catalog-fallback.js';
import { GO_RULES } from '../../lib/rules/catalog-go.js';
import { IDLE_RULES } from '../../lib/rules/catalog-idle.js';
import { JAVA_RULES } from '../../lib/rules/catalog-java.js';
import { NATIVE_RULES } from '../../lib/rules/catalog-native.js';
import { NODE_RULES } from '../../lib/rules/catalog-node.js';
import { PYTHON_RULES } from '../../lib/rules/catalog-python.js';
import { RULES, ruleById } from '../../lib/rules/catalog.js';
import { STRATEGY_IDS } from '../../lib/rules/strategy-ids.js';

t.test('every catalog once, idle loops first and fallbacks last', async (t) => {
  const catalogs = [IDLE_RULES, NODE_RULES, GO_RULES, JAVA_RULES, PYTHON_RULES, NATIVE_RULES, FALLBACK_RULES];
  t.same(RULES.map((r) => r.id), catalogs.flat().map((r) => r.id));
  t.ok(RULES.length >= 40, `${RULES.length} rules`);
  t.ok(IDLE_RULES.every((r) => r.idle), 'the first rules are idle rules');
  t.same(RULES.filter((r) => r.match.fallback).map((r) => r.id), FALLBACK_RULES.map((r) => r.id), 'the fallbacks are the last rules, and only they');
  t.equal(ruleById('go-json'), GO_RULES.find((r) => r.id === 'go-json'));
  t.equal(ruleById('no-such-rule'), undefined);
});

t.test('every rule is well formed: known strategies, a threshold with a reason', async (t) => {
  for (const r of RULES) {
    // A rule for the runtime's own cost (runCost) or idle time is evidence about the run: nothing for the user to apply.
    t.ok((r.runCost || r.idle ? r.strategies.length === 0 : r.strategies.length > 0) && r.strategies.every((s) => (STRATEGY_IDS as readonly string[]).includes(s)), `${r.id}: strategies`);
    t.ok(r.minShare.value > 0 && r.minShare.reason.length > 20, `${r.id}: threshold explained`);
    t.match(r.cause, /^[a-z0-9-]+$/, `${r.id}: cause`);
    t.ok(r.explain && r.evidence, `${r.id}: explanation and evidence`);
  }
  t.equal(new Set(RULES.map((r) => r.id)).size, RULES.length, 'ids unique');
});
