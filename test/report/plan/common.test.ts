// What plan.md and tasks.md share, on real records: one combined estimate per
// metric (not the sum of the items' gains), target lines in the metric's unit,
// and the earlier items' checks of a run compared with its baseline.
import t from 'tap';
import { checkLine, combinedEstimates, estimateOf, gainText, planChecks, statusCounts, targetLine, verificationOf } from '../../../lib/report/plan/common.js';
import { runContents } from '../sections/contents.js';
import { demoContents } from '../demo-run.js';

t.test("one combined estimate per metric, at most the items' sum, at least the best item", async (t) => {
  const c = demoContents();
  const combined = combinedEstimates(c.planItems);
  t.same(combined.flatMap((g) => g.items.map((i) => i.id)).sort(), c.planItems.map((i) => i.id).sort(), 'every item in one group');
  for (const g of combined) {
    t.ok(g.items.every((i) => estimateOf(i).basis === g.basis), `${g.label}: items of one basis`);
    const gains = g.items.map((i) => i.expectedGainPct.expected);
    t.ok(g.gain.expected <= gains.reduce((a, b) => a + b, 0) + 1e-9, `${g.label}: not more than the sum (${g.gain.expected} <= ${gains.join(' + ')})`);
    t.ok(g.gain.expected >= Math.max(...gains) - 0.01, `${g.label}: at least the best item`);
    t.ok(g.gain.low <= g.gain.expected && g.gain.expected <= g.gain.high);
  }
});

t.test('target lines in the unit of the metric', async (t) => {
  const c = demoContents();
  for (const item of c.planItems) {
    const v = verificationOf(item);
    const line = targetLine(item);
    if (v.current !== undefined && v.targetValue !== undefined) t.match(line, new RegExp(`^metric ${v.metric}, current .+, target [≤≥] .+$`), item.id);
    else t.equal(line, String(v.target));
  }
  t.equal(gainText({ low: 1.5, expected: 3, high: 7.25 }), '3% (range 1.5–7.25%)');
});

t.test("the checks of a run against its baseline's plan", async (t) => {
  const c = await runContents();
  const checks = planChecks(c);
  t.ok(checks.length >= 1, `${checks.length} checks`);
  for (const k of checks) t.match(checkLine(k), new RegExp(`^${k.itemId} .*: \\*\\*${k.status}\\*\\*: .*; estimated gain [\\d.]+–[\\d.]+% of ${k.metric}, measured `));
  const counts = statusCounts(checks);
  t.match(counts, new RegExp(` of ${checks.length}$`));
  const n = [...counts.matchAll(/(\d+) [a-z-]+/g)].reduce((s, m) => s + Number(m[1]), 0);
  t.equal(n, checks.length, 'the counts add up');
});
