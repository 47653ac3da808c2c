// The views beside the hotspot tables, in one pass over the samples: hot
// lines of the top functions (flat and cum per line, as pprof -list), value
// by file, by package and by origin (flat, and cum counting a group once per
// sample), and the callers and callees of the top functions. Keys are
// interned to numbers up front so the pass allocates nothing per sample.

import { functionKey, type Profile } from '../model/profile.js';
import { frameOrigins, type OriginOptions } from './origin.js';
import { packageOf } from './package.js';

export type GroupBy = 'file' | 'package' | 'origin';
export const GROUP_BYS: GroupBy[] = ['file', 'package', 'origin'];

export interface Tally {
  self: number;
  cum: number;
}

export interface Views {
  /** Per top function key: line -> flat/cum. */
  lines: Map<string, Map<number, Tally>>;
  groups: Record<GroupBy, Map<string, Tally>>;
  /** Per top function key: caller/callee function key -> value (once per sample). */
  callers: Map<string, Map<string, number>>;
  callees: Map<string, Map<string, number>>;
}

/** Interned keys with a flat and a cum tally and a per-sample stamp each. */
class Tallies {
  readonly names: string[] = [];
  readonly self: number[] = [];
  readonly cum: number[] = [];
  private readonly stamp: number[] = [];
  private readonly ids = new Map<string, number>();
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      this.ids.set(name, (id = this.names.push(name) - 1));
      this.self.push(0);
      this.cum.push(0);
      this.stamp.push(-1);
    }
    return id;
  }
  /** Add to cum once per sample. */
  cumOnce(id: number, sampleNo: number, value: number): void {
    if (this.stamp[id] === sampleNo) return;
    this.stamp[id] = sampleNo;
    this.cum[id] += value;
  }
}

export function computeViews(profile: Profile, sampleIndex: number, top: Set<string>, origin: OriginOptions): Views {
  const fnKey = profile.frames.map(functionKey);
  const origins = frameOrigins(profile, origin);
  const groupOf = {
    file: (i: number) => profile.frames[i]!.file || '(no file)',
    package: (i: number) => packageOf(profile.frames[i]!, origins[i]!, origin.sourceRoot),
    origin: (i: number) => origins[i]!,
  };
  // Typed arrays per grouping: id of each frame's group, flat and cum per group, and a per-sample stamp.
  const groups = GROUP_BYS.map((by) => {
    const t = new Tallies();
    const ids = Int32Array.from(profile.frames, (_, i) => t.id(groupOf[by](i)));
    const n = t.names.length;
    return { by, t, ids, self: new Float64Array(n), cum: new Float64Array(n), stamp: new Int32Array(n).fill(-1) };
  });
  // Hot lines and call edges only for the top functions' frames (-1 elsewhere).
  const lines = new Tallies();
  const lineId = Int32Array.from(profile.frames, (f, i) => (top.has(fnKey[i]!) ? lines.id(`${fnKey[i]}\u0001${f.line}`) : -1));
  // Call edges of the top functions: a dense (top function x function) table, so no lookups per sample.
  const fnIds = new Map<string, number>();
  const fnIndex = Int32Array.from(fnKey, (k) => {
    let id = fnIds.get(k);
    if (id === undefined) fnIds.set(k, (id = fnIds.size));
    return id;
  });
  const fnNames = [...fnIds.keys()];
  const topList = [...top];
  const topIds = new Map(topList.map((k, i) => [k, i]));
  const topIndex = Int32Array.from(fnKey, (k) => topIds.get(k) ?? -1);
  const F = fnNames.length;
  const table = () => ({ value: new Float64Array(topList.length * F), stamp: new Int32Array(topList.length * F).fill(-1) });
  const callersT = table();
  const calleesT = table();
  const edge = (t: { value: Float64Array; stamp: Int32Array }, cell: number, sampleNo: number, value: number) => {
    if (t.stamp[cell] === sampleNo) return;
    t.stamp[cell] = sampleNo;
    t.value[cell] += value;
  };
  const samples = profile.samples;
  for (let sampleNo = 0; sampleNo < samples.length; sampleNo++) {
    const sample = samples[sampleNo]!;
    const value = sample.values[sampleIndex] ?? 0;
    const stack = sample.stack;
    if (value === 0 || stack.length === 0) continue;
    for (const g of groups) {
      const { ids, cum, stamp } = g;
      g.self[ids[stack[0]!]!] += value;
      for (let i = 0; i < stack.length; i++) {
        const gid = ids[stack[i]!]!;
        if (stamp[gid] === sampleNo) continue;
        stamp[gid] = sampleNo;
        cum[gid] += value;
      }
    }
    for (let i = 0; i < stack.length; i++) {
      const id = stack[i]!;
      const line = lineId[id]!;
      if (line < 0) continue;
      if (i === 0) lines.self[line] += value;
      lines.cumOnce(line, sampleNo, value);
      const row = topIndex[id]! * F;
      if (i + 1 < stack.length) edge(callersT, row + fnIndex[stack[i + 1]!]!, sampleNo, value);
      if (i > 0) edge(calleesT, row + fnIndex[stack[i - 1]!]!, sampleNo, value);
    }
  }
  const views: Views = { lines: new Map(), groups: { file: new Map(), package: new Map(), origin: new Map() }, callers: new Map(), callees: new Map() };
  for (const g of groups) views.groups[g.by] = new Map(g.t.names.map((n, i) => [n, { self: g.self[i]!, cum: g.cum[i]! }]));
  for (const k of top) {
    views.lines.set(k, new Map());
    views.callers.set(k, new Map());
    views.callees.set(k, new Map());
  }
  lines.names.forEach((name, i) => {
    const [key, line] = name.split('\u0001') as [string, string];
    views.lines.get(key)!.set(Number(line), { self: lines.self[i]!, cum: lines.cum[i]! });
  });
  topList.forEach((key, t) => {
    for (let f = 0; f < F; f++) {
      if (callersT.value[t * F + f]! > 0) views.callers.get(key)!.set(fnNames[f]!, callersT.value[t * F + f]!);
      if (calleesT.value[t * F + f]! > 0) views.callees.get(key)!.set(fnNames[f]!, calleesT.value[t * F + f]!);
    }
  });
  return views;
}
