// A profile's function costs per repeat, for comparison: the profile is
// normalised (lib/model/normalise.ts), split by its `repeat` sample label
// (perf-collect --repeat), and each part summed per function as pprof -top
// does. Costs are kept with the profile sample counts behind them, for the
// sampling noise.

import { functionKey, type Profile } from '../model/profile.js';
import { normaliseFrames } from '../model/normalise.js';
import { functionStats, type FunctionStat } from '../analysis/hotspots.js';

export const REPEAT_LABEL = 'repeat';

export interface Cost {
  self: number;
  cum: number;
  /** Profile samples behind self and cum (undefined when the profile has no count type). */
  selfCount?: number;
  cumCount?: number;
}

export interface FunctionId {
  name: string;
  file: string;
  line: number;
}

export interface ProfileCosts {
  sampleType: string;
  unit: string;
  /** Per repeat (repeat 1 first): the total and each function's cost, by functionKey. */
  repeats: { total: number; totalCount?: number; functions: Map<string, Cost> }[];
  /** Every function seen, by functionKey. */
  ids: Map<string, FunctionId>;
  /** The normalised profile, for callers of a function that is gone. */
  profile: Profile;
}

/** Samples split by their repeat label, in repeat order; one part when the profile has none. */
export function splitRepeats(profile: Profile): Profile[] {
  const parts = new Map<string, Profile['samples']>();
  for (const s of profile.samples) {
    const r = s.labels?.[REPEAT_LABEL] ?? '1';
    let list = parts.get(r);
    if (!list) parts.set(r, (list = []));
    list.push(s);
  }
  return [...parts.entries()].sort((a, b) => Number(a[0]) - Number(b[0])).map(([, samples]) => ({ ...profile, samples }));
}

const keyOf = (f: FunctionStat) => functionKey({ name: f.name, file: f.file, line: 0, column: 0 });

export function profileCosts(raw: Profile, sampleType: string | undefined): ProfileCosts {
  const profile = normaliseFrames(raw);
  const countType = profile.sampleTypes.find((t) => t.unit === 'count')?.type;
  const ids = new Map<string, FunctionId>();
  let unit = '';
  let type = '';
  const repeats = splitRepeats(profile).map((part) => {
    const view = functionStats(part, sampleType);
    unit = view.unit;
    type = view.sampleType;
    const counts = countType !== undefined && countType !== view.sampleType ? functionStats(part, countType) : countType !== undefined ? view : undefined;
    const countOf = new Map((counts?.functions ?? []).map((f) => [keyOf(f), f]));
    const functions = new Map<string, Cost>();
    for (const f of view.functions) {
      const key = keyOf(f);
      if (!ids.has(key)) ids.set(key, { name: f.name, file: f.file, line: f.line });
      const c = countOf.get(key);
      functions.set(key, { self: f.self, cum: f.cum, ...(c ? { selfCount: c.self, cumCount: c.cum } : {}) });
    }
    return { total: view.total, ...(counts ? { totalCount: counts.total } : {}), functions };
  });
  return { sampleType: type, unit, repeats, ids, profile };
}

/** The functions that called `key` directly in `costs`' profile, heaviest first. */
export function callersOf(costs: ProfileCosts, key: string, sampleType: string): { key: string; value: number }[] {
  const p = costs.profile;
  const index = Math.max(0, p.sampleTypes.findIndex((t) => t.type === sampleType));
  const out = new Map<string, number>();
  for (const s of p.samples) {
    for (let i = 0; i + 1 < s.stack.length; i++) {
      if (functionKey(p.frames[s.stack[i]!]!) !== key) continue;
      const caller = functionKey(p.frames[s.stack[i + 1]!]!);
      if (caller !== key) out.set(caller, (out.get(caller) ?? 0) + (s.values[index] ?? 0));
      break;
    }
  }
  return [...out.entries()].map(([k, value]) => ({ key: k, value })).sort((a, b) => b.value - a.value || (a.key < b.key ? -1 : 1));
}
