// How an import's cost grows with its input: CPU time and peak RSS at 1x, 2x and
// 4x, as a table (with each step's growth against the input's) and a small SVG
// plot of both, normalised to the 1x point so imports of any size share axes.

import type { Measurement } from './measure.js';

export interface CurvePoint {
  /** The multiple of the 1x input: 1, 2 or 4. */
  size: number;
  bytes: number;
  m: Measurement;
}

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
const growth = (a: number, b: number) => round(b / a);

export function costCurveRows(curves: Record<string, CurvePoint[]>): string[] {
  const out = ['| import | input | MiB | CPU s | wall s | peak RSS MB | CPU s per MiB | CPU growth vs input growth | RSS growth vs input growth |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |'];
  for (const [name, points] of Object.entries(curves)) {
    const base = points[0];
    for (const p of points) {
      if (!p.m.ok || !base?.m.ok) {
        out.push(`| ${name} | ${p.size}x | ${round(p.bytes / 2 ** 20, 1)} | failed | | | | | |`);
        continue;
      }
      const inputGrowth = growth(base.bytes, p.bytes);
      out.push(
        `| ${name} | ${p.size}x | ${round(p.bytes / 2 ** 20, 1)} | ${p.m.cpuS.median} | ${p.m.wallS.median} | ${Math.round(p.m.rssMB.median)} | ${round(p.m.cpuS.median / (p.bytes / 2 ** 20), 4)} | ${growth(base.m.cpuS.median, p.m.cpuS.median)} vs ${inputGrowth} | ${growth(base.m.rssMB.median, p.m.rssMB.median)} vs ${inputGrowth} |`,
      );
    }
  }
  return out;
}

const COLORS = ['#d62728', '#1f77b4', '#2ca02c', '#9467bd', '#ff7f0e'];

/** Two panels (CPU, peak RSS), each a line per import over 1x-4x, relative to its 1x point; the dashed line is linear growth. */
export function costCurveSvg(curves: Record<string, CurvePoint[]>): string {
  const width = 360;
  const height = 260;
  const pad = 40;
  const maxY = 5;
  const x = (size: number) => pad + ((size - 1) / 3) * (width - 2 * pad);
  const y = (v: number) => height - pad - (Math.min(v, maxY) / maxY) * (height - 2 * pad);
  const panel = (title: string, pick: (m: Measurement) => number, dx: number) => {
    const lines = Object.entries(curves).map(([name, points], i) => {
      const ok = points.filter((p) => p.m.ok);
      if (ok.length === 0) return '';
      const base = pick(ok[0]!.m);
      const path = ok.map((p, k) => `${k === 0 ? 'M' : 'L'}${round(x(p.size), 1)},${round(y(pick(p.m) / base), 1)}`).join(' ');
      return `<path d="${path}" fill="none" stroke="${COLORS[i % COLORS.length]}" stroke-width="2"/><text x="${pad + 4}" y="${pad + 14 * i}" font-size="10" fill="${COLORS[i % COLORS.length]}">${name}</text>`;
    });
    const ticks = [1, 2, 4].map((s) => `<text x="${x(s)}" y="${height - pad + 14}" font-size="10" text-anchor="middle">${s}x</text>`).join('');
    const yTicks = [1, 2, 3, 4, 5].map((v) => `<text x="${pad - 4}" y="${y(v) + 3}" font-size="10" text-anchor="end">${v}x</text>`).join('');
    return `<g transform="translate(${dx},0)"><text x="${width / 2}" y="16" font-size="12" text-anchor="middle">${title}</text><line x1="${pad}" y1="${height - pad}" x2="${width - pad}" y2="${height - pad}" stroke="#888"/><line x1="${pad}" y1="${pad}" x2="${pad}" y2="${height - pad}" stroke="#888"/><path d="M${x(1)},${y(1)} L${x(4)},${y(4)}" stroke="#aaa" stroke-dasharray="4 3" fill="none"/>${ticks}${yTicks}${lines.join('')}</g>`;
  };
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * width}" height="${height}" font-family="sans-serif">${panel('CPU time vs input size (relative to 1x)', (m) => m.cpuS.median, 0)}${panel('Peak RSS vs input size (relative to 1x)', (m) => m.rssMB.median, width)}</svg>\n`;
}
