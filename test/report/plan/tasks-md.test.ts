// tasks.md of the demo run: one unticked task per plan item, linked to its
// plan.md section by the path given, with its target, gain and verify command.
import t from 'tap';
import { anchorOf, verificationOf } from '../../../lib/report/plan/common.js';
import { renderPlanMd } from '../../../lib/report/plan/plan-md.js';
import { renderTasksMd } from '../../../lib/report/plan/tasks-md.js';
import { demoContents } from '../demo-run.js';

const c = demoContents();

t.test('a task per item, each link landing on an anchor of plan.md', async (t) => {
  const md = renderTasksMd(c, '../plan.md');
  t.match(md, new RegExp(`^# Performance tasks: ${c.run.runId}\n\nFrom the optimization plan \\[plan\\.md\\]\\(\\.\\./plan\\.md\\), ordered by expected gain\\.\n`));
  const tasks = [...md.matchAll(/^- \[ \] (\S+) /gm)].map((m) => m[1]);
  t.same(tasks, c.planItems.map((i) => i.id));
  const plan = renderPlanMd(c);
  for (const item of c.planItems) {
    t.match(md, `  - Plan: [${item.id}](../plan.md#${anchorOf(item)})`);
    t.ok(plan.includes(`<a id="${anchorOf(item)}"></a>`), `${item.id}: the anchor exists in plan.md`);
    for (const cmd of verificationOf(item).commands) t.match(md, `  - Verify: \`${cmd}\``);
    t.match(md, new RegExp(`  - Estimated gain: .* of ${verificationOf(item).metric} \\(confidence ${item.confidence}\\)`));
  }
  t.notMatch(md, /^- \[x\]/m, 'no baseline: nothing ticked');
});

t.test('no items: says so', async (t) => {
  t.match(renderTasksMd({ ...c, planItems: [] }, 'plan.md'), /No tasks: the plan has no items\./);
});
