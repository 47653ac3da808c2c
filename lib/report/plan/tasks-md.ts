// tasks.md: the plan as a checklist a team can work from, one task per plan
// item with its target, the link to its plan.md section, the estimated gain
// and the command that verifies it. Earlier tasks (a baseline run's) are
// ticked when this run's evidence says they are done (lib/compare/plan-check.ts).

import { relativeText } from '../paths.js';
import type { RunContents } from '../run-contents.js';
import { anchorOf, checkLine, gainText, planChecks, targetLine, verificationOf } from './common.js';

/** `planLink` is the path of plan.md relative to where tasks.md is written. */
export function renderTasksMd(c: RunContents, planLink: string): string {
  const lines = [`# Performance tasks: ${c.run.runId}`, '', `From the optimization plan [plan.md](${planLink}), ordered by expected gain.`, ''];
  if (c.planItems.length === 0) lines.push('No tasks: the plan has no items.');
  for (const item of c.planItems) {
    const v = verificationOf(item);
    lines.push(`- [ ] ${item.id} ${item.title}`);
    lines.push(`  - Target: ${targetLine(item)}`);
    lines.push(`  - Estimated gain: ${gainText(item.expectedGainPct)} of ${v.metric} (confidence ${item.confidence})`);
    lines.push(`  - Plan: [${item.id}](${planLink}#${anchorOf(item)})`);
    for (const cmd of v.commands) lines.push(`  - Verify: \`${cmd}\``);
    if (v.regressionGuard) lines.push(`  - Guard: ${relativeText(v.regressionGuard, c.sourceRoot)}`);
  }
  const checks = planChecks(c);
  for (const base of [...new Set(checks.map((k) => k.baselineRunId))]) {
    lines.push('', `## Earlier tasks: run ${base}`, '');
    for (const k of checks.filter((x) => x.baselineRunId === base)) lines.push(`- [${k.status === 'done' ? 'x' : ' '}] ${checkLine(k)}`);
  }
  return lines.join('\n') + '\n';
}
