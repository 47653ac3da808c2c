// A run against its baseline: per-function deltas of like profiles (same
// profileId, else the same kind), new and vanished hotspots, metric changes
// (carried on every comparison record), and the regressions
// --fail-on-regression gates on. Pure.

import type { ComparisonRecord, FunctionDelta, MetricDelta, MetricRecord, ProfileRecord, RunRecord } from '../records/types.js';
import { percentOf, topByCum, type FunctionStat, type HotspotView } from './hotspots.js';

/** perf-analyze's exit status when --fail-on-regression trips (after every record is out). */
export const EXIT_REGRESSION = 3;

/**
 * A top function can count as a regression only if it held at least this share of the
 * baseline: smaller ones swing by large percentages with sampling noise.
 */
export const REGRESSION_MIN_BASELINE_PCT = 1;
/** Metrics where a larger value is better: a drop is the regression. */
const HIGHER_IS_BETTER = /per_sec|rps|throughput/;

export interface Side {
  record: ProfileRecord;
  view: HotspotView;
}

const keyOf = (f: { name: string; file: string }) => `${f.name}\u0000${f.file}`;
const deltaPct = (value: number, base: number): number | null => (base === 0 ? null : Math.round(((value - base) / base) * 1e6) / 1e4);

export function pairProfiles<C extends { record: ProfileRecord }, B extends { record: ProfileRecord }>(current: C[], baseline: B[]): { current: C; baseline: B; matchedBy: 'profileId' | 'kind' }[] {
  const used = new Set<B>();
  const pairs: { current: C; baseline: B; matchedBy: 'profileId' | 'kind' }[] = [];
  for (const c of current) {
    const same = baseline.find((b) => !used.has(b) && b.record.profileId === c.record.profileId);
    const like = same ?? baseline.find((b) => !used.has(b) && b.record.kind === c.record.kind);
    if (!like) continue;
    used.add(like);
    pairs.push({ current: c, baseline: like, matchedBy: same ? 'profileId' : 'kind' });
  }
  return pairs;
}

export function functionDeltas(cur: HotspotView, base: HotspotView, top: number): FunctionDelta[] {
  const curStats = new Map(cur.functions.map((f) => [keyOf(f), f]));
  const baseStats = new Map(base.functions.map((f) => [keyOf(f), f]));
  const keys = new Set([...topByCum(cur, top), ...topByCum(base, top)].map(keyOf));
  const zero = (f: FunctionStat | undefined) => f ?? { self: 0, cum: 0 };
  const rows = [...keys].map((key): FunctionDelta => {
    const c = curStats.get(key);
    const b = baseStats.get(key);
    const [name, file] = key.split('\u0000') as [string, string];
    const status = !b || b.cum === 0 ? 'new' : !c || c.cum === 0 ? 'vanished' : 'changed';
    return {
      function: name,
      file,
      status,
      self: zero(c).self,
      cum: zero(c).cum,
      baselineSelf: zero(b).self,
      baselineCum: zero(b).cum,
      selfPct: percentOf(zero(c).self, cur.total),
      cumPct: percentOf(zero(c).cum, cur.total),
      baselineSelfPct: percentOf(zero(b).self, base.total),
      baselineCumPct: percentOf(zero(b).cum, base.total),
      cumDeltaPct: deltaPct(zero(c).cum, zero(b).cum),
    };
  });
  return rows.sort((x, y) => y.cum - y.baselineCum - (x.cum - x.baselineCum) || (x.function < y.function ? -1 : x.function > y.function ? 1 : 0));
}

export function metricDeltas(current: MetricRecord[], baseline: MetricRecord[], mainMetric?: string): MetricDelta[] {
  const id = (m: MetricRecord) => `${m.name}\u0000${JSON.stringify(Object.entries(m.labels ?? {}).sort())}`;
  const base = new Map(baseline.map((m) => [id(m), m]));
  return current.flatMap((m) => {
    const b = base.get(id(m));
    if (!b) return [];
    const d: MetricDelta = { name: m.name, unit: m.unit, value: m.value, baseline: b.value, deltaPct: deltaPct(m.value, b.value) };
    if (m.labels && Object.keys(m.labels).length > 0) d.labels = m.labels;
    if (m.name === mainMetric && !m.labels) d.main = true;
    return [d];
  });
}

/** What exceeds the threshold: the main metric (else each CPU profile's total), and each top function's cum. */
export function regressions(records: ComparisonRecord[], threshold: number): Map<ComparisonRecord, string[]> {
  const out = new Map<ComparisonRecord, string[]>();
  const push = (r: ComparisonRecord, line: string) => out.set(r, [...(out.get(r) ?? []), line]);
  const first = records[0];
  const main = first?.metrics?.find((m) => m.main);
  if (main && main.deltaPct !== null) {
    const worse = HIGHER_IS_BETTER.test(main.name) ? -main.deltaPct : main.deltaPct;
    if (worse > threshold) push(first!, `main metric ${main.name} ${main.deltaPct > 0 ? 'rose' : 'fell'} ${Math.abs(main.deltaPct)}% (${main.baseline} -> ${main.value} ${main.unit}), over ${threshold}%`);
  }
  for (const r of records) {
    if (!main && r.kind === 'cpu' && r.totalDeltaPct != null && r.totalDeltaPct > threshold) {
      push(r, `${r.profileId}: total ${r.sampleType} rose ${r.totalDeltaPct}% (${r.baselineTotal} -> ${r.total} ${r.unit}), over ${threshold}%`);
    }
    for (const f of r.functions ?? []) {
      if (f.status !== 'changed' || f.baselineCumPct < REGRESSION_MIN_BASELINE_PCT || f.cumDeltaPct === null || f.cumDeltaPct <= threshold) continue;
      push(r, `${r.profileId}: ${f.function} rose ${f.cumDeltaPct}% (cum ${f.baselineCum} -> ${f.cum} ${r.unit}), over ${threshold}%`);
    }
  }
  return out;
}

export function comparisonRecords(
  run: { runId: string; scenario?: RunRecord['scenario'] },
  baseline: { path: string; run: RunRecord },
  pairs: { current: Side; baseline: Side; matchedBy: 'profileId' | 'kind' }[],
  metrics: MetricDelta[],
  top: number,
): ComparisonRecord[] {
  const common = { type: 'comparison' as const, v: 1, runId: run.runId, baselineRunId: baseline.run.runId, baselinePath: baseline.path };
  return pairs.map((p) => ({
    ...common,
    profileId: p.current.record.profileId,
    baselineProfileId: p.baseline.record.profileId,
    kind: p.current.record.kind,
    matchedBy: p.matchedBy,
    unit: p.current.view.unit,
    sampleType: p.current.view.sampleType,
    total: p.current.view.total,
    baselineTotal: p.baseline.view.total,
    totalDeltaPct: deltaPct(p.current.view.total, p.baseline.view.total),
    functions: functionDeltas(p.current.view, p.baseline.view, top),
    metrics,
  }));
}
