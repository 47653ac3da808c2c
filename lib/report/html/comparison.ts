// "Compared with the baseline": per comparison record (perf-analyze
// --baseline), the metrics against the baseline's, the functions whose share
// moved, any regression past the gate, and a link to the differential graph.

import { esc } from '../../exporters/html/escape.js';
import { formatValue, location, pct } from '../../base/format.js';
import type { RunContents } from '../run-contents.js';
import { profileFiles } from './files.js';
import { htmlTable } from './html-table.js';

interface FunctionDelta {
  function: string;
  file: string;
  status: string;
  selfPct?: number;
  baselineSelfPct?: number;
  cumPct?: number;
  baselineCumPct?: number;
}
interface MetricDelta {
  name: string;
  unit: string;
  value: number;
  baseline: number;
  deltaPct: number | null;
}

const signedPct = (n: number | null | undefined): string => (typeof n === 'number' ? `${n >= 0 ? '+' : ''}${n.toFixed(2)}%` : '\u2014');

export function comparisonSection(c: RunContents): string {
  const comparisons = c.all.filter((r) => r.type === 'comparison') as unknown as Record<string, unknown>[];
  if (comparisons.length === 0) return '';
  const parts = comparisons.map((cmp) => {
    const profileId = String(cmp['profileId']);
    const metrics = ((cmp['metrics'] as MetricDelta[] | undefined) ?? []).map((m) => [m.name, formatValue(m.baseline, m.unit), formatValue(m.value, m.unit), signedPct(m.deltaPct)]);
    const functions = ((cmp['functions'] as FunctionDelta[] | undefined) ?? []).map((f) => [
      f.function,
      location(f.file, 0),
      f.status,
      `${pct(f.baselineSelfPct ?? 0)} \u2192 ${pct(f.selfPct ?? 0)}`,
      `${pct(f.baselineCumPct ?? 0)} \u2192 ${pct(f.cumPct ?? 0)}`,
    ]);
    const regressions = ((cmp['regressions'] as string[] | undefined) ?? []).map((r) => `<li>${esc(r)}</li>`).join('');
    const diffLink = c.profiles.some((p) => p.profileId === profileId) ? ` \u00b7 <a href="${esc(profileFiles(profileId).diff)}">differential flame graph</a>` : '';
    return [
      `<h3>${esc(profileId)} vs baseline ${esc(String(cmp['baselineRunId']))} / ${esc(String(cmp['baselineProfileId']))}</h3>`,
      `<p class="files">total ${esc(signedPct(cmp['totalDeltaPct'] as number | null | undefined))} against the baseline${diffLink}</p>`,
      regressions ? `<ul class="regressions">${regressions}</ul>` : '',
      metrics.length > 0 ? htmlTable([{ title: 'metric' }, { title: 'baseline', numeric: true }, { title: 'now', numeric: true }, { title: 'change', numeric: true }], metrics) : '',
      functions.length > 0 ? htmlTable([{ title: 'function' }, { title: 'file' }, { title: 'status' }, { title: 'self share', numeric: true }, { title: 'cum share', numeric: true }], functions) : '',
    ].filter(Boolean).join('\n');
  });
  return `<section id="comparison"><h2>Compared with the baseline</h2>\n${parts.join('\n')}</section>`;
}
