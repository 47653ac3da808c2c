// The strategy vocabulary shared by the rules (which strategies fit a cause)
// and the plan (what each strategy is): unique ids, each with its plan entry,
// and each offered by something: a rule, or a finding the analysis makes
// (waits, leaks, thread states). An id nobody offers could never be planned.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { STRATEGIES } from '../../lib/plan/strategies.js';
import { RULES } from '../../lib/rules/catalog.js';
import { STRATEGY_IDS } from '../../lib/rules/strategy-ids.js';
import { ROOT } from '../helpers.js';

/** Every .ts file under lib/analysis, as text. */
function analysisSources(): string {
  const dir = join(ROOT, 'lib', 'analysis');
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.ts'))
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('\n');
}

t.test('ids are unique and in kebab case', async (t) => {
  t.equal(new Set(STRATEGY_IDS).size, STRATEGY_IDS.length);
  t.ok(STRATEGY_IDS.every((id) => /^[a-z]+(?:-[a-z]+)*$/.test(id)), STRATEGY_IDS.join(', '));
});

t.test('each id has its entry in the plan catalog', async (t) => {
  t.same(STRATEGY_IDS.filter((id) => !STRATEGIES[id]), []);
});

t.test('each id is offered by a rule or by a finding of the analysis', async (t) => {
  const byRules = new Set(RULES.flatMap((r) => r.strategies));
  const analysis = analysisSources();
  const unoffered = STRATEGY_IDS.filter((id) => !byRules.has(id) && !analysis.includes(`'${id}'`));
  t.same(unoffered, [], 'no id that nothing offers');
  // The rules alone offer most of them; the rest come from wait, leak and thread-state findings.
  t.ok(byRules.size >= STRATEGY_IDS.length / 2, `${byRules.size} of ${STRATEGY_IDS.length} offered by rules`);
});
