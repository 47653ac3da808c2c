// What a plan's percentages are percentages of. A profiled run is judged by
// its scenario's main metric (docs/contracts.md); an imported profile with no
// metrics by the profile's own total (CPU time for a CPU profile). And which
// share of that metric a bottleneck holds: CPU share for CPU work, share of
// wall time for I/O and lock waits (from a wall/lock profile when the run has
// one), allocation share times GC share for memory.

import type { ProfileKind } from '../model/profile.js';
import type { BottleneckRecord, FindingRecord, HotspotRecord, MetricRecord, RunRecord } from '../records/types.js';
import type { Direction } from './estimate.js';
import type { Evidence } from './calibration/evidence.js';
import type { FactorPoint } from './calibration/points.js';
import type { OriginShares } from './calibration/collateral.js';

export interface ProfileTotal {
  profileId: string;
  kind: ProfileKind;
  total: number;
  unit: string;
  sampleType: string;
  /** How many samples the profile holds (calibration/share-noise.ts sampleCount), when it counts them. */
  samples?: number;
  /** Percent of its samples with a user, a dependency, a kernel frame on the stack (perf-analyze's origin groups). */
  origins?: OriginShares;
}

export interface PlanInput {
  run: RunRecord;
  metrics: MetricRecord[];
  profiles: ProfileTotal[];
  hotspots: HotspotRecord[];
  bottlenecks: BottleneckRecord[];
  /** The run's findings (perf-analyze's diagnosis): when present, the plan is made from them. */
  findings?: FindingRecord[];
  /** Calibration points (the corpus and this project's history); default: the corpus alone. */
  points?: readonly FactorPoint[];
  /** Evidence per bottleneck id computed ahead by the stage (the hot regex's verdict needs the source and recheck). */
  evidence?: ReadonlyMap<string, Evidence>;
}

export interface MetricBasis {
  /** Items with the same key combine into one estimate. */
  key: string;
  /** The metric name verification measures. */
  metric: string;
  /** How plan text names it. */
  label: string;
  current?: number;
  unit: string;
  direction: Direction;
}

const THROUGHPUT = /per_sec|rps|throughput/;

export function directionOf(metric: string): Direction {
  return THROUGHPUT.test(metric) ? 'higher-is-better' : 'lower-is-better';
}

/** The run's main metric name, if it has metrics to judge by. */
export function mainMetricName(run: RunRecord, metrics: MetricRecord[]): string | undefined {
  const named = run.scenario?.['mainMetric'];
  if (typeof named === 'string' && named !== '') return named;
  return metrics.some((m) => m.name === 'wall_time') ? 'wall_time' : undefined;
}

/** The single value of a metric: the unlabelled record, else the first. */
export function metricValue(metrics: MetricRecord[], name: string): MetricRecord | undefined {
  const all = metrics.filter((m) => m.name === name);
  return all.find((m) => !m.labels || Object.keys(m.labels).length === 0) ?? all[0];
}

export function basisFor(input: PlanInput, profileId: string): MetricBasis {
  const main = mainMetricName(input.run, input.metrics);
  if (main) {
    const m = metricValue(input.metrics, main);
    const label = input.run.scenario?.['mainMetric'] === main ? `${main} (the main metric of scenario ${input.run.scenario!.name})` : `${main} (the run's wall time)`;
    return { key: main, metric: main, label, ...(m ? { current: m.value } : {}), unit: m?.unit ?? '', direction: directionOf(main) };
  }
  const p = input.profiles.find((x) => x.profileId === profileId);
  const what = p ? `total ${p.sampleType} ${p.kind === 'cpu' ? 'time ' : ''}of profile ${profileId}` : `the total of profile ${profileId}`;
  return {
    key: `profile:${profileId}`,
    metric: p ? `${p.sampleType}_total` : 'profile_total',
    label: `${what} (an imported profile with no run metrics: the profile's total stands in for the main metric)`,
    ...(p ? { current: p.total } : {}),
    unit: p?.unit ?? '',
    direction: 'lower-is-better',
  };
}

export interface Share {
  /** Share of the basis metric, 0..1. */
  p: number;
  /** How it was obtained, with the numbers. */
  how: string;
  /** Confidence steps lost because the evidence is indirect. */
  penalty: number;
  /**
   * p = the sampled share × scale (a CPU share times the run's busy share ρ): the sampling
   * interval belongs to the sampled share, and is scaled with it (collateral.ts removedRange).
   */
  scale?: number;
}

const WAIT_KINDS: Record<string, ProfileKind[]> = { io: ['wall', 'block'], lock: ['lock', 'block', 'wall'] };
const GC_FRAMES = new Set(['(garbage collector)', 'runtime.gcBgMarkWorker', 'runtime.mallocgc', 'GC']);

export function kindOf(input: PlanInput, b: BottleneckRecord): ProfileKind | undefined {
  return (b['kind'] as ProfileKind | undefined) ?? input.profiles.find((p) => p.profileId === b.profileId)?.kind;
}

const n = (x: number) => `${Math.round(x * 100) / 100}%`;

export function shareOf(input: PlanInput, b: BottleneckRecord): Share {
  const kind = kindOf(input, b);
  const own = b.sharePct / 100;
  const waitKinds = WAIT_KINDS[b.category];
  if (waitKinds && (kind === 'cpu' || kind === undefined)) {
    const wallProfiles = input.profiles.filter((p) => waitKinds.includes(p.kind)).map((p) => p.profileId);
    const h = input.hotspots.find((x) => wallProfiles.includes(x.profileId) && x.by === 'cum' && x.function === b.function && x.file === b.file);
    if (h) return { p: h.cumPct / 100, how: `its share of wall time in ${h.kind} profile ${h.profileId} (${n(h.cumPct)}), not its CPU share (${n(b.sharePct)}), since an ${b.category} wait costs wall time without CPU`, penalty: 0 };
    return { p: own, how: `its CPU share (${n(b.sharePct)} of profile ${b.profileId}); the run has no wall profile, so this is a lower bound of the wall time it costs`, penalty: 1 };
  }
  if (b.category === 'memory' && (kind === 'alloc' || kind === 'heap')) {
    const gc = input.hotspots.filter((h) => h.kind === 'cpu' && h.by === 'self' && GC_FRAMES.has(h.function));
    if (gc.length > 0) {
      const gcPct = gc.reduce((s, h) => s + h.selfPct, 0);
      return { p: own * (gcPct / 100), how: `its share of allocations (${n(b.sharePct)} of profile ${b.profileId}) times the garbage collector's share of CPU (${n(gcPct)})`, penalty: 1 };
    }
    return { p: own, how: `its share of allocations (${n(b.sharePct)} of profile ${b.profileId}) taken as its share of time: the run has no CPU profile showing GC time, so this is an upper bound`, penalty: 2 };
  }
  return { p: own, how: `its share of the ${kind ?? ''} profile ${b.profileId} (${n(b.sharePct)}, counting its callees)`.replace('the  profile', 'profile'), penalty: 0 };
}
