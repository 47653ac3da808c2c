// The plain listings of the report: top functions per profile, metrics, diagnostics (tables built by html-table.ts).

import { esc } from '../../exporters/html/escape.js';
import { humanPct, humanValue } from '../../base/human.js';
import { prose } from '../prose.js';
import { htmlTable, raw } from './html-table.js';
import { whereHtml } from './where.js';
import { metricLabels } from '../metric-labels.js';
import type { RunContents } from '../run-contents.js';

export function topFunctions(c: RunContents, profileId: string, by: 'self' | 'cum'): string {
  const rows = c.hotspots
    .filter((h) => h.profileId === profileId && h.by === by)
    .sort((a, b) => a.rank - b.rank)
    .map((h) => [String(h.rank), h.function, raw(whereHtml(c, h.file, h.line)), humanValue(h.self, h.unit), humanPct(h.selfPct), humanValue(h.cum, h.unit), humanPct(h.cumPct)]);
  if (rows.length === 0) return '';
  const n = (title: string) => ({ title, numeric: true });
  const caption = by === 'self' ? 'Top functions by self value' : 'Top functions by cumulative value';
  return htmlTable([n('#'), { title: 'function' }, { title: 'location' }, n('self'), n('self%'), n('cum'), n('cum%')], rows, caption);
}

export function metricsTable(c: RunContents): string {
  const rows = c.metrics
    .filter((m) => m.labels?.['t'] === undefined)
    .map((m) => [m.name, humanValue(m.value, m.unit), metricLabels(m)]);
  if (rows.length === 0) return '';
  return `<section id="metrics"><h2>Metrics</h2>\n${htmlTable([{ title: 'metric' }, { title: 'value', numeric: true }, { title: 'labels' }], rows)}</section>`;
}

export function diagnosticsList(c: RunContents): string {
  if (c.diagnostics.length === 0) return '';
  const items = c.diagnostics.map((d) => `<li class="diag-${esc(d.level)}"><b>${esc(d.level)}</b> (${esc(d.stage)}, ${esc(d.code)}): ${esc(prose(c, d.message))}</li>`);
  return `<section id="diagnostics"><h2>Diagnostics</h2><ul>${items.join('\n')}</ul></section>`;
}
