// Findings -> ranked bottleneck records. A user function with several
// findings (say GC time and its own allocation loop) also gets an enclosing
// bottleneck: its share is what removing the function would save, and the
// findings inside carry its id as parentId, so top-level shares are disjoint
// and never sum past 100%.

import type { Profile, ProfileKind } from '../model/profile.js';
import type { BottleneckRecord } from '../records/types.js';
import { HOT_FUNCTION } from '../rules/thresholds.js';
import type { FunctionStat, HotspotView } from './hotspots.js';
import type { Finding } from './findings.js';
import { samplesOf, significantlyAbove } from './significance.js';
import type { FunctionRef } from './attribute.js';

export interface BottleneckContext {
  runId: string;
  profileId: string;
  kind: ProfileKind;
  profile: Profile;
  view: HotspotView;
  source?: (file: string) => readonly string[] | undefined;
}

export interface BottleneckResult {
  records: BottleneckRecord[];
  /** Findings under the floor: how many and their combined share, so nothing vanishes silently. */
  below: { count: number; sharePct: number };
}

/** Shares are floored to 4 decimals so rounding can never push a sum past 100. */
export function sharePct(value: number, total: number): number {
  return total <= 0 ? 0 : Math.floor((value / total) * 1e6) / 1e4;
}

const fnKey = (fn: FunctionRef) => `${fn.name}\u0000${fn.file}`;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function hottestLine(lines: Map<number, number>): number {
  let best = 0;
  let bestValue = -1;
  for (const [line, v] of lines) if (v > bestValue || (v === bestValue && line < best)) [best, bestValue] = [line, v];
  return Math.max(0, best);
}

function evidenceOf(f: Finding, c: BottleneckContext, total: number): string[] {
  const unit = c.view.unit;
  const share = sharePct(f.value, total);
  const out = [`${share}% of ${c.view.sampleType} (${f.value} ${unit}, ${f.samples} samples) charged to ${f.fn.name}${f.fn.file ? ` in ${f.fn.file}` : ''}`];
  const hits = [...f.hits.values()].sort((x, y) => y.value - x.value || cmp(x.fn.name, y.fn.name)).slice(0, 3);
  if (hits.length > 0) out.push(`inside: ${hits.map((h) => `${h.fn.name} ${sharePct(h.value, total)}%`).join(', ')}`);
  const line = hottestLine(f.lines);
  const text = line > 0 ? c.source?.(f.fn.file)?.[line - 1]?.trim() : undefined;
  if (text) out.push(`hot line ${f.fn.file}:${line} (${sharePct(f.lines.get(line) ?? 0, total)}%): ${text.slice(0, 160)}`);
  out.push(`rule ${f.rule.id}: ${f.rule.explain} (threshold ${f.rule.minShare.value}${f.rule.minShare.unit})`);
  return [...out, ...f.notes];
}

function framesOf(c: BottleneckContext, sample: number, user: boolean): { callPath: { function: string; file: string; line: number }[] } {
  const stack = c.profile.samples[sample]?.stack ?? [];
  const frames = stack.map((id) => c.profile.frames[id]!).reverse();
  const ref = frames.map((f) => ({ function: f.name, file: f.file, line: Math.max(0, f.line) }));
  return { callPath: user ? ref : ref.slice(0, 64) };
}

function statOf(view: HotspotView): Map<string, FunctionStat> {
  return new Map(view.functions.map((s) => [`${s.name}\u0000${s.file}`, s]));
}

export function bottleneckRecords(findings: Finding[], c: BottleneckContext): BottleneckResult {
  const total = c.view.total;
  const floor = HOT_FUNCTION.value;
  const samples = samplesOf(c.profile);
  // Above the floor as read, and for profiles of sampled time also with 95% confidence given the samples
  // (significance.ts). Heap, allocation and delay profiles are not draws of time: a tracemalloc retention
  // profile holds one sample per traceback, and the leak's one traceback holding 6 MB read as 1 of 45
  // samples, under the floor, so a real leak lost its site (memory-leak-python, in CI).
  const sampled = c.kind === 'cpu' || c.kind === 'wall';
  const kept = findings.filter((f) => (f.value / total) * 100 >= floor && (!sampled || significantlyAbove(f.samples, samples, floor)));
  const dropped = findings.filter((f) => !kept.includes(f));
  const stats = statOf(c.view);
  type Draft = { record: BottleneckRecord; value: number; parentKey?: string; key: string };
  const drafts: Draft[] = [];
  const perFn = new Map<string, Finding[]>();
  for (const f of kept) if (f.user) perFn.set(fnKey(f.fn), [...(perFn.get(fnKey(f.fn)) ?? []), f]);
  const draftOf = (f: Finding, key: string, parentKey?: string): Draft => {
    const stat = stats.get(fnKey(f.fn));
    const path = framesOf(c, f.heaviest, f.user);
    let cut = path.callPath.length - 1;
    while (cut >= 0 && !(path.callPath[cut]!.function === f.fn.name && path.callPath[cut]!.file === f.fn.file)) cut--;
    const hits = [...f.hits.values()].sort((x, y) => y.value - x.value || cmp(x.fn.name, y.fn.name)).slice(0, 10);
    const line = hottestLine(f.lines);
    return {
      key,
      parentKey,
      value: f.value,
      record: {
        type: 'bottleneck',
        v: 1,
        runId: c.runId,
        id: '',
        rank: 0,
        category: f.rule.category,
        cause: f.rule.cause,
        function: f.fn.name,
        file: f.fn.file,
        line,
        sharePct: sharePct(f.value, total),
        profileId: c.profileId,
        evidence: evidenceOf(f, c, total),
        ruleId: f.rule.id,
        kind: c.kind,
        strategies: [...f.rule.strategies],
        callPath: cut >= 0 ? path.callPath.slice(0, cut + 1) : path.callPath,
        frames: [{ function: f.fn.name, file: f.fn.file, line }, ...hits.map((h) => ({ function: h.fn.name, file: h.fn.file, line: 0 }))],
        selfPct: sharePct(stat?.self ?? 0, total),
        cumPct: sharePct(stat?.cum ?? 0, total),
        value: f.value,
        unit: c.view.unit,
      },
    };
  };
  for (const f of kept) {
    const siblings = f.user ? perFn.get(fnKey(f.fn))! : [f];
    const parentKey = siblings.length > 1 ? `parent\u0000${fnKey(f.fn)}` : undefined;
    drafts.push(draftOf(f, `${fnKey(f.fn)}\u0000${f.user}\u0000${f.rule.id}`, parentKey));
  }
  for (const [key, siblings] of perFn) {
    if (siblings.length < 2) continue;
    // The whole function: every finding charged to it, including those under the floor.
    const all = findings.filter((f) => f.user && fnKey(f.fn) === key);
    const biggest = [...siblings].sort((x, y) => y.value - x.value || cmp(x.rule.id, y.rule.id))[0]!;
    const merged: Finding = { ...biggest, value: all.reduce((s, f) => s + f.value, 0), samples: all.reduce((s, f) => s + f.samples, 0), notes: [], byRule: new Map() };
    const parent = draftOf(merged, `parent\u0000${key}`);
    const parts = siblings.map((s) => `${s.rule.cause} ${sharePct(s.value, total)}%`).join(', ');
    parent.record.evidence = [parent.record.evidence[0]!, `made of: ${parts}`, ...parent.record.evidence.slice(1)];
    drafts.push(parent);
  }
  drafts.sort(
    (x, y) =>
      y.value - x.value ||
      (x.parentKey ? 1 : 0) - (y.parentKey ? 1 : 0) ||
      cmp(x.record.function, y.record.function) ||
      cmp(x.record.file, y.record.file) ||
      cmp(x.record.cause, y.record.cause),
  );
  const ids = new Map<string, string>();
  drafts.forEach((d, i) => ids.set(d.key, `${c.profileId}#${i + 1}`));
  const records = drafts.map((d, i) => {
    const record: BottleneckRecord = { ...d.record, id: ids.get(d.key)!, rank: i + 1 };
    if (d.parentKey) record.parentId = ids.get(d.parentKey)!;
    return record;
  });
  const belowValue = dropped.reduce((s, f) => s + f.value, 0);
  return { records, below: { count: dropped.length, sharePct: sharePct(belowValue, total) } };
}
