// The report's Views section: hot lines with source excerpts, value by
// origin/package/file, and callers and callees of the top functions.

import { mdTable } from '../../base/format.js';
import { humanPct, humanValue } from '../../base/human.js';
import { where } from '../prose.js';
import type { RunContents } from '../run-contents.js';
import type { CallgraphRecord, GroupRecord, HotlineRecord } from '../../records/types.js';

/** Group rows shown per grouping in the report (the records keep --top). */
const GROUP_ROWS = 8;

function hotLines(c: RunContents, lines: HotlineRecord[]): string {
  if (lines.length === 0) return '';
  const out = ['#### Hot lines'];
  for (const fn of [...new Set(lines.map((l) => `${l.function}\u0000${l.file}`))]) {
    const mine = lines.filter((l) => `${l.function}\u0000${l.file}` === fn);
    const first = mine[0]!;
    out.push('', `\`${first.function}\` ${where(c, first.file, 0)}`, '', mdTable(['line', 'flat', 'flat%', 'cum', 'cum%'], mine.map((l) => [String(l.line), humanValue(l.self, l.unit), humanPct(l.selfPct), humanValue(l.cum, l.unit), humanPct(l.cumPct)])));
    const top = mine.find((l) => l.excerpt);
    if (top?.excerpt) {
      const width = String(top.excerpt[top.excerpt.length - 1]!.line).length;
      const text = top.excerpt.map((e) => `${e.line === top.line ? '>' : ' '} ${String(e.line).padStart(width)} | ${e.text}`).join('\n');
      out.push('', '```', text.replace(/```/g, "'''"), '```');
    }
  }
  return out.join('\n');
}

function groups(c: RunContents, list: GroupRecord[]): string {
  const out: string[] = [];
  for (const by of ['origin', 'package', 'file'] as const) {
    const rows = list.filter((g) => g.by === by).slice(0, GROUP_ROWS).map((g) => [by === 'file' ? where(c, g.name, 0) : g.name, humanValue(g.self, g.unit), humanPct(g.selfPct), humanValue(g.cum, g.unit), humanPct(g.cumPct)]);
    if (rows.length > 0) out.push(`#### By ${by}\n\n${mdTable([by, 'flat', 'flat%', 'cum', 'cum%'], rows)}`);
  }
  return out.join('\n\n');
}

function calls(c: RunContents, list: CallgraphRecord[]): string {
  if (list.length === 0) return '';
  const edge = (e: { function: string; pct: number }) => `\`${e.function}\` ${humanPct(e.pct)}`;
  const rows = list.map((g) => [`\`${g.function}\``, where(c, g.file, 0), humanPct(g.cumPct), g.callers.map(edge).join(', '), g.callees.map(edge).join(', ')]);
  return `#### Callers and callees\n\n${mdTable(['function', 'file', 'cum%', 'callers', 'callees'], rows)}`;
}

export function viewsSection(c: RunContents): string {
  const of = <T>(type: string) => c.all.filter((r) => r.type === type) as unknown as T[];
  const [lines, groupList, graph] = [of<HotlineRecord>('hotline'), of<GroupRecord>('group'), of<CallgraphRecord>('callgraph')];
  const profiles = [...new Set([...lines, ...groupList, ...graph].map((r) => r.profileId))];
  if (profiles.length === 0) return '';
  const parts = profiles.map((id) => {
    const body = [hotLines(c, lines.filter((l) => l.profileId === id)), groups(c, groupList.filter((g) => g.profileId === id)), calls(c, graph.filter((g) => g.profileId === id))].filter(Boolean);
    return [`### ${id}`, ...body].join('\n\n');
  });
  return `## Views\n\n${parts.join('\n\n')}`;
}
