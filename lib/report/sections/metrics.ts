import { formatValue, mdTable } from '../../base/format.js';
import type { RunContents } from '../run-contents.js';
import type { MetricRecord } from '../../records/types.js';

/** Scenario targets and the metric each one is checked against (docs/contracts.md). */
export const TARGET_METRICS: Record<string, { metric: string; better: 'lower' | 'higher'; unit: string }> = {
  latency_p99_ms: { metric: 'http_latency_p99', better: 'lower', unit: 'ms' },
  throughput_rps: { metric: 'http_requests_per_sec', better: 'higher', unit: 'req/s' },
  wall_time_s: { metric: 'wall_time', better: 'lower', unit: 's' },
};

const isSeries = (m: MetricRecord) => m.labels !== undefined && 't' in m.labels;

function targets(c: RunContents): string {
  const wanted = Object.entries((c.run.scenario?.targets ?? {}) as Record<string, number>);
  if (wanted.length === 0) return '';
  const rows = wanted.map(([name, target]) => {
    const spec = TARGET_METRICS[name];
    const measured = spec && c.metrics.find((m) => m.name === spec.metric && !isSeries(m));
    if (!spec || !measured) return [name, String(target), 'not measured', '?'];
    const met = spec.better === 'lower' ? measured.value <= target : measured.value >= target;
    return [name, `${spec.better === 'lower' ? '≤' : '≥'} ${target} ${spec.unit}`, formatValue(measured.value, measured.unit), met ? 'met' : 'NOT met'];
  });
  return `### Targets\n\n${mdTable(['target', 'wanted', 'measured', 'status'], rows)}`;
}

/** Per-second series (labels t and stat) read better as one row per second than as a row per value. */
function series(metrics: MetricRecord[]): string {
  const byName = new Map<string, MetricRecord[]>();
  for (const m of metrics.filter(isSeries)) byName.set(m.name, [...(byName.get(m.name) ?? []), m]);
  return [...byName].map(([name, points]) => {
    const stats = [...new Set(points.map((p) => String(p.labels!.stat ?? 'value')))].sort();
    const seconds = [...new Set(points.map((p) => Number(p.labels!.t)))].sort((a, b) => a - b);
    const rows = seconds.map((t) => [String(t), ...stats.map((s) => {
      const p = points.find((q) => Number(q.labels!.t) === t && String(q.labels!.stat ?? 'value') === s);
      return p ? formatValue(p.value, p.unit) : '';
    })]);
    return `### ${name}\n\n${mdTable(['second', ...stats], rows)}`;
  }).join('\n\n');
}

export function metricsSection(c: RunContents): string {
  if (c.metrics.length === 0) return '';
  const plain = c.metrics.filter((m) => !isSeries(m));
  const rows = plain.map((m) => [m.name, formatValue(m.value, m.unit), Object.entries(m.labels ?? {}).map(([k, v]) => `${k}=${v}`).join(' ')]);
  return [`## Metrics`, mdTable(['metric', 'value', 'labels'], rows), targets(c), series(c.metrics)].filter(Boolean).join('\n\n');
}
