// The flame graph's top-functions table, like `go tool pprof -top` at
// function granularity: self (flat) and cum per function, exact (from every
// sample, not the drawn tree, whose narrow frames are merged). Rendered as a
// plain table, readable without scripts; the page script sorts it by a column
// and opens a function's sandwich view (callers above, callees below) from a name.

import { functionStats, percentOf, topBySelf } from '../../analysis/hotspots.js';
import { humanPct, humanValue } from '../../base/human.js';
import type { Profile } from '../../model/profile.js';
import { esc } from './escape.js';

/** Rows in the table: pprof's default -nodecount is 80; a page stays light enough with this many. */
export const TOP_ROWS = 80;

export interface TopTableOptions {
  sampleType?: string;
  /** How a file is shown (relative to the project root); the absolute path goes in the row's title. */
  displayFile?: (file: string) => string;
}

export function renderTopTable(profile: Profile, options: TopTableOptions = {}): string {
  const view = functionStats(profile, options.sampleType);
  const shown = options.displayFile ?? ((f: string) => f);
  const rows = topBySelf(view, TOP_ROWS).map((f, i) => {
    const file = shown(f.file);
    const at = f.file ? `${file}${f.line > 0 ? `:${f.line}` : ''}` : '';
    const title = f.file && file !== f.file ? ` title="${esc(f.file)}"` : '';
    return (
      `<tr data-n="${esc(f.name)}" data-f="${esc(file)}" data-s="${f.self}" data-c="${f.cum}" data-r="${i}">` +
      `<td><button type="button" class="fg-fn" title="callers and callees of ${esc(f.name)}">${esc(f.name)}</button></td>` +
      `<td class="num">${esc(humanValue(f.self, view.unit))}</td><td class="num">${esc(humanPct(percentOf(f.self, view.total)))}</td>` +
      `<td class="num">${esc(humanValue(f.cum, view.unit))}</td><td class="num">${esc(humanPct(percentOf(f.cum, view.total)))}</td>` +
      `<td class="fg-at"${title}>${esc(at)}</td></tr>`
    );
  });
  if (rows.length === 0) return '';
  const th = (key: string, text: string, numeric: boolean, sorted = false) =>
    `<th${numeric ? ' class="num"' : ''} aria-sort="${sorted ? 'descending' : 'none'}"><button type="button" data-sort="${key}">${esc(text)}</button></th>`;
  return [
    '<div class="fg-top">',
    `<table class="fg-toptable"><caption>Top functions by ${esc(view.sampleType)} (as <code>pprof -top</code>): sort by a column; a name opens its callers and callees</caption>`,
    `<thead><tr>${th('n', 'function', false)}${th('s', 'self', true, true)}${th('s', 'self%', true)}${th('c', 'cum', true)}${th('c', 'cum%', true)}${th('f', 'location', false)}</tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody></table>`,
    '</div>',
  ].join('\n');
}
