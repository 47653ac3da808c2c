// The plan's files in a run: plan.md in the run folder, and tasks.md either
// as a preview (.spec/reports/previews/<runId>/) or, with --apply, in the run
// folder, never replacing an existing one. Runs with neither plan items nor
// baseline checks get no plan files.

import { PREVIEWS_DIR, runDir, type OutputProducer } from '../run-folder.js';
import { planChecks } from './common.js';
import { renderPlanMd } from './plan-md.js';
import { renderTasksMd } from './tasks-md.js';

export const planFiles: OutputProducer = (c, { apply }) => {
  if (c.planItems.length === 0 && planChecks(c).length === 0) return [];
  const dir = runDir(c.run.runId);
  const plan = { path: `${dir}/plan.md`, content: renderPlanMd(c) };
  const tasks = apply
    ? { path: `${dir}/tasks.md`, content: renderTasksMd(c, 'plan.md'), options: { overwrite: false } }
    : { path: `${PREVIEWS_DIR}/${c.run.runId}/tasks.md`, content: renderTasksMd(c, `../../performance/${c.run.runId}/plan.md`) };
  return [plan, tasks];
};
