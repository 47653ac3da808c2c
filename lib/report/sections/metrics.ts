// The report's Metrics section: the run's measurements, then each per-second
// series as one row per second (the targets have their own section, under the verdict).

import { mdTable } from '../../base/format.js';
import { humanValue } from '../../base/human.js';
import { metricLabels } from '../metric-labels.js';
import type { RunContents } from '../run-contents.js';
import type { MetricRecord } from '../../records/types.js';

const isSeries = (m: MetricRecord) => m.labels !== undefined && 't' in m.labels;

/** Per-second series (labels t and stat) read better as one row per second than as a row per value. */
function series(metrics: MetricRecord[]): string {
  const byName = new Map<string, MetricRecord[]>();
  for (const m of metrics.filter(isSeries)) byName.set(m.name, [...(byName.get(m.name) ?? []), m]);
  return [...byName].map(([name, points]) => {
    const stats = [...new Set(points.map((p) => String(p.labels!.stat ?? 'value')))].sort();
    const seconds = [...new Set(points.map((p) => Number(p.labels!.t)))].sort((a, b) => a - b);
    const rows = seconds.map((t) => [String(t), ...stats.map((s) => {
      const p = points.find((q) => Number(q.labels!.t) === t && String(q.labels!.stat ?? 'value') === s);
      return p ? humanValue(p.value, p.unit) : '';
    })]);
    return `### ${name}\n\n${mdTable(['second', ...stats], rows)}`;
  }).join('\n\n');
}

export function metricsSection(c: RunContents): string {
  if (c.metrics.length === 0) return '';
  const plain = c.metrics.filter((m) => !isSeries(m));
  const rows = plain.map((m) => [m.name, humanValue(m.value, m.unit), metricLabels(m)]);
  return [`## Metrics`, mdTable(['metric', 'value', 'labels'], rows), series(c.metrics)].filter(Boolean).join('\n\n');
}
