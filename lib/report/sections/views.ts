// The report's Views section: hot lines with source excerpts, value by
// origin/package/file, and callers and callees of the top functions.

import { formatValue, location, mdTable, pct } from '../../base/format.js';
import type { RunContents } from '../run-contents.js';
import type { CallgraphRecord, GroupRecord, HotlineRecord } from '../../records/types.js';

/** Group rows shown per grouping in the report (the records keep --top). */
const GROUP_ROWS = 8;

function hotLines(lines: HotlineRecord[]): string {
  if (lines.length === 0) return '';
  const out = ['#### Hot lines'];
  for (const fn of [...new Set(lines.map((l) => `${l.function}\u0000${l.file}`))]) {
    const mine = lines.filter((l) => `${l.function}\u0000${l.file}` === fn);
    const first = mine[0]!;
    out.push('', `\`${first.function}\` ${first.file}`, '', mdTable(['line', 'flat', 'flat%', 'cum', 'cum%'], mine.map((l) => [String(l.line), formatValue(l.self, l.unit), pct(l.selfPct), formatValue(l.cum, l.unit), pct(l.cumPct)])));
    const top = mine.find((l) => l.excerpt);
    if (top?.excerpt) {
      const width = String(top.excerpt[top.excerpt.length - 1]!.line).length;
      const text = top.excerpt.map((e) => `${e.line === top.line ? '>' : ' '} ${String(e.line).padStart(width)} | ${e.text}`).join('\n');
      out.push('', '```', text.replace(/```/g, "'''"), '```');
    }
  }
  return out.join('\n');
}

function groups(list: GroupRecord[]): string {
  const out: string[] = [];
  for (const by of ['origin', 'package', 'file'] as const) {
    const rows = list.filter((g) => g.by === by).slice(0, GROUP_ROWS).map((g) => [g.name, formatValue(g.self, g.unit), pct(g.selfPct), formatValue(g.cum, g.unit), pct(g.cumPct)]);
    if (rows.length > 0) out.push(`#### By ${by}\n\n${mdTable([by, 'flat', 'flat%', 'cum', 'cum%'], rows)}`);
  }
  return out.join('\n\n');
}

function calls(list: CallgraphRecord[]): string {
  if (list.length === 0) return '';
  const edge = (e: { function: string; pct: number }) => `\`${e.function}\` ${pct(e.pct)}`;
  const rows = list.map((g) => [`\`${g.function}\``, location(g.file, 0), pct(g.cumPct), g.callers.map(edge).join(', '), g.callees.map(edge).join(', ')]);
  return `#### Callers and callees\n\n${mdTable(['function', 'file', 'cum%', 'callers', 'callees'], rows)}`;
}

export function viewsSection(c: RunContents): string {
  const of = <T>(type: string) => c.all.filter((r) => r.type === type) as unknown as T[];
  const [lines, groupList, graph] = [of<HotlineRecord>('hotline'), of<GroupRecord>('group'), of<CallgraphRecord>('callgraph')];
  const profiles = [...new Set([...lines, ...groupList, ...graph].map((r) => r.profileId))];
  if (profiles.length === 0) return '';
  const parts = profiles.map((id) => {
    const body = [hotLines(lines.filter((l) => l.profileId === id)), groups(groupList.filter((g) => g.profileId === id)), calls(graph.filter((g) => g.profileId === id))].filter(Boolean);
    return [`### ${id}`, ...body].join('\n\n');
  });
  return `## Views\n\n${parts.join('\n\n')}`;
}
