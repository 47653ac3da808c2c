// perf-collect --repeat N: the scenario run N times (each a fresh target
// process, so between-run noise such as JIT decisions is sampled), then told
// as one run. Profiles of the same kind merge, each repeat's samples labelled
// repeat=N; metrics are the pooled totals (latency percentiles over every
// response) plus per-repeat values labelled repeat, and the per-second series
// runs on across repeats (t continues) with its repeat label. Pure.

import { mergeLabelled } from '../model/merge.js';
import type { HttpLoadResult } from './load-http.js';
import { measurementMetrics, type Measured, type MetricValue } from './measurements.js';
import type { RunOutcome } from './run-phases.js';
import type { CollectedProfile } from './types.js';

/** The label each repeat's samples and metrics carry (lib/compare reads it). */
export const REPEAT_LABEL = 'repeat';
/** Metrics given per repeat besides the pooled value: what the noise is measured from. */
const PER_REPEAT = new Set(['wall_time', 'cpu_user', 'cpu_system', 'http_requests', 'cpu_per_request', 'http_requests_per_sec', 'http_latency_p50', 'http_latency_p90', 'http_latency_p99']);

function pooledHttp(list: HttpLoadResult[]): HttpLoadResult | undefined {
  if (list.length === 0) return undefined;
  const latencies = list.flatMap((h) => h.latencies).sort((a, b) => a - b);
  const durationS = list.reduce((s, h) => s + h.durationS, 0);
  const completed = list.reduce((s, h) => s + h.completed, 0);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.max(0, Math.ceil((p / 100) * latencies.length) - 1))] ?? 0;
  let offset = 0;
  const overTime = list.flatMap((h) => {
    const rows = h.overTime.map((s) => ({ ...s, t: s.t + offset }));
    offset += Math.max(Math.ceil(h.durationS), ...h.overTime.map((s) => s.t + 1));
    return rows;
  });
  return {
    durationS,
    completed,
    requestsPerSec: completed / Math.max(durationS, 1e-3),
    latencyMs: { p50: at(50), p90: at(90), p99: at(99), max: latencies[latencies.length - 1] ?? 0 },
    errors: list.reduce((s, h) => s + h.errors, 0),
    non2xx: list.reduce((s, h) => s + h.non2xx, 0),
    timeouts: list.reduce((s, h) => s + h.timeouts, 0),
    sent: list.reduce((s, h) => s + h.sent, 0),
    bytes: list.reduce((s, h) => s + h.bytes, 0),
    overTime,
    latencies,
  };
}

export function pooledMeasured(list: Measured[]): Measured {
  const sum = (f: (m: Measured) => number | undefined) => list.reduce((s, m) => s + (f(m) ?? 0), 0);
  const http = pooledHttp(list.flatMap((m) => (m.http ? [m.http] : [])));
  const peaks = list.flatMap((m) => (m.peakRss !== undefined ? [m.peakRss] : []));
  const last = list[list.length - 1]!;
  return {
    ...(list.some((m) => m.wallS !== undefined) ? { wallS: sum((m) => m.wallS) } : {}),
    ...(list.some((m) => m.cpu) ? { cpu: { userS: sum((m) => m.cpu?.userS), systemS: sum((m) => m.cpu?.systemS) } } : {}),
    ...(peaks.length > 0 ? { peakRss: Math.max(...peaks) } : {}),
    ...(last.exit ? { exit: last.exit } : {}),
    ...(http ? { http } : {}),
  };
}

/** Which second of the pooled series each repeat's rows start at, to label them. */
function repeatOfSecond(list: Measured[]): (t: number) => number {
  const starts: number[] = [];
  let offset = 0;
  for (const m of list) {
    starts.push(offset);
    const h = m.http;
    if (h) offset += Math.max(Math.ceil(h.durationS), ...h.overTime.map((s) => s.t + 1));
  }
  return (t) => {
    let r = 0;
    while (r + 1 < starts.length && starts[r + 1]! <= t) r++;
    return r + 1;
  };
}

export function repeatedMetrics(list: Measured[]): MetricValue[] {
  const repeatOf = repeatOfSecond(list);
  const pooled = measurementMetrics(pooledMeasured(list)).map((m) =>
    m.name === 'http_latency_over_time' ? { ...m, labels: { ...m.labels, [REPEAT_LABEL]: repeatOf(Number(m.labels!['t'])) } } : m,
  );
  const perRepeat = list.flatMap((measured, i) =>
    measurementMetrics(measured)
      .filter((m) => PER_REPEAT.has(m.name) && !m.labels)
      .map((m) => ({ ...m, labels: { [REPEAT_LABEL]: i + 1 } })),
  );
  return [...pooled, ...perRepeat];
}

/** Profiles of repeat r matched to repeat 1's by kind and order within the kind. */
function mergeProfiles(runs: CollectedProfile[][]): CollectedProfile[] {
  const slot = (list: CollectedProfile[], p: CollectedProfile) => `${p.kind}\u0000${list.filter((q) => q.kind === p.kind).indexOf(p)}`;
  const first = runs[0] ?? [];
  return first.map((p) => {
    const key = slot(first, p);
    const parts = runs.flatMap((list, r) => list.filter((q) => slot(list, q) === key).map((q) => ({ profile: q.profile, labels: { [REPEAT_LABEL]: String(r + 1) } })));
    return { ...p, profile: mergeLabelled(parts) };
  });
}

export function mergeRepeats(outcomes: RunOutcome[]): RunOutcome {
  if (outcomes.length === 1) return outcomes[0]!;
  const last = outcomes[outcomes.length - 1]!;
  const cut = outcomes.find((o) => o.cutShort);
  // Metrics not made from the raw measurements (the memory series) are the first repeat's.
  const own = new Set(measurementMetrics(outcomes[0]!.measured).map((m) => m.name));
  const extra = outcomes[0]!.metrics.filter((m) => !own.has(m.name));
  return {
    metrics: [...repeatedMetrics(outcomes.map((o) => o.measured)), ...extra],
    profiles: mergeProfiles(outcomes.map((o) => o.profiles)),
    notes: outcomes.flatMap((o, i) => o.notes.map((n) => `repeat ${i + 1}: ${n}`)),
    ...(cut?.cutShort ? { cutShort: cut.cutShort } : {}),
    exitCode: cut?.exitCode ?? last.exitCode,
    measured: pooledMeasured(outcomes.map((o) => o.measured)),
  };
}
