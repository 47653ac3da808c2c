// The report's Baseline comparison section (perf-analyze --baseline): totals,
// the functions that moved most, new and vanished hotspots, metric changes,
// and what tripped --fail-on-regression.

import { formatValue, mdTable, pct } from '../../base/format.js';
import type { RunContents } from '../run-contents.js';
import type { ComparisonRecord } from '../../records/types.js';

/** Function rows per compared profile. */
const FUNCTION_ROWS = 10;

const signed = (d: number | null | undefined) => (d === null || d === undefined ? 'new' : `${d > 0 ? '+' : ''}${d.toFixed(2)}%`);

export function comparisonSection(c: RunContents): string {
  const list = c.all.filter((r) => r.type === 'comparison') as unknown as ComparisonRecord[];
  if (list.length === 0) return '';
  const first = list[0]!;
  const parts = ['## Baseline comparison', '', `Against run \`${first.baselineRunId}\` (\`${first.baselinePath}\`).`];
  const regressions = list.flatMap((r) => r.regressions ?? []);
  if (first.threshold !== undefined) {
    parts.push('', regressions.length > 0 ? `**Regression gate failed** (over ${first.threshold}%):` : `Regression gate passed (threshold ${first.threshold}%).`);
    for (const line of regressions) parts.push(`- ${line}`);
  }
  const metrics = first.metrics ?? [];
  if (metrics.length > 0) {
    const rows = metrics.map((m) => [m.name + (m.main ? ' (main)' : ''), Object.entries(m.labels ?? {}).map(([k, v]) => `${k}=${v}`).join(' '), formatValue(m.baseline, m.unit), formatValue(m.value, m.unit), signed(m.deltaPct)]);
    parts.push('', '### Metrics', '', mdTable(['metric', 'labels', 'baseline', 'now', 'change'], rows));
  }
  for (const r of list) {
    const unit = r.unit ?? '';
    parts.push('', `### ${r.profileId} vs ${r.baselineProfileId} (${r.kind}, matched by ${r.matchedBy})`, '', `Total ${r.sampleType}: ${formatValue(r.baselineTotal ?? 0, unit)} -> ${formatValue(r.total ?? 0, unit)} (${signed(r.totalDeltaPct)}).`);
    const fns = (r.functions ?? []).slice(0, FUNCTION_ROWS);
    if (fns.length > 0) {
      const rows = fns.map((f) => [`\`${f.function}\``, f.status, formatValue(f.baselineCum, unit), formatValue(f.cum, unit), pct(f.baselineCumPct), pct(f.cumPct), signed(f.cumDeltaPct)]);
      parts.push('', mdTable(['function', 'status', 'cum before', 'cum now', 'cum% before', 'cum% now', 'change'], rows));
    }
  }
  return parts.join('\n');
}
