// Function by function, this run against its baseline: inclusive and own cost
// per unit of work (never absolute totals: runs differ in length and
// throughput), share of the profile, and the interval of the change in cost
// per unit. A function only one run has is `new` or `gone`; for a gone one,
// its former callers say where its time went.

import type { FunctionDelta } from '../records/types.js';
import { changeInterval, type Change, type Repeat } from './noise.js';
import { callersOf, type Cost, type ProfileCosts } from './costs.js';

/** A profile's repeats aligned with the work each did. */
export interface CostSide {
  costs: ProfileCosts;
  /** Per repeat: functions, total, units of work (the profile total when no unit of work is known: shares). */
  repeats: { functions: Map<string, Cost>; total: number; totalCount?: number; work: number }[];
}

/** Frames that stand for the thread waiting, not working: left out of CPU totals. */
export const IDLE_FRAMES = new Set(['(idle)']);

/**
 * A time-based CPU profile's costs rescaled to the CPU time the process
 * measured (/proc) in each repeat: the profile only apportions it. V8 charges
 * each sample the wall time since the last one, so on a loaded machine its
 * totals swing with the neighbours' load, and a function that runs long
 * without yielding absorbs the time the thread spent descheduled in it. The
 * sample counts (one per tick the thread was seen in, however long the gap)
 * apportion more fairly, so they are used when the profile has them.
 */
function scaledToCpu(costs: ProfileCosts, cpuNs: number[]): ProfileCosts['repeats'] {
  return costs.repeats.map((r, i) => {
    const byCount = r.totalCount !== undefined;
    const cum = (c: Cost) => (byCount ? (c.cumCount ?? 0) : c.cum);
    const self = (c: Cost) => (byCount ? (c.selfCount ?? 0) : c.self);
    let idle = 0;
    for (const [key, c] of r.functions) if (IDLE_FRAMES.has(costs.ids.get(key)!.name)) idle = Math.max(idle, cum(c));
    const busy = (byCount ? r.totalCount! : r.total) - idle;
    const factor = busy > 0 ? cpuNs[i]! / busy : 0;
    // Idle stacks cost no CPU: they leave the apportioned profile.
    const busyOnly = [...r.functions].filter(([k]) => !IDLE_FRAMES.has(costs.ids.get(k)!.name));
    const functions = new Map(busyOnly.map(([k, c]) => [k, { ...c, self: self(c) * factor, cum: cum(c) * factor }]));
    return { ...r, total: busy * factor, functions };
  });
}

/**
 * Pair repeats with their work; when the counts differ the repeats are pooled
 * into one. With `cpuNs` (per repeat), costs are rescaled to measured CPU time.
 */
export function costSide(costs: ProfileCosts, work: number[] | undefined, cpuNs?: number[]): CostSide {
  const parts = cpuNs && cpuNs.length === costs.repeats.length ? scaledToCpu(costs, cpuNs) : costs.repeats;
  if (work && work.length === parts.length) return { costs, repeats: parts.map((p, i) => ({ ...p, work: work[i]! })) };
  const functions = new Map<string, Cost>();
  for (const p of parts) {
    for (const [key, c] of p.functions) {
      const sum = functions.get(key) ?? { self: 0, cum: 0 };
      functions.set(key, {
        self: sum.self + c.self,
        cum: sum.cum + c.cum,
        ...(c.cumCount !== undefined ? { selfCount: (sum.selfCount ?? 0) + c.selfCount!, cumCount: (sum.cumCount ?? 0) + c.cumCount } : {}),
      });
    }
  }
  const total = parts.reduce((s, p) => s + p.total, 0);
  const counts = parts.every((p) => p.totalCount !== undefined) ? { totalCount: parts.reduce((s, p) => s + p.totalCount!, 0) } : {};
  return { costs, repeats: [{ functions, total, ...counts, work: work ? work.reduce((a, b) => a + b, 0) : total }] };
}

export function blocksOf(side: CostSide, key: string | undefined, which: 'cum' | 'self'): Repeat[] {
  return side.repeats.map((r) => {
    if (key === undefined) return [{ num: r.total, den: r.work, ...(r.totalCount !== undefined ? { count: r.totalCount } : {}) }];
    const c = r.functions.get(key);
    const count = which === 'cum' ? c?.cumCount : c?.selfCount;
    return [{ num: c?.[which] ?? 0, den: r.work, ...(count !== undefined ? { count } : {}) }];
  });
}

const sum = (side: CostSide, f: (r: CostSide['repeats'][number]) => number) => side.repeats.reduce((s, r) => s + f(r), 0);
const work = (side: CostSide) => sum(side, (r) => r.work);
const total = (side: CostSide) => sum(side, (r) => r.total);
const costOf = (side: CostSide, key: string, which: 'cum' | 'self') => sum(side, (r) => r.functions.get(key)?.[which] ?? 0);
const pctOf = (v: number, of: number) => (of === 0 ? 0 : Math.round((v / of) * 1e6) / 1e4);
const perUnit = (v: number, units: number) => (units === 0 ? 0 : Number((v / units).toPrecision(6)));

export function intervalOf(c: Change): NonNullable<FunctionDelta['change']> {
  return { pct: c.pct, low: c.low, high: c.high, level: c.level };
}

/** The delta record of one function (keys are functionKey). */
export function functionDelta(before: CostSide, after: CostSide, key: string): FunctionDelta {
  const id = after.costs.ids.get(key) ?? before.costs.ids.get(key)!;
  const [cum, baseCum] = [costOf(after, key, 'cum'), costOf(before, key, 'cum')];
  const [self, baseSelf] = [costOf(after, key, 'self'), costOf(before, key, 'self')];
  const status = baseCum === 0 ? 'new' : cum === 0 ? 'gone' : 'changed';
  const change = status === 'changed' ? changeInterval(blocksOf(before, key, 'cum'), blocksOf(after, key, 'cum'), 'ratio') : undefined;
  const delta: FunctionDelta = {
    function: id.name,
    file: id.file,
    status,
    self,
    cum,
    baselineSelf: baseSelf,
    baselineCum: baseCum,
    selfPct: pctOf(self, total(after)),
    cumPct: pctOf(cum, total(after)),
    baselineSelfPct: pctOf(baseSelf, total(before)),
    baselineCumPct: pctOf(baseCum, total(before)),
    perUnit: { cum: perUnit(cum, work(after)), baselineCum: perUnit(baseCum, work(before)), self: perUnit(self, work(after)), baselineSelf: perUnit(baseSelf, work(before)) },
    cumDeltaPct: change ? change.pct : null,
    ...(change ? { change: intervalOf(change) } : {}),
  };
  if (status === 'gone') delta.movedTo = movedTo(before, after, key);
  return delta;
}

/** Where a gone function's time went: its former direct callers' own cost per unit, before and after. */
function movedTo(before: CostSide, after: CostSide, key: string): NonNullable<FunctionDelta['movedTo']> {
  return callersOf(before.costs, key, before.costs.sampleType)
    .slice(0, 3)
    .map(({ key: caller }) => {
      const id = before.costs.ids.get(caller)!;
      return { function: id.name, file: id.file, selfPerUnit: perUnit(costOf(after, caller, 'self'), work(after)), baselineSelfPerUnit: perUnit(costOf(before, caller, 'self'), work(before)) };
    });
}

/** The heaviest functions of either run by inclusive cost, plus any asked for, largest change first. */
export function functionDeltas(before: CostSide, after: CostSide, top: number, also: string[] = []): FunctionDelta[] {
  const heaviest = (side: CostSide) => {
    const keys = [...side.costs.ids.keys()];
    return keys.map((k) => [k, costOf(side, k, 'cum')] as const).filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top).map(([k]) => k);
  };
  const keys = [...new Set([...heaviest(before), ...heaviest(after), ...also.filter((k) => before.costs.ids.has(k) || after.costs.ids.has(k))])];
  const rows = keys.map((k) => functionDelta(before, after, k));
  const moved = (d: FunctionDelta) => Math.abs(d.perUnit!.cum - d.perUnit!.baselineCum) / Math.max(1e-12, d.perUnit!.baselineCum + d.perUnit!.cum);
  return rows.sort((x, y) => moved(y) - moved(x) || (x.function < y.function ? -1 : x.function > y.function ? 1 : x.file < y.file ? -1 : 1));
}
