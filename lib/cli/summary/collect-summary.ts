// What perf-collect shows a person on a terminal instead of its records: the
// run, each profile it collected (kind, samples, length, where from), the
// run's own metrics, and its warnings, then how to pass the records on.
// Pure: the records in, text out.

import { humanValue } from '../../base/human.js';
import type { AnyRecord, DiagnosticRecord, MetricRecord, ProfileRecord, RunRecord } from '../../records/types.js';
import { heldBack, plural, textTable } from './table.js';

/** Metrics per label set (latency over time, per repeat) are series for the report, not lines for a terminal. */
const plain = (m: MetricRecord) => !m.labels || Object.keys(m.labels).length === 0;

export function runLine(run: RunRecord): string {
  const scenario = typeof run.scenario?.name === 'string' ? `, scenario ${run.scenario.name}` : '';
  return `Run ${run.runId}${scenario}, profiler ${run.profiler}`;
}

function profileRows(profiles: ProfileRecord[]): string[] {
  if (profiles.length === 0) return ['No profiles were collected.'];
  const rows = profiles.map((p) => [
    p.profileId,
    p.kind,
    humanValue(p.sampleCount, 'samples'),
    p.durationNs ? humanValue(p.durationNs, 'nanoseconds') : '',
    p.source ? `${p.sourceFormat} from ${p.source}` : p.sourceFormat,
  ]);
  return [`${plural(profiles.length, 'profile')}:`, ...textTable(['profile', 'kind', 'samples', 'length', 'format'], rows, ['left', 'left', 'right', 'right', 'left'])];
}

function metricRows(metrics: MetricRecord[]): string[] {
  const shown = metrics.filter(plain);
  if (shown.length === 0) return [];
  const series = metrics.length - shown.length;
  const rows = shown.map((m) => [m.name, humanValue(m.value, m.unit)]);
  return ['', 'Metrics:', ...textTable(['metric', 'value'], rows, ['left', 'left']), ...(series > 0 ? [`  and ${plural(series, 'labelled value')} (over time, per repeat) in the records`] : [])];
}

function noteRows(diagnostics: DiagnosticRecord[]): string[] {
  const notes = diagnostics.filter((d) => d.level !== 'info');
  return notes.length === 0 ? [] : ['', ...notes.map((d) => `${d.level}: ${d.message}`)];
}

export function collectSummary(records: AnyRecord[]): string {
  const of = <T extends AnyRecord>(type: string) => records.filter((r) => r.type === type) as T[];
  const run = of<RunRecord>('run')[0];
  const lines = [
    ...(run ? [runLine(run), ''] : []),
    ...profileRows(of<ProfileRecord>('profile')),
    ...metricRows(of<MetricRecord>('metric')),
    ...noteRows(of<DiagnosticRecord>('diagnostic')),
    '',
    heldBack(records.length, '| perf-analyze, or > run.ndjson'),
  ];
  return `${lines.join('\n')}\n`;
}
