// What perf-apply (and so perf-profiler) shows a person on a terminal instead
// of artifact records: the verdict, the items to fix first with their gain
// and place, the targets, and the report's absolute path as the last line (to
// click or copy). Pure: the run's contents in, text out. The verdict and the
// items are the report's own (lib/report/verdict.ts, fix-first.ts), so the
// terminal and report.html name the same things.

import { humanPct, humanText } from '../../base/human.js';
import { fixFirst } from '../../report/fix-first.js';
import { shownLocation } from '../../report/paths.js';
import type { RunContents } from '../../report/run-contents.js';
import { targetRows } from '../../report/targets.js';
import { verdictOf } from '../../report/verdict.js';

export interface RunSummaryInput {
  contents: RunContents;
  /** Absolute path of report.html (or report.md when there is no html). */
  reportPath: string;
  files: number;
  dryRun: boolean;
}

export function runSummary({ contents: c, reportPath, files, dryRun }: RunSummaryInput): string {
  const first = fixFirst(c);
  const verdict = verdictOf(c, first);
  const scenario = typeof c.run.scenario?.name === 'string' ? `, scenario ${c.run.scenario.name}` : '';
  const lines = [`Run ${c.run.runId}${scenario}, profiler ${c.run.profiler}`, ...verdict.sentences.map(humanText), ''];
  if (first.items.length > 0) {
    lines.push('Fix this first:');
    first.items.forEach((f, i) => {
      const gain = f.item.expectedGainPct;
      const where = shownLocation(f.file, f.line, c.sourceRoot) || f.function;
      lines.push(`  ${i + 1}. ${f.item.title}`);
      lines.push(`     ${humanPct(gain.expected)} of ${f.metric} (${humanPct(gain.low)} to ${humanPct(gain.high)}) at ${where}`);
      if (f.why) lines.push(`     ${humanText(f.why)}`);
    });
    lines.push('');
  }
  const targets = targetRows(c);
  if (targets.length > 0) {
    lines.push('Targets:');
    for (const t of targets) lines.push(`  ${t.label} ${t.wanted}: ${t.status === 'not measured' ? 'not measured' : `${t.measured}, ${t.status}`}`);
    lines.push('');
  }
  lines.push(`${dryRun ? 'Would write' : 'Wrote'} ${files} files; the report:`, reportPath);
  return `${lines.join('\n')}\n`;
}
