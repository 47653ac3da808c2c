// The report's Bottlenecks section: per profile, ranked, with category,
// cause, where (function, file:line), share and evidence. Parts of an
// enclosing bottleneck are indented under it; their shares are included in it.

import { mdTable } from '../../base/format.js';
import { humanPct } from '../../base/human.js';
import { prose, where } from '../prose.js';
import { reportedBottlenecks } from '../findings.js';
import type { RunContents } from '../run-contents.js';

/** With a run-level diagnosis, only what findings do not cover (reportedBottlenecks). */
export function bottlenecksSection(c: RunContents): string {
  const bottlenecks = reportedBottlenecks(c);
  if (bottlenecks.length === 0) return '';
  const profiles = [...new Set(bottlenecks.map((b) => b.profileId))];
  const parts = [
    '## Bottlenecks',
    '',
    'Ranked by share: what removing the bottleneck entirely could save of that profile. Lines marked ↳ are parts of the bottleneck above them (already inside its share). Time in the runtime or a library is charged to the nearest caller in your code.',
  ];
  for (const profileId of profiles) {
    const list = bottlenecks.filter((b) => b.profileId === profileId);
    const rows = list.map((b) => [
      String(b.rank),
      b.parentId ? '↳' : '',
      b.category,
      b.cause,
      `\`${b.function}\``,
      where(c, b.file, b.line),
      humanPct(b.sharePct),
      prose(c, b.evidence[0] ?? ''),
    ]);
    parts.push('', `### ${profileId} (${list[0]!.kind ?? 'profile'})`, '', mdTable(['#', '', 'category', 'cause', 'function', 'where', 'share', 'evidence'], rows));
    const top = list.filter((b) => !b.parentId).slice(0, 3);
    for (const b of top) {
      parts.push('', `**#${b.rank} ${b.cause} in \`${b.function}\`** (${humanPct(b.sharePct)}, rule \`${b.ruleId ?? ''}\`, strategies: ${((b.strategies as string[] | undefined) ?? []).join(', ') || 'none'})`);
      for (const e of b.evidence.slice(1)) parts.push(`- ${prose(c, e)}`);
    }
  }
  return parts.join('\n');
}
