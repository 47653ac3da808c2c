// The report's Plan section: the plan items at a glance, linking to plan.md.

import { mdTable } from '../../base/format.js';
import { humanPct } from '../../base/human.js';
import type { Range } from '../../plan/strategies.js';
import { anchorOf, combinedEstimates, planChecks, statusCounts } from '../plan/common.js';
import type { RunContents } from '../run-contents.js';

/** "27.7% (15.8–35.7%)" */
const gainText = (g: Range): string => `${humanPct(g.expected)} (${humanPct(g.low)}\u2013${humanPct(g.high)})`;

export function planSection(c: RunContents): string {
  const checks = planChecks(c);
  if (c.planItems.length === 0 && checks.length === 0) return c.bottlenecks.length > 0 || c.findings.length > 0 ? '## Plan\n\nNo plan items: no finding has a catalogued strategy above --min-gain.' : '';
  const parts = ['## Plan', '', `The full plan with methods and verification commands: [plan.md](plan.md).`];
  if (c.planItems.length > 0) {
    parts.push('', mdTable(['id', 'task', 'expected gain', 'confidence'], c.planItems.map((i) => [`[${i.id}](plan.md#${anchorOf(i)})`, i.title, gainText(i.expectedGainPct), i.confidence])));
    for (const g of combinedEstimates(c.planItems)) parts.push('', `All items together on ${g.label}: ${gainText(g.gain)} (shares combined, Amdahl applied once, not summed).`);
  }
  if (checks.length > 0) {
    parts.push('', `Earlier plan: ${statusCounts(checks)} items (see [Plan check](#plan-check)).`);
  }
  return parts.join('\n');
}
