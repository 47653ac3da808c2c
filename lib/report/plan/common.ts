// What plan.md, tasks.md and the report's Plan section share: the plan items
// and baseline checks of a run, in order, and how their numbers read.

import { combinedGain, type Direction, type Removal } from '../../plan/estimate.js';
import type { PlanCheckRecord } from '../../records/types.js';
import type { Range } from '../../plan/strategies.js';
import { formatMetric } from '../../plan/verification.js';
import type { PlanItemRecord } from '../../records/types.js';
import type { RunContents } from '../run-contents.js';

export interface ItemEstimate {
  basis: string;
  share: number;
  speedup: Range;
  parentBottleneckId?: string;
}

export interface ItemVerification {
  metric: string;
  target: string | number;
  commands: string[];
  current?: number;
  targetValue?: number;
  unit?: string;
  direction?: Direction;
  regressionGuard?: string;
}

export const estimateOf = (item: PlanItemRecord) => item['estimate'] as ItemEstimate;
export const verificationOf = (item: PlanItemRecord) => item.verification as ItemVerification;

/** The anchor of an item's section in plan.md. */
export const anchorOf = (item: PlanItemRecord | PlanCheckRecord) => ('itemId' in item ? String(item.itemId) : item.id).toLowerCase();

export function gainText(g: PlanItemRecord['expectedGainPct']): string {
  return `${g.expected}% (range ${g.low}–${g.high}%)`;
}

export function planChecks(c: RunContents): PlanCheckRecord[] {
  return c.all.filter((r): r is PlanCheckRecord => r.type === 'plan-check');
}

export interface Combined {
  basis: string;
  label: string;
  items: PlanItemRecord[];
  gain: Range;
  removedPct: Range;
}

/** One combined estimate per basis (items on the same metric), in first-item order. */
export function combinedEstimates(items: PlanItemRecord[]): Combined[] {
  const bases = [...new Set(items.map((i) => estimateOf(i).basis))];
  return bases.map((basis) => {
    const group = items.filter((i) => estimateOf(i).basis === basis);
    const present = new Set(group.map((i) => i.bottleneckId));
    const removals: Removal[] = group.map((i) => {
      const e = estimateOf(i);
      return { id: i.bottleneckId, share: e.share, f: e.speedup, ...(e.parentBottleneckId && present.has(e.parentBottleneckId) ? { parentId: e.parentBottleneckId } : {}) };
    });
    const direction = verificationOf(group[0]!).direction ?? 'lower-is-better';
    const g = combinedGain(removals, direction);
    const pct = (x: number) => Math.round(x * 10000) / 100;
    return { basis, label: verificationOf(group[0]!).metric, items: group, gain: g, removedPct: { low: pct(g.removed.low), expected: pct(g.removed.expected), high: pct(g.removed.high) } };
  });
}

/** "metric http_latency_p99, current 180 ms, target ≤ 95 ms" */
export function targetLine(item: PlanItemRecord): string {
  const v = verificationOf(item);
  if (v.current === undefined || v.targetValue === undefined) return `${v.target}`;
  const cmp = v.direction === 'higher-is-better' ? '≥' : '≤';
  return `metric ${v.metric}, current ${formatMetric(v.current, v.unit ?? '')}, target ${cmp} ${formatMetric(v.targetValue, v.unit ?? '')}`;
}

/** The global measured change of an item's check, with its interval: "measured −12.5% [−20.1%, −4.9%]". */
export function measuredText(check: PlanCheckRecord): string {
  const g = check.global;
  if (!g) return 'no global metric measured';
  const s = (x: number) => `${x > 0 ? '+' : ''}${x}%`;
  return `${g.metric} ${s(g.change.pct)} [${s(g.change.low)}, ${s(g.change.high)}] (gain ${g.measuredGainPct}%)`;
}

export function checkLine(check: PlanCheckRecord): string {
  const g = check.expectedGainPct;
  return `${check.itemId} ${check.title}: **${check.status}**: ${check.reason}; estimated gain ${g.low}–${g.high}% of ${check.metric}, measured ${measuredText(check)}`;
}

/** "2 done, 1 not-done of 3" */
export function statusCounts(checks: PlanCheckRecord[]): string {
  const order = ['done', 'partly', 'not-done', 'regressed', 'gone', 'inconclusive'];
  const counts = order.map((s) => [s, checks.filter((k) => k.status === s).length] as const).filter(([, n]) => n > 0);
  return `${counts.map(([s, n]) => `${n} ${s}`).join(', ')} of ${checks.length}`;
}
