// What a request's latency becomes when some of its waits change: the
// critical-path arithmetic behind the wait plans. A request that awaits N
// calls one after another spends their sum; run concurrently with at most B
// in flight it spends the makespan of B lanes; served from a cache, the
// repeats cost nothing. Other work in the request is left as it was.

export interface Span {
  atNs: number;
  durNs: number;
}

/** Total time covered by the spans (overlaps counted once). */
export function unionNs(spans: readonly Span[]): number {
  const sorted = [...spans].sort((a, b) => a.atNs - b.atNs);
  let total = 0;
  let end = -Infinity;
  for (const s of sorted) {
    const e = s.atNs + s.durNs;
    if (s.atNs >= end) {
      total += s.durNs;
      end = e;
    } else if (e > end) {
      total += e - end;
      end = e;
    }
  }
  return total;
}

/** Makespan of the spans' durations on `bound` lanes, started in their order (what Promise.all with a bound does). */
export function makespanNs(durations: readonly number[], bound: number): number {
  const lanes = new Array<number>(Math.max(1, Math.min(bound, durations.length))).fill(0);
  for (const d of durations) {
    let best = 0;
    for (let i = 1; i < lanes.length; i++) if (lanes[i]! < lanes[best]!) best = i;
    lanes[best]! += d;
  }
  return Math.max(0, ...lanes);
}

/** Fraction of consecutive pairs (in start order) that do not overlap: 1 = strictly one after another. */
export function sequentialRatio(spans: readonly Span[]): number {
  if (spans.length < 2) return 0;
  const sorted = [...spans].sort((a, b) => a.atNs - b.atNs);
  let apart = 0;
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    // A few microseconds of slack: the next call starts just as the previous answer is handled.
    if (sorted[i]!.atNs >= prev.atNs + prev.durNs - 50_000) apart++;
  }
  return apart / (sorted.length - 1);
}

/** The value at quantile q (0..1) of xs, nearest rank. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const median = (xs: readonly number[]) => quantile(xs, 0.5);

/** Latency summary the plans are judged by: percentiles as the load measures them, and the mean (throughput under a closed loop). */
export interface LatencySummary {
  p50: number;
  p90: number;
  p99: number;
  mean: number;
  /**
   * The median over seconds of each second's p50 and p99: what a run's main
   * metric http_latency_p50/p99 is compared by (lib/compare/main-metric.ts),
   * when the requests' seconds are known.
   */
  p50PerSecond?: number;
  p99PerSecond?: number;
}

/** The median over groups (seconds) of the quantile q within each group. */
function medianOfGroups(latencies: readonly number[], groups: readonly string[], q: number): number {
  const by = new Map<string, number[]>();
  latencies.forEach((x, i) => {
    const list = by.get(groups[i]!);
    if (list) list.push(x);
    else by.set(groups[i]!, [x]);
  });
  return median([...by.values()].map((xs) => quantile(xs, q)));
}

/** `seconds[i]`: the second request i finished in; given for every request, the per-second statistics come too. */
export function summarize(latencies: readonly number[], seconds?: readonly (string | undefined)[]): LatencySummary {
  const mean = latencies.length === 0 ? 0 : latencies.reduce((s, x) => s + x, 0) / latencies.length;
  const out: LatencySummary = { p50: quantile(latencies, 0.5), p90: quantile(latencies, 0.9), p99: quantile(latencies, 0.99), mean };
  if (latencies.length > 0 && seconds && seconds.length === latencies.length && seconds.every((s) => s !== undefined)) {
    out.p50PerSecond = medianOfGroups(latencies, seconds as string[], 0.5);
    out.p99PerSecond = medianOfGroups(latencies, seconds as string[], 0.99);
  }
  return out;
}

/** A request's latency when `spans` (on its critical path) are replaced by `newSpanNs` of waiting. */
export function projectedLatency(latencyNs: number, spans: readonly Span[], newSpanNs: number): number {
  return Math.max(0, latencyNs - unionNs(spans) + newSpanNs);
}
