// A small inline-SVG line chart of the load's latency per second
// (`http_latency_over_time` metric records, labels { t, stat }), with the
// scenario's p99 target as a dashed line when it has one.

import { esc, num } from '../../exporters/html/escape.js';
import type { RunContents } from '../run-contents.js';

const W = 720;
const H = 220;
const M = { left: 52, right: 16, top: 14, bottom: 34 };
const STAT_COLOURS: Record<string, string> = { p50: '#2f6fdd', p90: '#e39b1b', p99: '#d1362f' };

/** A round axis maximum at or above `max`: 1, 2 or 5 times a power of ten. */
function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((k) => k * p).find((v) => v >= max)!;
}

export function latencyChart(c: RunContents): string {
  const series = new Map<string, [number, number][]>();
  for (const m of c.metrics) {
    if (m.name !== 'http_latency_over_time') continue;
    const t = Number(m.labels?.['t']);
    const stat = String(m.labels?.['stat'] ?? 'value');
    if (!Number.isFinite(t)) continue;
    series.set(stat, [...(series.get(stat) ?? []), [t, m.value]]);
  }
  if (series.size === 0) return '';
  const target = (c.run.scenario?.['targets'] as Record<string, unknown> | undefined)?.['latency_p99_ms'];
  const points = [...series.values()].flat();
  const t0 = Math.min(...points.map((p) => p[0]));
  const t1 = Math.max(t0 + 1, ...points.map((p) => p[0]));
  const yMax = niceMax(Math.max(...points.map((p) => p[1]), typeof target === 'number' ? target : 0));
  const x = (t: number) => M.left + ((t - t0) / (t1 - t0)) * (W - M.left - M.right);
  const y = (v: number) => H - M.bottom - (v / yMax) * (H - M.top - M.bottom);
  const parts: string[] = [];
  for (const f of [0, 0.5, 1]) {
    parts.push(`<line class="grid" x1="${M.left}" x2="${W - M.right}" y1="${num(y(yMax * f))}" y2="${num(y(yMax * f))}"/>`);
    parts.push(`<text class="tick" x="${M.left - 6}" y="${num(y(yMax * f) + 4)}" text-anchor="end">${num(yMax * f)} ms</text>`);
  }
  parts.push(`<text class="tick" x="${M.left}" y="${H - 12}">${num(t0)} s</text>`, `<text class="tick" x="${W - M.right}" y="${H - 12}" text-anchor="end">${num(t1)} s</text>`);
  if (typeof target === 'number') {
    parts.push(`<line class="target" x1="${M.left}" x2="${W - M.right}" y1="${num(y(target))}" y2="${num(y(target))}"/><text class="tick" x="${W - M.right}" y="${num(y(target) - 4)}" text-anchor="end">p99 target ${num(target)} ms</text>`);
  }
  const stats = [...series.keys()].sort();
  stats.forEach((stat, i) => {
    const colour = STAT_COLOURS[stat] ?? '#555';
    const pts = series.get(stat)!.sort((a, b) => a[0] - b[0]).map(([t, v]) => `${num(x(t))},${num(y(v))}`).join(' ');
    parts.push(`<polyline fill="none" stroke="${colour}" stroke-width="2" points="${pts}"/>`);
    parts.push(`<rect x="${M.left + 10 + i * 70}" y="${M.top}" width="10" height="10" fill="${colour}"/><text class="tick" x="${M.left + 24 + i * 70}" y="${M.top + 9}">${esc(stat)}</text>`);
  });
  return [
    '<section id="latency"><h2>Latency over time</h2>',
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="latency per second of load">`,
    parts.join('\n'),
    '</svg></section>',
  ].join('\n');
}
