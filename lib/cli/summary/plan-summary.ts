// What perf-plan shows a person on a terminal instead of its records: the
// plan as a table (expected gain with its range, the metric, confidence, the
// item and where), the items to fix first marked, and the plan's verdict
// (lib/report/verdict.ts, as report.html says it). Pure: records in, text out.

import { basename } from 'node:path';
import { humanPct, humanText } from '../../base/human.js';
import { describePlanItem, fixFirst } from '../../report/fix-first.js';
import { shownLocation } from '../../report/paths.js';
import { groupRecords } from '../../report/run-contents.js';
import { verdictOf } from '../../report/verdict.js';
import type { AnyRecord, DiagnosticRecord, RunRecord } from '../../records/types.js';
import { heldBack, plural, textTable } from './table.js';

export interface PlanSummaryOptions {
  sourceRoot: string;
}

export function planSummary(records: AnyRecord[], options: PlanSummaryOptions): string {
  const run = records.find((r): r is RunRecord => r.type === 'run');
  const next = heldBack(records.length, '| perf-apply');
  if (!run) return `No run record in the input: nothing to plan.\n\n${next}\n`;
  const c = { ...groupRecords(run, records), sourceRoot: options.sourceRoot };
  const first = new Set(fixFirst(c).items.map((f) => f.item.id));
  const lines: string[] = [];
  if (c.planItems.length === 0) lines.push('No plan items.');
  else {
    const rows = c.planItems.map((item, i) => {
      const d = describePlanItem(c, item);
      const g = item.expectedGainPct;
      const where = shownLocation(d.file, d.line, c.sourceRoot) || d.function;
      // Titles often name the place already ("... (server.js:57)"): said once.
      const named = d.file !== '' && item.title.includes(`${basename(d.file)}:${d.line}`);
      return [`${first.has(item.id) ? '*' : ' '}${i + 1}`, humanPct(g.expected), `${humanPct(g.low)} to ${humanPct(g.high)}`, d.metric, item.confidence, `${item.title}${where && !named ? `  ${where}` : ''}`];
    });
    lines.push(`Plan, ${plural(c.planItems.length, 'item')} (* fix these first):`);
    lines.push(...textTable(['#', 'gain', 'range', 'metric', 'confidence', 'item'], rows, ['right', 'right', 'left', 'left', 'left', 'left']));
  }
  const notes = records.filter((r): r is DiagnosticRecord => r.type === 'diagnostic' && r.stage === 'perf-plan');
  if (notes.length > 0) lines.push('', ...notes.map((d) => humanText(d.message)));
  lines.push('', ...verdictOf(c).sentences.map(humanText), '', next);
  return `${lines.join('\n')}\n`;
}
