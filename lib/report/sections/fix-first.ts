// The top of report.md: the verdict in a sentence or two, then "Fix this
// first" (the few plan items that give most of the plan's gain, each with its
// expected gain, where and why), so the answer is on the first screen.

import { humanPct } from '../../base/human.js';
import { fixFirst } from '../fix-first.js';
import { anchorOf } from '../plan/common.js';
import { bareTitle, prose, where } from '../prose.js';
import type { RunContents } from '../run-contents.js';
import { verdictOf } from '../verdict.js';

export function fixFirstSection(c: RunContents): string {
  const first = fixFirst(c);
  const verdict = verdictOf(c, first);
  const parts = ['## Verdict', '', verdict.sentences.map((s) => prose(c, s)).join(' ')];
  if (first.items.length > 0) {
    parts.push('', '### Fix this first', '');
    first.items.forEach((f, i) => {
      const g = f.item.expectedGainPct;
      const at = where(c, f.file, f.line);
      parts.push(
        `${i + 1}. **[${f.item.id}](plan.md#${anchorOf(f.item)}) ${bareTitle(f.item.title)}**${at ? ` at \`${at}\`` : ''}: ` +
          `${humanPct(g.expected)} off ${f.metric} expected (${humanPct(g.low)} to ${humanPct(g.high)}). ${prose(c, f.why)}.`,
      );
    });
  }
  return parts.join('\n');
}
