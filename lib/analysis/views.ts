// The views beside the hotspot tables, in one pass over the samples: hot
// lines of the top functions (flat and cum per line, as pprof -list), value
// by file, by package and by origin (flat, and cum counting a group once per
// sample), and the callers and callees of the top functions. Keys are
// interned to numbers up front so the pass allocates nothing per sample.

import { functionKey, type Profile } from '../model/profile.js';
import { originOf, type OriginOptions } from './origin.js';
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
  toMap(): Map<string, Tally> {
    return new Map(this.names.map((n, i) => [n, { self: this.self[i]!, cum: this.cum[i]! }]));
  }
}

export function computeViews(profile: Profile, sampleIndex: number, top: Set<string>, origin: OriginOptions): Views {
  const fnKey = profile.frames.map(functionKey);
  const origins = profile.frames.map((f) => originOf(f, origin));
  const groupOf = {
    file: (i: number) => profile.frames[i]!.file || '(no file)',
    package: (i: number) => packageOf(profile.frames[i]!, origins[i]!, origin.sourceRoot),
    origin: (i: number) => origins[i]!,
  };
  const groups = GROUP_BYS.map((by) => {
    const t = new Tallies();
    return { by, t, ids: profile.frames.map((_, i) => t.id(groupOf[by](i))) };
  });
  // Hot lines and call edges only for the top functions' frames (-1 elsewhere).
  const lines = new Tallies();
  const lineId = profile.frames.map((f, i) => (top.has(fnKey[i]!) ? lines.id(`${fnKey[i]}\u0001${f.line}`) : -1));
  const edges = new Tallies();
  const edgeIds = { r: new Map<number, number>(), e: new Map<number, number>() };
  const frames = profile.frames.length;
  const edgeId = (from: number, to: number, dir: 'r' | 'e') => {
    const k = from * frames + to;
    let id = edgeIds[dir].get(k);
    if (id === undefined) edgeIds[dir].set(k, (id = edges.id(`${dir}\u0001${fnKey[from]}\u0001${fnKey[to]}`)));
    return id;
  };
  profile.samples.forEach((sample, sampleNo) => {
    const value = sample.values[sampleIndex] ?? 0;
    const stack = sample.stack;
    if (value === 0 || stack.length === 0) return;
    for (const g of groups) {
      g.t.self[g.ids[stack[0]!]!] += value;
      for (const id of stack) g.t.cumOnce(g.ids[id]!, sampleNo, value);
    }
    for (let i = 0; i < stack.length; i++) {
      const id = stack[i]!;
      const line = lineId[id]!;
      if (line < 0) continue;
      if (i === 0) lines.self[line] += value;
      lines.cumOnce(line, sampleNo, value);
      if (i + 1 < stack.length) edges.cumOnce(edgeId(id, stack[i + 1]!, 'r'), sampleNo, value);
      if (i > 0) edges.cumOnce(edgeId(id, stack[i - 1]!, 'e'), sampleNo, value);
    }
  });
  const views: Views = { lines: new Map(), groups: { file: new Map(), package: new Map(), origin: new Map() }, callers: new Map(), callees: new Map() };
  for (const g of groups) views.groups[g.by] = g.t.toMap();
  for (const k of top) {
    views.lines.set(k, new Map());
    views.callers.set(k, new Map());
    views.callees.set(k, new Map());
  }
  lines.names.forEach((name, i) => {
    const [key, line] = name.split('\u0001') as [string, string];
    views.lines.get(key)!.set(Number(line), { self: lines.self[i]!, cum: lines.cum[i]! });
  });
  edges.names.forEach((name, i) => {
    const [dir, from, to] = name.split('\u0001') as [string, string, string];
    (dir === 'r' ? views.callers : views.callees).get(from)!.set(to, edges.cum[i]!);
  });
  return views;
}
