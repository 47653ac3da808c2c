// A small inline-SVG line chart: named series of (t seconds, value) points
// on one axis from zero, with an optional dashed target line. Shared by the
// latency and memory charts of report.html.

import { esc, num } from '../../exporters/html/escape.js';

const W = 720;
const H = 220;
const M = { left: 52, right: 16, top: 14, bottom: 34 };

/** A round axis maximum at or above `max`: 1, 2 or 5 times a power of ten. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((k) => k * p).find((v) => v >= max)!;
}

export interface LineChart {
  id: string;
  title: string;
  ariaLabel: string;
  /** stat -> [t, value] points. */
  series: Map<string, [number, number][]>;
  colours: Record<string, string>;
  /** How an axis value reads ("20 ms", "64 MB"). */
  format: (v: number) => string;
  target?: { value: number; label: string };
  /** A line under the chart (what it shows, the fitted growth). */
  caption?: string;
}

export function lineChart(c: LineChart): string {
  if (c.series.size === 0) return '';
  const points = [...c.series.values()].flat();
  const t0 = Math.min(...points.map((p) => p[0]));
  const t1 = Math.max(t0 + 1, ...points.map((p) => p[0]));
  const yMax = niceMax(Math.max(...points.map((p) => p[1]), c.target?.value ?? 0));
  const x = (t: number) => M.left + ((t - t0) / (t1 - t0)) * (W - M.left - M.right);
  const y = (v: number) => H - M.bottom - (v / yMax) * (H - M.top - M.bottom);
  const parts: string[] = [];
  for (const f of [0, 0.5, 1]) {
    parts.push(`<line class="grid" x1="${M.left}" x2="${W - M.right}" y1="${num(y(yMax * f))}" y2="${num(y(yMax * f))}"/>`);
    parts.push(`<text class="tick" x="${M.left - 6}" y="${num(y(yMax * f) + 4)}" text-anchor="end">${esc(c.format(yMax * f))}</text>`);
  }
  parts.push(`<text class="tick" x="${M.left}" y="${H - 12}">${num(t0)} s</text>`, `<text class="tick" x="${W - M.right}" y="${H - 12}" text-anchor="end">${num(t1)} s</text>`);
  if (c.target) {
    const ty = num(y(c.target.value));
    parts.push(`<line class="target" x1="${M.left}" x2="${W - M.right}" y1="${ty}" y2="${ty}"/><text class="tick" x="${W - M.right}" y="${num(y(c.target.value) - 4)}" text-anchor="end">${esc(c.target.label)}</text>`);
  }
  [...c.series.keys()].sort().forEach((stat, i) => {
    const colour = c.colours[stat] ?? '#555';
    const pts = c.series.get(stat)!.sort((a, b) => a[0] - b[0]).map(([t, v]) => `${num(x(t))},${num(y(v))}`).join(' ');
    parts.push(`<polyline fill="none" stroke="${colour}" stroke-width="2" points="${pts}"/>`);
    parts.push(`<rect x="${M.left + 10 + i * 70}" y="${M.top}" width="10" height="10" fill="${colour}"/><text class="tick" x="${M.left + 24 + i * 70}" y="${M.top + 9}">${esc(stat)}</text>`);
  });
  return [
    `<section id="${c.id}"><h2>${esc(c.title)}</h2>`,
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(c.ariaLabel)}">`,
    parts.join('\n'),
    c.caption ? `</svg>\n<p class="caption">${esc(c.caption)}</p></section>` : '</svg></section>',
  ].join('\n');
}

/** Points of one metric over time (labels t and stat), grouped by stat. */
export function seriesOf(metrics: { name: string; value: number; labels?: Record<string, unknown> }[], name: string): Map<string, [number, number][]> {
  const series = new Map<string, [number, number][]>();
  for (const m of metrics) {
    if (m.name !== name) continue;
    const t = Number(m.labels?.['t']);
    const stat = String(m.labels?.['stat'] ?? 'value');
    if (!Number.isFinite(t)) continue;
    series.set(stat, [...(series.get(stat) ?? []), [t, m.value]]);
  }
  return series;
}
