// plan.md: the optimization plan of a run, one section per plan item in
// order of expected gain, each with a stable anchor (#perf-001), plus the
// combined estimate and, with a baseline, whether earlier targets are met.

import { mdTable } from '../../base/format.js';
import type { RunContents } from '../run-contents.js';
import type { PlanItemRecord } from '../../records/types.js';
import { relativeText } from '../paths.js';
import { anchorOf, checkLine, combinedEstimates, estimateOf, gainText, planChecks, targetLine, verificationOf } from './common.js';

function combinedSection(c: RunContents): string {
  const rows = combinedEstimates(c.planItems).map((g) => [
    g.label,
    g.items.map((i) => i.id).join(', '),
    `${g.removedPct.low}–${g.removedPct.high}% (expected ${g.removedPct.expected}%)`,
    gainText({ low: g.gain.low, expected: g.gain.expected, high: g.gain.high }),
  ]);
  return [
    '## Combined estimate',
    '',
    'Doing every item: the shares each strategy removes are combined first, counting each sample once (a nested',
    "bottleneck's time lies inside its parent's, so the parent's or the child's strategy claims it, whichever removes more),",
    "then Amdahl's law is applied once. This is not the sum of the items' gains.",
    '',
    mdTable(['metric', 'items', 'share of the metric removed', 'gain'], rows),
  ].join('\n');
}

// The plan keeps its numbers exact (its method shows the arithmetic); only paths are shortened.
function itemSection(c: RunContents, item: PlanItemRecord): string {
  const rel = (text: string) => relativeText(text, c.sourceRoot);
  const v = verificationOf(item);
  const e = estimateOf(item);
  const alternatives = (item['alternatives'] as { strategyId: string; strategy: string; expectedGainPct: PlanItemRecord['expectedGainPct'] }[] | undefined) ?? [];
  const lines = [
    `<a id="${anchorOf(item)}"></a>`,
    '',
    `### ${item.id}: ${item.title}`,
    '',
    `- **What and where**: ${rel(item.description)}`,
    `- **Strategy** (\`${String(item['strategyId'] ?? '')}\`): ${rel(item.strategy)}`,
    `- **Expected gain**: ${gainText(item.expectedGainPct)} of ${v.metric}, confidence ${item.confidence}`,
    `- **Method**: ${rel(item.method)}`,
  ];
  if (e.parentBottleneckId) lines.push(`- **Nested**: inside bottleneck ${e.parentBottleneckId}; its gain is not additive with that item's.`);
  for (const alt of alternatives) lines.push(`- **Alternative** (\`${alt.strategyId}\`, ${gainText(alt.expectedGainPct)}): ${rel(alt.strategy)}`);
  lines.push(`- **Target**: ${v.target} (${targetLine(item)}; the low end of the estimate)`);
  lines.push('- **Verify** (re-measure with this run as the baseline):', '', ...v.commands.map((cmd) => `  \`\`\`sh\n  ${cmd}\n  \`\`\``));
  if (v.regressionGuard) lines.push('', `- **Guard against regression**: ${rel(v.regressionGuard)}`);
  return lines.join('\n');
}

export function renderPlanMd(c: RunContents): string {
  const items = c.planItems;
  const checks = planChecks(c);
  const parts = [`# Optimization plan: ${c.run.runId}`];
  if (items.length === 0) parts.push('No plan items: no bottleneck in this run has a catalogued strategy (or all fell below --min-gain).');
  else {
    parts.push(`${items.length} item${items.length === 1 ? '' : 's'}, ordered by expected gain. Gains are percentages of the metric named in each item.`);
    const rows = items.map((i) => [`[${i.id}](#${anchorOf(i)})`, i.title, gainText(i.expectedGainPct), i.confidence]);
    parts.push(mdTable(['id', 'task', 'expected gain', 'confidence'], rows));
    parts.push(combinedSection(c));
  }
  if (checks.length > 0) {
    const byBaseline = [...new Set(checks.map((k) => k.baselineRunId))];
    for (const base of byBaseline) {
      parts.push(`## Earlier plan: run ${base}\n\n${checks.filter((k) => k.baselineRunId === base).map((k) => `- ${checkLine(k)}`).join('\n')}`);
    }
  }
  if (items.length > 0) parts.push(`## Items\n\n${items.map((i) => itemSection(c, i)).join('\n\n')}`);
  return parts.join('\n\n') + '\n';
}
