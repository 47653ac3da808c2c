// Closing the loop: when a run is compared with a baseline, each plan item of
// the baseline is checked against what this run measured. A `plan-check`
// record says whether the item's target is met, with the numbers.

import type { PlanItemRecord } from '../records/types.js';
import { metricValue, type PlanInput } from './basis.js';

export interface PlanCheckRecord {
  type: 'plan-check';
  v: 1;
  runId: string;
  baselineRunId: string;
  itemId: string;
  title: string;
  metric: string;
  status: 'met' | 'not-met' | 'unknown';
  baselineValue?: number;
  targetValue?: number;
  currentValue?: number;
  /** Measured change of the metric in percent, positive when it improved. */
  measuredGainPct?: number;
  expectedGainPct: PlanItemRecord['expectedGainPct'];
  reason: string;
  [extra: string]: unknown;
}

export interface BaselinePlan {
  path: string;
  runId: string;
  items: PlanItemRecord[];
}

function currentOf(input: PlanInput, item: PlanItemRecord): number | undefined {
  const metric = item.verification.metric;
  const m = metricValue(input.metrics, metric);
  if (m) return m.value;
  const profileId = item['profileId'];
  const p = input.profiles.find((x) => x.profileId === profileId && `${x.sampleType}_total` === metric);
  return p?.total;
}

const round = (x: number) => Math.round(x * 100) / 100;

export function checkItem(input: PlanInput, baseline: BaselinePlan, item: PlanItemRecord): PlanCheckRecord {
  const v = item.verification as PlanItemRecord['verification'] & { current?: number; targetValue?: number; direction?: string };
  // strategyId and estimate travel with the check: perf-apply turns a measured check into a calibration point (plan/calibration/history.ts).
  const base = {
    type: 'plan-check' as const, v: 1 as const, runId: input.run.runId, baselineRunId: baseline.runId, itemId: item.id, title: item.title, metric: v.metric, expectedGainPct: item.expectedGainPct,
    strategyId: item.strategyId, ...(item['estimate'] ? { estimate: item['estimate'] } : {}),
  };
  const now = currentOf(input, item);
  if (now === undefined || v.current === undefined || v.targetValue === undefined) {
    const missing = now === undefined ? `this run has no ${v.metric} measurement` : `the baseline item has no measured value for ${v.metric}`;
    return { ...base, status: 'unknown', reason: missing };
  }
  const lower = v.direction !== 'higher-is-better';
  const met = lower ? now <= v.targetValue : now >= v.targetValue;
  const gain = v.current === 0 ? 0 : lower ? (100 * (v.current - now)) / v.current : (100 * (now - v.current)) / v.current;
  return {
    ...base,
    status: met ? 'met' : 'not-met',
    baselineValue: v.current,
    targetValue: v.targetValue,
    currentValue: now,
    measuredGainPct: round(gain),
    reason: `${v.metric} ${met ? 'reached' : 'did not reach'} the target ${lower ? '≤' : '≥'} ${round(v.targetValue)} (now ${round(now)}, was ${round(v.current)})`,
  };
}

export function checkBaselines(input: PlanInput, baselines: BaselinePlan[]): PlanCheckRecord[] {
  return baselines.flatMap((b) => b.items.map((item) => checkItem(input, b, item)));
}
