// A whole run's records grouped by type, in arrival order: what every
// renderer takes as input.

import type {
  AnyRecord,
  BottleneckRecord,
  DiagnosticRecord,
  FindingRecord,
  HotspotRecord,
  MetricRecord,
  PlanItemRecord,
  ProfileRecord,
  RunRecord,
} from '../records/types.js';

export interface RunContents {
  run: RunRecord;
  metrics: MetricRecord[];
  profiles: ProfileRecord[];
  hotspots: HotspotRecord[];
  bottlenecks: BottleneckRecord[];
  /** The run-level diagnosis: one per location of the user's code, ranked. */
  findings: FindingRecord[];
  planItems: PlanItemRecord[];
  diagnostics: DiagnosticRecord[];
  all: AnyRecord[];
  /** The project root (absolute) the renderers show paths relative to; set from perf-apply --root (lib/report/paths.ts). */
  sourceRoot?: string;
}

export function groupRecords(run: RunRecord, records: AnyRecord[]): RunContents {
  const of = <T extends AnyRecord>(type: string) => records.filter((r) => r.type === type) as T[];
  return {
    run,
    metrics: of<MetricRecord>('metric'),
    profiles: of<ProfileRecord>('profile'),
    hotspots: of<HotspotRecord>('hotspot'),
    bottlenecks: of<BottleneckRecord>('bottleneck'),
    findings: of<FindingRecord>('finding').filter((f) => f.runId === run.runId),
    planItems: of<PlanItemRecord>('plan-item'),
    diagnostics: of<DiagnosticRecord>('diagnostic'),
    all: records,
  };
}
