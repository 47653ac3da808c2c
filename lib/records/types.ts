// The record types of protocol v1. The JSON Schemas in schemas/ are the
// contract; these types mirror them for the compiler.

import type { ProfileKind, ValueType } from '../model/profile.js';

export const PROTOCOL_VERSION = 1;

export const RECORD_TYPES = ['run', 'metric', 'profile', 'hotspot', 'bottleneck', 'plan-item', 'artifact', 'diagnostic', 'hotline', 'group', 'callgraph', 'comparison', 'plan-check', 'verdict', 'finding', 'calibration-point', 'target-output'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

interface Base<T extends string> {
  type: T;
  v: number;
}

export interface RunRecord extends Base<'run'> {
  runId: string;
  /** --run-id named the id: perf-apply refuses a taken one instead of suffixing it. */
  runIdGiven?: boolean;
  startedAt: string;
  tool: { name: string; version: string };
  profiler: string;
  scenario?: { name: string; [key: string]: unknown };
  command: string[];
  inputs?: string[];
  host: { platform: string; arch: string; cpus: number; node: string };
  git?: { commit: string; dirty: boolean };
}

export interface MetricRecord extends Base<'metric'> {
  runId: string;
  name: string;
  value: number;
  unit: string;
  labels?: Record<string, string | number | boolean>;
}

export interface ProfileRecord extends Base<'profile'> {
  runId: string;
  profileId: string;
  kind: ProfileKind;
  sourceFormat: string;
  source?: string;
  encoding: 'pprof+gzip+base64';
  data: string;
  sampleTypes: ValueType[];
  defaultSampleType?: string;
  sampleCount: number;
  durationNs?: number;
  labels?: Record<string, string>;
  /** Sum of every sample's value, one per sample type in sampleTypes' order; perf-analyze adds it so later stages need not decode. */
  totals?: number[];
}

export interface HotspotRecord extends Base<'hotspot'> {
  runId: string;
  profileId: string;
  kind: ProfileKind;
  by: 'self' | 'cum';
  rank: number;
  function: string;
  file: string;
  line: number;
  self: number;
  cum: number;
  selfPct: number;
  cumPct: number;
  unit: string;
  sampleType: string;
}

export type BottleneckCategory = 'cpu' | 'memory' | 'io' | 'lock';

/** A finding's category: a bottleneck's, plus `wait` (sleeping, blocked on a channel or a condition). */
export type FindingCategory = BottleneckCategory | 'wait';

/** What a piece of evidence measures. */
export type EvidenceResource = 'cpu' | 'wall' | 'off-cpu' | 'alloc' | 'heap' | 'gc' | 'lock' | 'block' | 'io' | 'wait' | 'growth';

export interface FindingEvidence {
  resource: EvidenceResource;
  /** The profiles (of every process) this evidence is summed over. */
  profileIds: string[];
  value: number;
  unit: string;
  /** Share of the run's total of this resource (all processes), 0..100. */
  sharePct: number;
  /** Processes whose profiles show it. */
  processes: number;
  text: string;
  /** For off-CPU time: what the thread waited in (sleep, io, lock, wait). */
  state?: string;
}

export interface FindingPart {
  category: FindingCategory;
  cause: string;
  ruleId: string;
  resource: EvidenceResource;
  sharePct: number;
  line: number;
  text: string;
}

/**
 * One run-level diagnosis: a location in the user's code, with the evidence
 * of every profile and process of the run, a category decided by the
 * decision table (lib/analysis/diagnosis/decision-table.ts) and why.
 */
export interface FindingRecord extends Base<'finding'> {
  runId: string;
  id: string;
  rank: number;
  category: FindingCategory;
  cause: string;
  /** The decision-table row that decided the category. */
  decision: string;
  why: string;
  function: string;
  file: string;
  line: number;
  processes: number;
  impact: { sharePct: number; metric: string; how: string };
  evidence: FindingEvidence[];
  parts: FindingPart[];
  strategies: string[];
  bottleneckIds: string[];
  profileId: string;
  kind: ProfileKind;
  [extra: string]: unknown;
}

export interface BottleneckRecord extends Base<'bottleneck'> {
  runId: string;
  id: string;
  rank: number;
  category: BottleneckCategory;
  cause: string;
  function: string;
  file: string;
  line: number;
  sharePct: number;
  profileId: string;
  evidence: string[];
  ruleId?: string;
  parentId?: string;
  [extra: string]: unknown;
}

export interface PlanItemRecord extends Base<'plan-item'> {
  runId: string;
  id: string;
  bottleneckId: string;
  title: string;
  description: string;
  strategy: string;
  expectedGainPct: { low: number; expected: number; high: number };
  method: string;
  confidence: 'low' | 'medium' | 'high';
  verification: { metric: string; target: string | number; commands: string[]; [extra: string]: unknown };
  [extra: string]: unknown;
}

export interface ArtifactRecord extends Base<'artifact'> {
  runId: string;
  path: string;
  bytes: number;
  sha256: string;
  action: 'written' | 'would-write' | 'kept';
}

/** What bounds a run: cpu, io, lock, memory, idle; waiting is off the CPU on a sleep, a channel or a condition. */
export type BoundKind = 'cpu' | 'io' | 'lock' | 'memory' | 'idle' | 'waiting' | 'mixed' | 'unknown';

export interface RunBoundFact {
  kind: BoundKind;
  /** Busy share of the profiled threads, percent, when known. */
  busyPct?: number;
  /** The finding that decided the kind, when one did. */
  findingId?: string;
  /** Why, in one clause a person reads. */
  evidence: string;
}

export interface DiagnosticRecord extends Base<'diagnostic'> {
  level: 'info' | 'warning' | 'error';
  code: string;
  message: string;
  stage: string;
  runId?: string;
  /** On the run-diagnosis diagnostic (perf-analyze): what bounds the run. */
  bound?: RunBoundFact;
}

/** The profiled program's own stdout and stderr, bounded (lib/collectors/target-output.ts); perf-apply keeps it as a file. */
export interface TargetOutputRecord extends Base<'target-output'> {
  runId: string;
  /** perf-collect --repeat: which repeat (1-based). */
  repeat?: number;
  text: string;
  lines: { stdout: number; stderr: number };
  bytes: number;
  droppedLines: number;
  droppedBytes: number;
}

export interface HotlineRecord extends Base<'hotline'> {
  runId: string;
  profileId: string;
  function: string;
  file: string;
  line: number;
  rank: number;
  functionRank?: number;
  self: number;
  cum: number;
  selfPct: number;
  cumPct: number;
  unit: string;
  sampleType?: string;
  excerpt?: { line: number; text: string }[];
}

export interface GroupRecord extends Base<'group'> {
  runId: string;
  profileId: string;
  by: 'file' | 'package' | 'origin';
  name: string;
  rank: number;
  self: number;
  cum: number;
  selfPct: number;
  cumPct: number;
  unit: string;
  sampleType?: string;
}

export interface CallEdge {
  function: string;
  file: string;
  value: number;
  pct: number;
}

export interface CallgraphRecord extends Base<'callgraph'> {
  runId: string;
  profileId: string;
  function: string;
  file: string;
  rank: number;
  cum: number;
  cumPct: number;
  unit: string;
  sampleType?: string;
  callers: CallEdge[];
  callees: CallEdge[];
}

/** A relative change in percent with its confidence interval (lib/compare/noise.ts). */
export interface IntervalPct {
  pct: number;
  low: number;
  high: number;
  level: number;
}

export interface FunctionDelta {
  function: string;
  file: string;
  /** Where its code comes from: user code and dependencies are gated, the runtime and kernel only shown. */
  origin?: 'user' | 'dependency' | 'runtime' | 'kernel';
  /** new: only this run has it; gone: only the baseline has it; changed: both. */
  status: 'new' | 'gone' | 'changed';
  self?: number;
  cum: number;
  baselineSelf?: number;
  baselineCum: number;
  selfPct?: number;
  cumPct: number;
  baselineSelfPct?: number;
  baselineCumPct: number;
  /** Costs per unit of work (the comparison's `work.unit`), in the profile's unit. */
  perUnit?: { cum: number; baselineCum: number; self: number; baselineSelf: number };
  /** Change of cum per unit of work in percent; null unless both runs have the function. */
  cumDeltaPct: number | null;
  change?: IntervalPct;
  /** For a gone function: its former callers' own cost per unit, before and after. */
  movedTo?: { function: string; file: string; selfPerUnit: number; baselineSelfPerUnit: number }[];
}

export interface MetricDelta {
  name: string;
  unit: string;
  labels?: Record<string, string | number | boolean>;
  value: number;
  baseline: number;
  deltaPct: number | null;
  main?: boolean;
}

export interface ComparisonRecord extends Base<'comparison'> {
  runId: string;
  baselineRunId: string;
  baselinePath: string;
  profileId: string;
  baselineProfileId: string;
  kind?: ProfileKind;
  matchedBy?: 'profileId' | 'kind';
  unit?: string;
  sampleType?: string;
  total?: number;
  baselineTotal?: number;
  totalDeltaPct?: number | null;
  functions?: FunctionDelta[];
  metrics?: MetricDelta[];
  regressions?: string[];
  threshold?: number;
  /** The unit of work costs are divided by, and how much of it each run did. */
  work?: WorkSummary;
  /** cpu-time: a V8-style time profile's costs rescaled to the CPU time measured for the run; profile: as recorded. */
  costBasis?: 'profile' | 'cpu-time';
  /** With costBasis cpu-time: the CPU nanoseconds one profile sample stands for in each run. */
  cpuPerSample?: { current: number; baseline: number };
}

export interface WorkSummary {
  unit: string;
  current: number;
  baseline: number;
  repeats: { current: number; baseline: number };
  source: string;
}

export type VerdictStatus = 'passed' | 'failed' | 'inconclusive' | 'compared';

export interface VerdictRecord extends Base<'verdict'> {
  runId: string;
  baselineRunId: string;
  baselinePath: string;
  /** compared: no --fail-on-regression asked, nothing gated. */
  status: VerdictStatus;
  threshold?: number;
  work?: WorkSummary;
  main?: {
    name: string;
    unit: string;
    direction: 'lower-is-better' | 'higher-is-better';
    /** How the statistic was computed from the samples. */
    statistic: string;
    baseline: number;
    current: number;
    change: IntervalPct;
    /** Whether repeats measured the noise between runs (else only within one run). */
    betweenRuns: boolean;
    /** Half the interval's width, in percent. */
    spreadPct: number;
    repeatsToResolve?: number;
  };
  regressions: { profileId?: string; function?: string; file?: string; unit: string; baseline: number; current: number; change: IntervalPct; line: string }[];
  /** One line per decision, as printed on stderr. */
  reasons: string[];
  exitCode: number;
}

export type PlanCheckStatus = 'done' | 'partly' | 'not-done' | 'regressed' | 'gone' | 'inconclusive';

/** An earlier run's plan item judged by this run (lib/compare/plan-check.ts). */
export interface PlanCheckRecord extends Base<'plan-check'> {
  runId: string;
  baselineRunId: string;
  itemId: string;
  title: string;
  /** The item's verification metric (its global target). */
  metric: string;
  status: PlanCheckStatus;
  function?: string;
  file?: string;
  profileId?: string;
  kind?: ProfileKind;
  /**
   * The item's own evidence: its function's inclusive cost per unit of work, before and after; for a wait
   * item (basis request-latency), the median latency of its route's requests, the whole request (shares 100); a critical-path item whose profiles only sum waits (basis main-metric), the main metric.
   */
  evidence?: { unit: string; work: string; basis?: 'request-latency' | 'main-metric'; baseline: number; current: number; change?: IntervalPct; baselineSharePct: number; sharePct: number; movedTo?: FunctionDelta['movedTo'] };
  /** The fall of cost the item promised (its strategy's local speed-up), in percent. */
  expectedFallPct?: { low: number; expected: number; high: number };
  /** The global metric: before, after and its change with the interval. */
  global?: { metric: string; unit: string; baseline: number; current: number; change: IntervalPct; measuredGainPct: number };
  measuredGainPct?: number;
  expectedGainPct: PlanItemRecord['expectedGainPct'];
  /** For per-project calibration (issue 15): the estimate's inputs next to what was measured. */
  calibration?: { strategy: string; runtime: string; evidence?: string; share: number; expected: PlanItemRecord['expectedGainPct']; measured: { localFallPct?: number; globalGainPct?: number } };
  reason: string;
  [extra: string]: unknown;
}

export type KnownRecord =
  | RunRecord
  | MetricRecord
  | ProfileRecord
  | HotspotRecord
  | BottleneckRecord
  | PlanItemRecord
  | ArtifactRecord
  | DiagnosticRecord
  | HotlineRecord
  | GroupRecord
  | CallgraphRecord
  | ComparisonRecord
  | PlanCheckRecord
  | VerdictRecord
  | FindingRecord
  | TargetOutputRecord;

/** A record of a type this version does not know: passed through untouched. */
export interface UnknownRecord {
  type: string;
  v: number;
  [key: string]: unknown;
}

export type AnyRecord = KnownRecord | UnknownRecord;

export function isKnownType(type: string): type is RecordType {
  return (RECORD_TYPES as readonly string[]).includes(type);
}

export function isType<T extends RecordType>(record: AnyRecord, type: T): record is Extract<KnownRecord, { type: T }> {
  return record.type === type;
}
