// Top functions by self ("flat") and cumulative value, computed the way
// `go tool pprof -top` does at its default function granularity: flat is the
// value of samples whose leaf is the function, cum counts a function once per
// sample however often it recurs in the stack.

import { functionKey, sampleIndexFor, totalOf, type Profile } from '../model/profile.js';

export interface FunctionStat {
  name: string;
  file: string;
  /** The line of the function's hottest self sample, else its first line seen. */
  line: number;
  self: number;
  cum: number;
}

export interface HotspotView {
  sampleType: string;
  unit: string;
  total: number;
  functions: FunctionStat[];
}

export function functionStats(profile: Profile, sampleType?: string): HotspotView {
  const index = sampleIndexFor(profile, sampleType);
  const stats = new Map<string, FunctionStat>();
  const keyOfFrame = profile.frames.map(functionKey);
  const selfByLine = new Map<string, Map<number, number>>();
  const statFor = (frameId: number): FunctionStat => {
    const key = keyOfFrame[frameId]!;
    let stat = stats.get(key);
    if (!stat) {
      const frame = profile.frames[frameId]!;
      stat = { name: frame.name, file: frame.file, line: frame.line, self: 0, cum: 0 };
      stats.set(key, stat);
    }
    return stat;
  };
  const seen = new Set<string>();
  for (const sample of profile.samples) {
    const value = sample.values[index] ?? 0;
    if (value === 0 || sample.stack.length === 0) continue;
    const leaf = sample.stack[0]!;
    const leafStat = statFor(leaf);
    leafStat.self += value;
    const key = keyOfFrame[leaf]!;
    let lines = selfByLine.get(key);
    if (!lines) selfByLine.set(key, (lines = new Map()));
    const leafLine = profile.frames[leaf]!.line;
    lines.set(leafLine, (lines.get(leafLine) ?? 0) + value);
    seen.clear();
    for (const frameId of sample.stack) {
      const k = keyOfFrame[frameId]!;
      if (seen.has(k)) continue;
      seen.add(k);
      statFor(frameId).cum += value;
    }
  }
  for (const [key, lines] of selfByLine) {
    let bestLine = 0;
    let best = -1;
    for (const [line, value] of lines) {
      if (value > best || (value === best && line < bestLine)) [bestLine, best] = [line, value];
    }
    stats.get(key)!.line = bestLine;
  }
  const type = profile.sampleTypes[index]!;
  return { sampleType: type.type, unit: type.unit, total: totalOf(profile, index), functions: [...stats.values()] };
}

const byName = (a: FunctionStat, b: FunctionStat): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0;

/** Highest self first; ties by cum, then name, so the order is total and stable. */
export function topBySelf(view: HotspotView, n: number): FunctionStat[] {
  return view.functions
    .filter((f) => f.self > 0)
    .sort((a, b) => b.self - a.self || b.cum - a.cum || byName(a, b))
    .slice(0, n);
}

export function topByCum(view: HotspotView, n: number): FunctionStat[] {
  return view.functions
    .filter((f) => f.cum > 0)
    .sort((a, b) => b.cum - a.cum || b.self - a.self || byName(a, b))
    .slice(0, n);
}

export function percentOf(value: number, total: number): number {
  return total === 0 ? 0 : Math.round((value / total) * 1e6) / 1e4;
}
