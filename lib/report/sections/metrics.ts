import { formatValue, mdTable } from '../format.js';
import type { RunContents } from '../run-contents.js';

export function metricsSection(c: RunContents): string {
  if (c.metrics.length === 0) return '';
  const rows = c.metrics.map((m) => [m.name, formatValue(m.value, m.unit), m.unit, Object.entries(m.labels ?? {}).map(([k, v]) => `${k}=${v}`).join(' ')]);
  return `## Metrics\n\n${mdTable(['metric', 'value', 'unit', 'labels'], rows)}`;
}
