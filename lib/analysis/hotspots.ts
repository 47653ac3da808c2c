// Top functions by self ("flat") and cumulative value, computed the way
// `go tool pprof -top` does at its default function granularity: flat is the
// value of samples whose leaf is the function, cum counts a function once per
// sample however often it recurs in the stack.

import { functionLines } from '../model/function-lines.js';
import { functionKey, sampleIndexFor, totalOf, type Profile } from '../model/profile.js';

export interface FunctionStat {
  name: string;
  file: string;
  /** The line of the function's hottest self sample, else its first line seen (lib/model/function-lines.ts). */
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
  // Give every function a small integer once, so the per-sample loop does no hashing.
  const fnOfFrame = new Int32Array(profile.frames.length);
  const byKey = new Map<string, number>();
  const stats: FunctionStat[] = [];
  const keys: string[] = [];
  profile.frames.forEach((frame, frameId) => {
    const key = functionKey(frame);
    let fn = byKey.get(key);
    if (fn === undefined) {
      fn = stats.length;
      byKey.set(key, fn);
      keys.push(key);
      stats.push({ name: frame.name, file: frame.file, line: frame.line, self: 0, cum: 0 });
    }
    fnOfFrame[frameId] = fn;
  });
  const used = new Uint8Array(stats.length);
  const seenInSample = new Int32Array(stats.length).fill(-1);
  const samples = profile.samples;
  for (let s = 0; s < samples.length; s++) {
    const sample = samples[s]!;
    const value = sample.values[index] ?? 0;
    const stack = sample.stack;
    if (value === 0 || stack.length === 0) continue;
    const leaf = stack[0]!;
    const leafFn = fnOfFrame[leaf]!;
    stats[leafFn]!.self += value;
    for (let i = 0; i < stack.length; i++) {
      const fn = fnOfFrame[stack[i]!]!;
      if (seenInSample[fn] === s) continue; // recursion: count a function once per sample
      seenInSample[fn] = s;
      used[fn] = 1;
      stats[fn]!.cum += value;
    }
  }
  const lines = functionLines(profile, index);
  stats.forEach((stat, fn) => (stat.line = lines.get(keys[fn]!) ?? stat.line));
  const type = profile.sampleTypes[index]!;
  return { sampleType: type.type, unit: type.unit, total: totalOf(profile, index), functions: stats.filter((_, fn) => used[fn] === 1) };
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
