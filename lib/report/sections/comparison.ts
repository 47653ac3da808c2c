// The report's Baseline comparison section (perf-analyze --baseline): the
// verdict first, then each earlier plan item with its status, estimate,
// measured gain and evidence, the metrics, and the functions per unit of work.

import { mdTable } from '../../base/format.js';
import { comparisonView, type Table } from '../comparison-rows.js';
import { prose } from '../prose.js';
import type { RunContents } from '../run-contents.js';

const table = (t: Table) => mdTable(t.header, t.rows);

export function comparisonSection(c: RunContents): string {
  const view = comparisonView(c);
  if (!view) return '';
  const parts = ['## Baseline comparison', '', view.headline, ...view.reasons.map((r) => `- ${prose(c, r)}`), '', prose(c, view.against)];
  if (view.checks) parts.push('', '### Plan check', '', 'Each earlier item judged by its own function first (its cost per unit of work, with the interval), then the main metric.', '', table(view.checks));
  if (view.metrics) parts.push('', '### Metrics', '', table(view.metrics));
  for (const p of view.profiles) {
    parts.push('', `### ${p.title}`, '', p.total);
    if (p.functions.rows.length > 0) parts.push('', table(p.functions));
    if (p.gone.length > 0) parts.push('', ...p.gone.map((g) => `- ${prose(c, g)}`));
  }
  return parts.join('\n');
}
