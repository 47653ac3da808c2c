// Views -> records: hot lines (with a source excerpt when the file is
// readable), groups by file/package/origin, callers and callees. Pure apart
// from the injected source lookup. Sorted with explicit tie-breaks.

import { functionKey } from '../model/profile.js';
import type { CallEdge, CallgraphRecord, GroupRecord, HotlineRecord, ProfileRecord } from '../records/types.js';
import { percentOf, type FunctionStat, type HotspotView } from './hotspots.js';
import type { SourceLookup } from './source-files.js';
import { GROUP_BYS, type Views } from './views.js';

/** Views list at most this many functions: past ten, a reader stops reading. */
export const VIEW_FUNCTIONS = 10;
/** Hot lines per function, and callers/callees per function. */
export const LINES_PER_FUNCTION = 5;
export const EDGES_PER_FUNCTION = 5;
/** Lines of source shown on each side of a hot line. */
export const EXCERPT_CONTEXT = 2;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function viewFunctions(bySelf: FunctionStat[], byCum: FunctionStat[], top: number): { lines: FunctionStat[]; calls: FunctionStat[] } {
  const n = Math.min(top, VIEW_FUNCTIONS);
  return { lines: bySelf.slice(0, n), calls: byCum.slice(0, n) };
}

function excerptOf(lines: readonly string[] | undefined, line: number): { line: number; text: string }[] | undefined {
  if (!lines || line < 1 || line > lines.length) return undefined;
  const out = [];
  for (let n = Math.max(1, line - EXCERPT_CONTEXT); n <= Math.min(lines.length, line + EXCERPT_CONTEXT); n++) out.push({ line: n, text: lines[n - 1]! });
  return out;
}

export function hotlineRecords(p: ProfileRecord, view: HotspotView, views: Views, fns: FunctionStat[], source?: SourceLookup): HotlineRecord[] {
  return fns.flatMap((f, fi) => {
    const lines = [...(views.lines.get(functionKey({ name: f.name, file: f.file, line: 0, column: 0 }))?.entries() ?? [])]
      .filter(([line, t]) => line > 0 && t.self + t.cum > 0)
      .sort((a, b) => b[1].self - a[1].self || b[1].cum - a[1].cum || a[0] - b[0])
      .slice(0, LINES_PER_FUNCTION);
    return lines.map(([line, t], i) => {
      const record: HotlineRecord = {
        type: 'hotline', v: 1, runId: p.runId, profileId: p.profileId, function: f.name, file: f.file, line, rank: i + 1, functionRank: fi + 1,
        self: t.self, cum: t.cum, selfPct: percentOf(t.self, view.total), cumPct: percentOf(t.cum, view.total), unit: view.unit, sampleType: view.sampleType,
      };
      const excerpt = excerptOf(source?.(f.file), line);
      if (excerpt) record.excerpt = excerpt;
      return record;
    });
  });
}

export function groupRecords(p: ProfileRecord, view: HotspotView, views: Views, top: number): GroupRecord[] {
  return GROUP_BYS.flatMap((by) =>
    [...views.groups[by].entries()]
      .filter(([, t]) => t.cum > 0)
      .sort((a, b) => b[1].self - a[1].self || b[1].cum - a[1].cum || cmp(a[0], b[0]))
      .slice(0, top)
      .map(([name, t], i) => ({
        type: 'group' as const, v: 1, runId: p.runId, profileId: p.profileId, by, name, rank: i + 1,
        self: t.self, cum: t.cum, selfPct: percentOf(t.self, view.total), cumPct: percentOf(t.cum, view.total), unit: view.unit, sampleType: view.sampleType,
      })),
  );
}

function edges(map: Map<string, number> | undefined, total: number): CallEdge[] {
  return [...(map?.entries() ?? [])]
    .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
    .slice(0, EDGES_PER_FUNCTION)
    .map(([key, value]) => {
      const [name, file] = key.split('\u0000') as [string, string];
      return { function: name, file, value, pct: percentOf(value, total) };
    });
}

export function callgraphRecords(p: ProfileRecord, view: HotspotView, views: Views, fns: FunctionStat[]): CallgraphRecord[] {
  return fns.map((f, i) => {
    const key = functionKey({ name: f.name, file: f.file, line: 0, column: 0 });
    return {
      type: 'callgraph', v: 1, runId: p.runId, profileId: p.profileId, function: f.name, file: f.file, rank: i + 1,
      cum: f.cum, cumPct: percentOf(f.cum, view.total), unit: view.unit, sampleType: view.sampleType,
      callers: edges(views.callers.get(key), view.total), callees: edges(views.callees.get(key), view.total),
    };
  });
}
