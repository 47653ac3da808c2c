// "Compared with the baseline": the verdict first, then each earlier plan
// item (status, estimate next to measured, its own evidence), the metrics with
// their labels, and per compared profile the functions per unit of work and
// a link to the differential flame graph. Shares the rows with report.md.

import { esc } from '../../exporters/html/escape.js';
import { comparisonView, type Table } from '../comparison-rows.js';
import { prose } from '../prose.js';
import type { RunContents } from '../run-contents.js';
import { profileFiles } from './files.js';
import { htmlTable } from './html-table.js';

const NUMERIC = new Set(['baseline', 'now', 'change', 'change [95% interval]']);
const table = (t: Table) => htmlTable(t.header.map((title) => ({ title, numeric: NUMERIC.has(title) || title.startsWith('cost per') })), t.rows);
const inline = (md: string) => esc(md).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/`([^`]+)`/g, '<code>$1</code>');

export function comparisonSection(c: RunContents): string {
  const view = comparisonView(c);
  if (!view) return '';
  const status = view.verdict?.status ?? 'compared';
  const parts = [
    `<p class="verdict st ${esc(status)}">${inline(view.headline)}</p>`,
    view.reasons.length > 0 ? `<ul class="regressions">${view.reasons.map((r) => `<li>${esc(prose(c, r))}</li>`).join('')}</ul>` : '',
    `<p>${inline(prose(c, view.against))}</p>`,
    view.checks ? `<h3 id="plan-check">Plan check</h3>\n<p>Each earlier item judged by its own function first (its cost per unit of work, with the interval), then the main metric.</p>\n${table(view.checks)}` : '',
    view.metrics ? `<h3>Metrics</h3>\n${table(view.metrics)}` : '',
    ...view.profiles.map((p) => {
      const id = p.comparison.profileId;
      const diffLink = c.profiles.some((x) => x.profileId === id) ? ` \u00b7 <a href="${esc(profileFiles(id).diff)}">differential flame graph</a>` : '';
      const gone = p.gone.length > 0 ? `<ul class="gone">${p.gone.map((g) => `<li>${esc(prose(c, g))}</li>`).join('')}</ul>` : '';
      return `<h3>${esc(p.title)}</h3>\n<p class="files">${esc(p.total)}${diffLink}</p>\n${p.functions.rows.length > 0 ? table(p.functions) : ''}\n${gone}`;
    }),
  ];
  return `<section id="comparison"><h2>Compared with the baseline</h2>\n${parts.filter(Boolean).join('\n')}</section>`;
}
