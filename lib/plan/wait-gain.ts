// The gain of a wait strategy, from the critical path of the requests
// (lib/analysis/waits): a wait bottleneck carries, per strategy, the
// latencies its requests would have (low, expected, high). The main metric's
// change is read off the matching statistic: a latency percentile falls to
// the projected percentile; throughput under a closed-loop load rises as the
// mean latency falls. Expressed as a removed share p and a local range f, so
// the combined estimate (estimate.ts) treats wait items like the others.

import type { MetricBasis } from './basis.js';
import type { Range } from './strategies.js';

type Stat = 'p50' | 'p90' | 'p99' | 'mean';
interface Summary {
  p50: number;
  p90: number;
  p99: number;
  mean: number;
}
interface Projection {
  low: Summary;
  expected: Summary;
  high: Summary;
  how: string;
}
interface WaitFields {
  latencyMs: Summary;
  projections: Record<string, Projection>;
}

/** Which statistic of the request latencies the metric is: latency percentiles by name, the rest by the mean. */
function statOf(metric: string): Stat {
  const m = /_p(50|90|99)\b/.exec(metric);
  return m ? (`p${m[1]}` as Stat) : 'mean';
}

export interface WaitGain {
  /** Removed share of the metric's statistic at the expected end (0..1). */
  p: number;
  /** The local range around it, as fractions of p. */
  f: Range;
  how: string;
}

/**
 * Waits made from request timelines (the Node wait profile) carry their own
 * critical-path projections. JFR and Go wait facts (count and each, no
 * timelines) do not: their items are estimated from their finding's share.
 */
export function isRequestWait(waits: unknown): boolean {
  return (waits as Partial<WaitFields> | undefined)?.projections !== undefined;
}

/** `waits`: a wait bottleneck's (or the finding made of it) waits field. */
export function waitGain(waits: unknown, strategyId: string, basis: MetricBasis): WaitGain | undefined {
  const w = waits as WaitFields | undefined;
  const proj = w?.projections?.[strategyId];
  if (!w || !proj) return undefined;
  const stat = statOf(basis.metric);
  const now = w.latencyMs[stat];
  if (!(now > 0)) return undefined;
  // Removed milliseconds over the main metric's value when it is a time: the requests of a process
  // behind the one the load talks to (a backend in the same tree) cannot remove more than they take.
  const metricMs = basis.current !== undefined && basis.current > 0 ? (basis.unit === 'ms' ? basis.current : basis.unit === 's' ? basis.current * 1000 : undefined) : undefined;
  const removed = (s: Summary) => Math.max(0, Math.min(1, (now - s[stat]) / Math.max(now, metricMs ?? now)));
  const p = removed(proj.expected);
  if (p <= 0) return undefined;
  const f = { low: Math.min(1, removed(proj.low) / p), expected: 1, high: Math.max(1, removed(proj.high) / p) };
  const round = (x: number) => Math.round(x * 100) / 100;
  const how =
    `critical path of the recorded requests: their latency ${stat} ${round(now)} ms becomes ${round(proj.expected[stat])} ms ` +
    `(low ${round(proj.low[stat])}, high ${round(proj.high[stat])}) when ${proj.how}` +
    (metricMs !== undefined && metricMs > now ? `; the ms removed are taken over ${basis.metric} = ${round(metricMs)} ms` : '');
  return { p, f, how };
}
