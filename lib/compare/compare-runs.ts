// A run against its baseline, everything perf-analyze --baseline emits:
// comparison records (per pair of like profiles: function costs per unit of
// work with intervals; the run's metric changes), the verdict of the gate,
// and a plan check per plan item of the baseline. Pure: decoded profiles and
// records in, records out.

import type { Profile } from '../model/profile.js';
import { isWaitProfile } from '../model/waits.js';
import type { BaselineRun } from '../records/baseline.js';
import type { ComparisonRecord, FunctionDelta, MetricDelta, MetricRecord, PlanCheckRecord, ProfileRecord, RunRecord, VerdictRecord, WorkSummary } from '../records/types.js';
import { profileCosts } from './costs.js';
import { IDLE_FRAMES, costSide, functionDeltas, type CostSide } from './functions.js';
import { mainChange, mainSamples, noiseMeasured } from './main-metric.js';
import { planChecks, type PairedCosts } from './plan-check.js';
import { verdictOf, type MainInput } from './verdict.js';
import { commonWork, cpuNsPerRepeat, workOptions } from './work.js';

const HIGHER_IS_BETTER = /per_sec|rps|throughput/;

export interface CurrentProfile {
  record: ProfileRecord;
  profile: Profile;
  /** The sample type the analysis ranked by: the baseline is read with the same. */
  sampleType: string;
}

export interface CompareInput {
  run: { runId: string; scenario?: RunRecord['scenario'] };
  metrics: MetricRecord[];
  profiles: CurrentProfile[];
  baseline: BaselineRun;
  /**
   * Applied to the baseline's profiles as the analysis applied it to this run's: --focus, --ignore,
   * --hide, and JavaScript frames named after the code that ran, so plan items find their function.
   */
  prepare: (p: Profile, record: ProfileRecord) => Profile;
  top: number;
  threshold?: number;
  /** Where a function of the current profile `record` comes from (lib/analysis/origin.ts): only user code and dependencies are gated. */
  origin?: (f: { function: string; file: string }, record: ProfileRecord) => FunctionDelta['origin'];
}

export interface CompareOutput {
  comparisons: ComparisonRecord[];
  verdict: VerdictRecord;
  checks: PlanCheckRecord[];
}

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

const deltaPct = (value: number, base: number): number | null => (base === 0 ? (value === 0 ? 0 : null) : Math.round(((value - base) / base) * 1e6) / 1e4);

/** Metrics both runs have, with their change; per-second and per-repeat rows keep their labels. */
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

function mainInput(input: CompareInput): MainInput | undefined {
  const name = typeof input.run.scenario?.mainMetric === 'string' ? input.run.scenario.mainMetric : undefined;
  if (!name) return undefined;
  const before = mainSamples(input.baseline.metrics, name);
  const after = mainSamples(input.metrics, name);
  if (!before || !after) return undefined;
  return {
    name,
    unit: after.unit,
    direction: HIGHER_IS_BETTER.test(name) ? 'higher-is-better' : 'lower-is-better',
    statistic: after.describe,
    change: mainChange(before, after),
    measured: noiseMeasured(before, after),
  };
}

/** CPU nanoseconds one profile sample stands for, over a side apportioned from measured CPU (for the diff flame graph). */
function cpuPerSample(side: CostSide): number {
  const busy = side.repeats.reduce((s, r) => s + r.total, 0);
  const samples = side.costs.repeats.reduce((s, r) => {
    let idle = 0;
    for (const [key, c] of r.functions) if (IDLE_FRAMES.has(side.costs.ids.get(key)!.name)) idle = Math.max(idle, c.cumCount ?? 0);
    return s + (r.totalCount ?? 0) - idle;
  }, 0);
  return samples > 0 ? Number((busy / samples).toPrecision(6)) : 0;
}

export function compareRuns(input: CompareInput): CompareOutput {
  const { baseline } = input;
  const work = commonWork(
    workOptions(input.metrics, input.profiles.map((p) => p.record), input.run.scenario?.load),
    workOptions(baseline.metrics, baseline.profiles.map((p) => p.record), baseline.run.scenario?.load),
  );
  const workUnit = work?.current.unit ?? 'share of the profile';
  const summary: WorkSummary | undefined = work && {
    unit: work.current.unit,
    current: work.current.total,
    baseline: work.baseline.total,
    repeats: { current: work.current.perRepeat.length, baseline: work.baseline.perRepeat.length },
    source: work.current.source,
  };
  const paired = pairProfiles(input.profiles, baseline.profiles);
  // A single CPU profile per run apportions the CPU time measured for the run (lib/compare/functions.ts).
  const oneCpu = (records: ProfileRecord[]) => records.filter((r) => r.kind === 'cpu').length === 1;
  const cpuScaled = oneCpu(input.profiles.map((p) => p.record)) && oneCpu(baseline.profiles.map((p) => p.record));
  const cpu = { current: cpuNsPerRepeat(input.metrics), baseline: cpuNsPerRepeat(baseline.metrics) };
  const scale = (kind: string, unit: string | undefined, side: 'current' | 'baseline') => (cpuScaled && cpu.current && cpu.baseline && kind === 'cpu' && unit === 'nanoseconds' ? cpu[side] : undefined);
  const unitOf = (p: Profile, sampleType: string) => p.sampleTypes.find((t) => t.type === sampleType)?.unit;
  const pairs: (PairedCosts & { record: ProfileRecord; matchedBy: 'profileId' | 'kind'; costBasis: 'profile' | 'cpu-time' })[] = paired.map((p) => ({
    profileId: p.current.record.profileId,
    record: p.current.record,
    baselineProfileId: p.baseline.record.profileId,
    kind: p.current.record.kind,
    matchedBy: p.matchedBy,
    before: costSide(profileCosts(input.prepare(p.baseline.profile, p.baseline.record), p.current.sampleType), work?.baseline.perRepeat, scale(p.current.record.kind, unitOf(p.current.profile, p.current.sampleType), 'baseline')),
    after: costSide(profileCosts(p.current.profile, p.current.sampleType), work?.current.perRepeat, scale(p.current.record.kind, unitOf(p.current.profile, p.current.sampleType), 'current')),
    costBasis: scale(p.current.record.kind, unitOf(p.current.profile, p.current.sampleType), 'current') ? ('cpu-time' as const) : ('profile' as const),
    // Wait profiles carry their requests: wait items are judged by them (plan-check.ts).
    ...(isWaitProfile(p.current.profile) && isWaitProfile(p.baseline.profile) ? { waitProfiles: { before: p.baseline.profile, after: p.current.profile } } : {}),
  }));
  const mainName = typeof input.run.scenario?.mainMetric === 'string' ? input.run.scenario.mainMetric : undefined;
  const metrics = metricDeltas(input.metrics, baseline.metrics, mainName);
  const common = { type: 'comparison' as const, v: 1, runId: input.run.runId, baselineRunId: baseline.run.runId, baselinePath: baseline.path };
  const comparisons: ComparisonRecord[] = pairs.map((p) => {
    const total = (side: typeof p.before) => side.repeats.reduce((s, r) => s + r.total, 0);
    const units = (side: typeof p.before) => side.repeats.reduce((s, r) => s + r.work, 0);
    const perUnitTotal = (side: typeof p.before) => total(side) / Math.max(1e-12, units(side));
    return {
      ...common,
      profileId: p.profileId,
      baselineProfileId: p.baselineProfileId,
      kind: p.kind as ComparisonRecord['kind'],
      matchedBy: p.matchedBy,
      unit: p.after.costs.unit,
      sampleType: p.after.costs.sampleType,
      total: total(p.after),
      baselineTotal: total(p.before),
      totalDeltaPct: work ? deltaPct(perUnitTotal(p.after), perUnitTotal(p.before)) : null,
      functions: functionDeltas(p.before, p.after, input.top).map((f) => (input.origin ? { ...f, origin: input.origin(f, p.record) } : f)),
      costBasis: p.costBasis,
      ...(p.costBasis === 'cpu-time' ? { cpuPerSample: { current: cpuPerSample(p.after), baseline: cpuPerSample(p.before) } } : {}),
      metrics,
      ...(summary ? { work: summary } : {}),
    };
  });
  const main = mainInput(input);
  const parts = verdictOf(main, comparisons.map((c) => ({ profileId: c.profileId, kind: c.kind, unit: c.unit ?? '', functions: c.functions ?? [] })), input.threshold, workUnit);
  for (const c of comparisons) {
    if (input.threshold !== undefined) c.threshold = input.threshold;
    const lines = parts.regressions.filter((r) => r.profileId === c.profileId).map((r) => r.line);
    if (lines.length > 0) c.regressions = lines;
  }
  const verdict: VerdictRecord = {
    type: 'verdict',
    v: 1,
    runId: input.run.runId,
    baselineRunId: baseline.run.runId,
    baselinePath: baseline.path,
    ...parts,
    ...(input.threshold !== undefined ? { threshold: input.threshold } : {}),
    ...(summary ? { work: summary } : {}),
  };
  const checks = planChecks({ runId: input.run.runId, baselineRun: baseline.run, items: baseline.planItems, baselineRecords: baseline.records, pairs, workUnit, ...(main ? { main } : {}) });
  return { comparisons, verdict, checks };
}
