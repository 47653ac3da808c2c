// The gain of a wait strategy, from the critical path of the requests
// (lib/analysis/waits): a wait bottleneck carries, per strategy, the
// latencies its requests would have (low, expected, high). The main metric's
// change is read off the matching statistic: a latency percentile falls to
// the projected percentile; throughput under a closed-loop load rises as the
// mean latency falls. Expressed as a removed share p and a local range f, so
// the combined estimate (estimate.ts) treats wait items like the others.
//
// The load's latency is longer than the server's own view of a request (time
// in the accept queue, behind the event loop, the machine's stalls). In the
// process the load talks to, that time grows and shrinks with how long a
// request is in flight, so the metric falls in proportion to the server-side
// statistic (expected and high). At the low end it is taken to stay as it is
// (milliseconds removed over the metric's value), which is also the only
// reading for a process behind the one the load talks to: its requests are a
// part of the load's, and cannot remove more than they take.

import type { MetricBasis } from './basis.js';
import type { Range } from './strategies.js';

type Stat = 'p50' | 'p90' | 'p99' | 'mean' | 'p50PerSecond' | 'p99PerSecond';
interface Summary {
  p50: number;
  p90: number;
  p99: number;
  mean: number;
  p50PerSecond?: number;
  p99PerSecond?: number;
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
  breakdown?: { servedOn?: number[] };
}

/**
 * Which statistic of the request latencies the metric is: latency
 * percentiles by name, the rest by the mean. http_latency_p50/p99 are
 * verified as the median over seconds of each second's percentile
 * (lib/compare/main-metric.ts): the same statistic of the recorded requests,
 * when their seconds are known, is the one projected.
 */
function statOf(metric: string, w: WaitFields, proj: Projection): Stat {
  const m = /_p(50|90|99)\b/.exec(metric);
  if (!m) return 'mean';
  const perSecond = `p${m[1]}PerSecond` as Stat;
  const known = [w.latencyMs, proj.low, proj.expected, proj.high].every((s) => s[perSecond] !== undefined);
  return /^http_latency_p(50|99)$/.test(metric) && known ? perSecond : (`p${m[1]}` as Stat);
}

const STAT_TEXT: Partial<Record<Stat, string>> = { p50PerSecond: 'p50 (median of per-second p50s)', p99PerSecond: 'p99 (median of per-second p99s)' };

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

/** The port an http load talks to: the run record's scenario carries it (lib/cli/collect-scenario.ts). */
export function loadPortOf(scenario: { [key: string]: unknown } | undefined): number | undefined {
  const port = scenario?.['port'];
  return scenario?.['load'] === 'http' && typeof port === 'number' && port > 0 ? port : undefined;
}

/** `waits`: a wait bottleneck's (or the finding made of it) waits field. */
export function waitGain(waits: unknown, strategyId: string, basis: MetricBasis, loadPort?: number): WaitGain | undefined {
  const w = waits as WaitFields | undefined;
  const proj = w?.projections?.[strategyId];
  if (!w || !proj) return undefined;
  const stat = statOf(basis.metric, w, proj);
  const at = (x: Summary) => x[stat] ?? 0;
  const now = at(w.latencyMs);
  if (!(now > 0)) return undefined;
  const metricMs = basis.current !== undefined && basis.current > 0 ? (basis.unit === 'ms' ? basis.current : basis.unit === 's' ? basis.current * 1000 : undefined) : undefined;
  const front = loadPort !== undefined && (w.breakdown?.servedOn ?? []).includes(loadPort);
  const clamp = (x: number) => Math.max(0, Math.min(1, x));
  const additive = (s: Summary) => clamp((now - at(s)) / Math.max(now, metricMs ?? now));
  const proportional = (s: Summary) => clamp((now - at(s)) / now);
  const scaled = front ? proportional : additive;
  const p = scaled(proj.expected);
  if (p <= 0) return undefined;
  const f = { low: Math.min(1, additive(proj.low) / p), expected: 1, high: Math.max(1, scaled(proj.high) / p) };
  const round = (x: number) => Math.round(x * 100) / 100;
  const outside = metricMs !== undefined && metricMs > now;
  const how =
    `critical path of the recorded requests: their latency ${STAT_TEXT[stat] ?? stat} ${round(now)} ms becomes ${round(at(proj.expected))} ms ` +
    `(low ${round(at(proj.low))}, high ${round(at(proj.high))}) when ${proj.how}` +
    (outside && front ? `; ${basis.metric} = ${round(metricMs!)} ms falls in proportion (this process serves the load; at the low end its ${round(metricMs! - now)} ms outside the server stay)` : '') +
    (outside && !front ? `; the ms removed are taken over ${basis.metric} = ${round(metricMs!)} ms` : '');
  return { p, f, how };
}
