// The record types of protocol v1. The JSON Schemas in schemas/ are the
// contract; these types mirror them for the compiler.

import type { ProfileKind, ValueType } from '../model/profile.js';

export const PROTOCOL_VERSION = 1;

export const RECORD_TYPES = ['run', 'metric', 'profile', 'hotspot', 'bottleneck', 'plan-item', 'artifact', 'diagnostic', 'hotline', 'group', 'callgraph', 'comparison', 'plan-check', 'finding'] as const;
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
export type EvidenceResource = 'cpu' | 'wall' | 'off-cpu' | 'alloc' | 'heap' | 'gc' | 'lock' | 'block' | 'io';

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

export interface DiagnosticRecord extends Base<'diagnostic'> {
  level: 'info' | 'warning' | 'error';
  code: string;
  message: string;
  stage: string;
  runId?: string;
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

export interface FunctionDelta {
  function: string;
  file: string;
  status: 'new' | 'vanished' | 'changed';
  self?: number;
  cum: number;
  baselineSelf?: number;
  baselineCum: number;
  selfPct?: number;
  cumPct: number;
  baselineSelfPct?: number;
  baselineCumPct: number;
  cumDeltaPct: number | null;
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
  | FindingRecord;

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
