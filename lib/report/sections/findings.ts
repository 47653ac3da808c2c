// The report's Findings section: the run's one diagnosis. One row per
// location of the user's code, in order of expected gain, with the evidence
// of every profile; under the table what each one is and why.

import { mdTable } from '../../base/format.js';
import { humanPct } from '../../base/human.js';
import { prose, where } from '../prose.js';
import { evidenceLine, findingRows, findingWhere } from '../findings.js';
import type { RunContents } from '../run-contents.js';

/** Findings explained in full under the table. */
const DETAILED = 5;

export function findingsSection(c: RunContents): string {
  const rows = findingRows(c);
  const run = c.diagnostics.find((d) => d.code === 'run-diagnosis' && (d.runId === undefined || d.runId === c.run.runId));
  if (rows.length === 0) return run ? `## Findings\n\nNo location of your code holds 1% or more of the run. ${run.message}.` : '';
  const parts = [
    '## Findings',
    '',
    'One per location of your code, from every profile and process of the run, ordered by the gain the plan expects. ' +
      'Time in the runtime or a library is charged to your calling function; GC time to the code that allocates.',
  ];
  if (run) parts.push('', `In short: ${prose(c, run.message)}.`);
  const table = rows.map(({ finding: f, items }, i) => [
    String(i + 1),
    f.category,
    f.cause,
    `\`${f.function}\``,
    findingWhere(f, c.sourceRoot),
    humanPct(f.impact.sharePct),
    items[0] ? `${items[0].id}: ${humanPct(items[0].expectedGainPct.expected)}` : '—',
    evidenceLine(f),
  ]);
  parts.push('', mdTable(['#', 'category', 'cause', 'function', 'where', 'share of run', 'plan (expected gain)', 'evidence'], table));
  for (const { finding: f, items } of rows.slice(0, DETAILED)) {
    // A finding without a file (folded stacks, perf without debug info) has no location to show.
    const about = [where(c, f.file, f.line), `decision \`${f.decision}\``].filter((x) => x !== '').join('; ');
    parts.push('', `**${f.id} ${f.category}, ${f.cause} in \`${f.function}\`** (${about})`, '', `- Why: ${prose(c, f.why)}.`);
    for (const e of f.evidence) parts.push(`- ${e.resource}: ${prose(c, e.text)}`);
    for (const p of f.parts) parts.push(`- part: ${prose(c, p.text)}`);
    if (items[0]) parts.push(`- Plan: [${items[0].id}](plan.md#${items[0].id.toLowerCase()}) ${items[0].title}`);
  }
  return parts.join('\n');
}
