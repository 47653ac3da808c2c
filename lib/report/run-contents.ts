// A whole run's records grouped by type, in arrival order: what every
// renderer takes as input.

import type {
  AnyRecord,
  BottleneckRecord,
  DiagnosticRecord,
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
  planItems: PlanItemRecord[];
  diagnostics: DiagnosticRecord[];
  all: AnyRecord[];
}

export function groupRecords(run: RunRecord, records: AnyRecord[]): RunContents {
  const of = <T extends AnyRecord>(type: string) => records.filter((r) => r.type === type) as T[];
  return {
    run,
    metrics: of<MetricRecord>('metric'),
    profiles: of<ProfileRecord>('profile'),
    hotspots: of<HotspotRecord>('hotspot'),
    bottlenecks: of<BottleneckRecord>('bottleneck'),
    planItems: of<PlanItemRecord>('plan-item'),
    diagnostics: of<DiagnosticRecord>('diagnostic'),
    all: records,
  };
}
