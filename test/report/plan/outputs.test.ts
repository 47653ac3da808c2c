// The plan's files: plan.md in the run folder; tasks.md as a preview linking
// back to it, or with --apply in the run folder, never replacing one there.
import t from 'tap';
import { planFiles } from '../../../lib/report/plan/outputs.js';
import { renderPlanMd } from '../../../lib/report/plan/plan-md.js';
import { PREVIEWS_DIR, runDir } from '../../../lib/report/run-folder.js';
import { demoContents } from '../demo-run.js';

const c = demoContents();
const dir = runDir(c.run.runId);

t.test('a preview by default, the run folder with --apply', async (t) => {
  const [plan, tasks] = planFiles(c, { apply: false });
  t.equal(plan!.path, `${dir}/plan.md`);
  t.equal(plan!.content, renderPlanMd(c));
  t.equal(tasks!.path, `${PREVIEWS_DIR}/${c.run.runId}/tasks.md`);
  t.match(String(tasks!.content), `[plan.md](../../performance/${c.run.runId}/plan.md)`, 'the preview links back into the run folder');
  const applied = planFiles(c, { apply: true });
  t.same(applied.map((f) => f.path), [`${dir}/plan.md`, `${dir}/tasks.md`]);
  t.same(applied[1]!.options, { overwrite: false }, 'an existing tasks.md is kept');
  t.match(String(applied[1]!.content), '[plan.md](plan.md)');
});

t.test('no items and no checks: no plan files', async (t) => {
  t.same(planFiles({ ...c, planItems: [], all: c.all.filter((r) => r.type !== 'plan-check') }, { apply: true }), []);
});
