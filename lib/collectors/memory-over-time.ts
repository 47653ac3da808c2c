// Memory over the measurement window, as metric records: each series (the
// process tree's RSS, the runtime's heap used) per second of the window
// (`memory_over_time`), and its growth rate (`memory_growth`, bytes per second;
// `memory_growth_per_request` under http load) from a Theil–Sen fit with its
// 95% interval. The fit leaves out the first part of the window (pools, JIT
// and caches filling up right after warm-up) and is repeated on the window's
// second half, so the analysis can tell steady growth from a warm-up that
// levels off. Where the runtime can force a GC at the window's edges, the
// live memory there gives `memory_retained` (end minus start). Pure: readings in, metrics out, in a fixed order.

import { theilSen } from '../base/robust-slope.js';
import { cgroupMemoryLimit } from './cgroup-limit.js';
import type { MetricValue } from './measurements.js';
import type { MemoryPoint, MemorySeries } from './types.js';

/** Share of the window left out of the growth fit: what grows right after warm-up is often the warm-up's tail. */
export const FIT_SKIP_FRACTION = 0.2;
/** Fewer readings than this in the fitted part: no growth claimed at all. */
export const MIN_FIT_POINTS = 6;
export const GROWTH_CONFIDENCE = 0.95;

export interface MemoryWindow {
  startMs: number;
  endMs: number;
}

export interface MemoryInput {
  series: MemorySeries[];
  window: MemoryWindow;
  /** Requests completed in the window, to put growth per unit of work. */
  requests?: number;
}

const round = (n: number) => Math.round(n);

function inWindow(points: MemoryPoint[], w: MemoryWindow): MemoryPoint[] {
  return points.filter((p) => p.tMs >= w.startMs && p.tMs <= w.endMs).sort((a, b) => a.tMs - b.tMs);
}

/** Mean bytes per whole second of the window (t = seconds since it opened), seconds with no reading left out. */
export function perSecond(points: MemoryPoint[], w: MemoryWindow): { t: number; bytes: number }[] {
  const sums = new Map<number, { sum: number; n: number }>();
  for (const p of inWindow(points, w)) {
    const t = Math.floor((p.tMs - w.startMs) / 1000);
    const s = sums.get(t) ?? { sum: 0, n: 0 };
    s.sum += p.bytes;
    s.n += 1;
    sums.set(t, s);
  }
  return [...sums].sort((a, b) => a[0] - b[0]).map(([t, s]) => ({ t, bytes: round(s.sum / s.n) }));
}

export interface Growth {
  slope: number;
  low: number;
  high: number;
  points: number;
  fromS: number;
  toS: number;
  late: { slope: number; low: number; high: number; points: number };
}

/** Growth in bytes per second over the fitted part of the window and over its second half. */
export function growthOf(points: MemoryPoint[], w: MemoryWindow): Growth | undefined {
  const lengthS = (w.endMs - w.startMs) / 1000;
  const fromS = lengthS * FIT_SKIP_FRACTION;
  const rel = inWindow(points, w).map((p) => ({ x: (p.tMs - w.startMs) / 1000, y: p.bytes }));
  const fitted = rel.filter((p) => p.x >= fromS);
  const late = rel.filter((p) => p.x >= lengthS / 2);
  if (fitted.length < MIN_FIT_POINTS || late.length < MIN_FIT_POINTS / 2) return undefined;
  const all = theilSen(fitted.map((p) => p.x), fitted.map((p) => p.y), GROWTH_CONFIDENCE);
  const half = theilSen(late.map((p) => p.x), late.map((p) => p.y), GROWTH_CONFIDENCE);
  return {
    slope: all.slope,
    low: all.low,
    high: all.high,
    points: all.points,
    fromS: Number(fromS.toFixed(3)),
    toS: Number(lengthS.toFixed(3)),
    late: { slope: half.slope, low: half.low, high: half.high, points: half.points },
  };
}

function growthLabels(g: Growth, scale: number, stat: string, source: string): MetricValue['labels'] {
  return {
    stat,
    source,
    low: round(g.low * scale),
    high: round(g.high * scale),
    confidence: GROWTH_CONFIDENCE,
    points: g.points,
    fromS: g.fromS,
    toS: g.toS,
    lateSlope: round(g.late.slope * scale),
    lateLow: round(g.late.low * scale),
    lateHigh: round(g.late.high * scale),
  };
}

export function memoryMetrics(input: MemoryInput): MetricValue[] {
  const out: MetricValue[] = [];
  const series = [...input.series].sort((a, b) => (a.stat < b.stat ? -1 : a.stat > b.stat ? 1 : 0));
  for (const s of series) {
    for (const p of perSecond(s.points, input.window)) {
      out.push({ name: 'memory_over_time', value: p.bytes, unit: 'bytes', labels: { t: p.t, stat: s.stat } });
    }
  }
  const seconds = (input.window.endMs - input.window.startMs) / 1000;
  for (const s of series) {
    if (!s.live) continue;
    const labels = { stat: s.stat, source: s.live.source, start: s.live.start, end: s.live.end };
    out.push({ name: 'memory_retained', value: s.live.end - s.live.start, unit: 'bytes', labels });
    if (input.requests && input.requests > 0) out.push({ name: 'memory_retained_per_request', value: round((s.live.end - s.live.start) / input.requests), unit: 'bytes/request', labels });
  }
  for (const s of series) {
    const g = growthOf(s.points, input.window);
    if (!g) continue;
    out.push({ name: 'memory_growth', value: round(g.slope), unit: 'bytes/s', labels: growthLabels(g, 1, s.stat, s.source) });
    if (input.requests && input.requests > 0 && seconds > 0) {
      const perRequest = seconds / input.requests; // seconds per request: bytes/s -> bytes/request
      out.push({ name: 'memory_growth_per_request', value: round(g.slope * perRequest), unit: 'bytes/request', labels: growthLabels(g, perRequest, s.stat, s.source) });
    }
  }
  return out;
}

/** The run's memory metrics: the tree's RSS from the sampler, and the runtime's heap series where the backend has one. */
export function runMemoryMetrics(window: { start: number; end?: number } | undefined, rss: MemoryPoint[], heap: MemorySeries[], requests?: number, limit = cgroupMemoryLimit()): MetricValue[] {
  if (!window || window.end === undefined) return [];
  const series: MemorySeries[] = [{ stat: 'rss', source: 'VmRSS of the process tree (/proc)', points: rss }, ...heap];
  const out = memoryMetrics({ series, window: { startMs: window.start, endMs: window.end }, ...(requests !== undefined ? { requests } : {}) });
  if (limit) out.push({ name: 'memory_limit', value: limit.bytes, unit: 'bytes', labels: { source: limit.source } });
  return out;
}
