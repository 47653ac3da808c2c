// Wait findings: the waits of a profile grouped by the user code that waits
// and what it waits on, each judged as a cause. Waits made one after another
// in the same request (N+1 calls in a loop, `await` in `for`) could overlap;
// waits repeated with the same key could be served from a cache; what is
// neither but holds a large share of request time is a slow wait. Each cause
// carries the critical-path projection of its strategies (critical-path.ts).

import { makespanNs, median, projectedLatency, quantile, sequentialRatio, summarize, unionNs, type LatencySummary } from './critical-path.js';
import type { CodeAt, Timeline, Wait, WaitTimelines } from './timelines.js';

export type WaitCause = 'sequential-waits' | 'repeated-waits' | 'slow-waits';

/** A group is sequential when at least this share of its consecutive waits in a request do not overlap. */
export const SEQUENTIAL_RATIO = { value: 0.8, unit: 'fraction', why: 'a few overlapping pairs (a retry, a prefetch) do not make a loop concurrent' } as const;
/** In-flight bound the concurrency plan proposes: enough to collapse an N+1 loop, few enough not to flood the service it calls. */
export const CONCURRENCY_BOUND = { value: 10, unit: 'calls in flight', why: 'p-limit style bound; most services and pools take 10 concurrent requests per client' } as const;
/** The pessimistic end of the concurrency range: fewer in flight, and each call slower under the added concurrency. */
export const LOW_BOUND = { value: 4, unit: 'calls in flight', stretch: 1.25, why: 'a small pool, and the callee slowed by a quarter when it serves calls together' } as const;
/** A repeated key must occur in at least this share of requests to count as a cross-request cache candidate. */
export const SHARED_KEY_SHARE = { value: 0.5, unit: 'fraction of requests', why: 'a key most requests ask for is worth a shared cache with a TTL' } as const;
/** ... among at least this many requests: a handful of requests that happen to ask for the same id say nothing. */
export const SHARED_KEY_REQUESTS = { value: 20, unit: 'requests', why: 'with fewer, the first request of each connection alone can make a key look shared' } as const;
/** Minimum share of request time a group must hold to become a finding. */
export const MIN_WAIT_SHARE = { value: 1, unit: '% of request time', why: 'the same floor as a hot function (HOT_FUNCTION)' } as const;

export interface Projection {
  low: LatencySummary;
  expected: LatencySummary;
  high: LatencySummary;
  how: string;
}

export interface WaitFinding {
  cause: WaitCause;
  waiter: CodeAt;
  via?: CodeAt;
  callPath: CodeAt[];
  op: string;
  target: string;
  /** The route most of its waits were made for ("(whole run)" outside requests). */
  route: string;
  /** Timelines holding this group / all timelines. */
  requests: number;
  ofRequests: number;
  /** Waits per request (median over the requests that make them). */
  perRequest: number;
  eachNs: { p50: number; p99: number };
  /** Median share of consecutive waits that do not overlap. */
  sequential: number;
  /** Repeats of an identical key per request (median), and whether one key recurs across requests. */
  repeatsPerRequest: number;
  sharedKey?: string;
  /** Waits and wait time over the whole profile (with summed ones). */
  count: number;
  totalNs: number;
  /** Share of all request time spent in this group's waits (overlaps counted once). */
  sharePct: number;
  latency: LatencySummary;
  projections: Partial<Record<'run-concurrently' | 'batch-queries' | 'cache-result' | 'move-off-request-path', Projection>>;
}

/**
 * One group per function and operation, whatever the targets: eight reads of eight files one after another
 * in a function are one finding ("8 sequential fs waits per request") that could overlap, not eight findings
 * of one wait each that nothing could speed up.
 */
const groupKey = (w: Wait) => `${w.waiter.function}\u0000${w.waiter.file}\u0000${w.op}`;

/** The group's target: the one it waits on, or the most waited-on one and how many others. */
function targetOf(waits: Wait[]): string {
  const counts = new Map<string, number>();
  for (const w of waits) counts.set(w.target, (counts.get(w.target) ?? 0) + w.count);
  const [top] = [...counts].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]!;
  const others = counts.size - 1;
  return others === 0 ? top : `${top} and ${others} other${others === 1 ? '' : 's'}`;
}
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Latencies of every timeline, those holding the group replaced by `perTimeline(waits of the group)`. */
function project(timelines: Timeline[], of: Map<Timeline, Wait[]>, newSpan: (waits: Wait[]) => number): LatencySummary {
  const latencies = timelines.map((t) => {
    const g = of.get(t);
    return g ? projectedLatency(t.latencyNs, g as { atNs: number; durNs: number }[], newSpan(g)) : t.latencyNs;
  });
  // Each request stays in the second it finished in: the per-second statistic is read over the same seconds.
  return summarize(latencies, timelines.map((t) => t.second));
}

/** Within one request, the waits after the first with an already-seen key. */
function repeatsIn(waits: Wait[]): Wait[] {
  const seen = new Set<string>();
  return waits.filter((w) => {
    if (w.key === undefined) return false;
    if (seen.has(w.key)) return true;
    seen.add(w.key);
    return false;
  });
}

/**
 * Across the requests in order, the keyed waits whose key an earlier request already waited on: what a
 * shared cache would have answered in this window, each key's first request missing.
 */
function crossRequestHits(groups: Iterable<Wait[]>): Set<Wait> {
  const seen = new Set<string>();
  const hits = new Set<Wait>();
  for (const g of groups) {
    for (const w of g) if (w.key !== undefined && seen.has(w.key)) hits.add(w);
    for (const w of g) if (w.key !== undefined) seen.add(w.key);
  }
  return hits;
}

function projections(timelines: Timeline[], of: Map<Timeline, Wait[]>, f: Pick<WaitFinding, 'perRequest' | 'sequential' | 'repeatsPerRequest' | 'sharedKey'>): WaitFinding['projections'] {
  const out: WaitFinding['projections'] = {};
  const durations = (g: Wait[]) => g.map((w) => w.durNs);
  const sequential = f.perRequest >= 2 && f.sequential >= SEQUENTIAL_RATIO.value;
  if (sequential) {
    out['run-concurrently'] = {
      low: project(timelines, of, (g) => makespanNs(durations(g).map((d) => d * LOW_BOUND.stretch), LOW_BOUND.value)),
      expected: project(timelines, of, (g) => makespanNs(durations(g), CONCURRENCY_BOUND.value)),
      // All at once, the calls are answered together: one typical call, not the slowest of N separate ones. A call
      // made alone meets the callee's and the loop's stalls one by one; calls in flight together meet the same stall.
      high: project(timelines, of, (g) => median(durations(g))),
      how: `each request's sequential waits replaced by their makespan with ${CONCURRENCY_BOUND.value} in flight (low: ${LOW_BOUND.value} in flight, each ${LOW_BOUND.stretch}× slower; high: all at once, answered together in a typical call's time)`,
    };
    out['batch-queries'] = {
      low: project(timelines, of, (g) => 2 * Math.max(...durations(g))),
      expected: project(timelines, of, (g) => 1.5 * median(durations(g))),
      high: project(timelines, of, (g) => median(durations(g))),
      how: 'each request\'s sequential waits replaced by one call taking 1.5 of them (low: 2 of the slowest, high: one median call)',
    };
  }
  if (f.repeatsPerRequest >= 1 || f.sharedKey !== undefined) {
    const without = (g: Wait[], drop: Set<Wait>) => unionNs(g.filter((w) => !drop.has(w)) as { atNs: number; durNs: number }[]);
    const within = (g: Wait[]) => without(g, new Set(repeatsIn(g)));
    const shared = (g: Wait[]) => without(g, new Set(g.filter((w) => w.key !== undefined)));
    // The low end halves what the window shows a cache answering: the in-request repeats, and when the key
    // recurs across requests the waits an earlier request already made (a request of its own reads no key twice,
    // so in-request repeats alone gave a low end of 0, which any re-run's drift met).
    const hits = f.sharedKey !== undefined ? crossRequestHits(of.values()) : new Set<Wait>();
    const seenBefore = (g: Wait[]) => without(g, new Set([...repeatsIn(g), ...g.filter((w) => hits.has(w))]));
    out['cache-result'] = {
      low: project(timelines, of, (g) => (unionNs(g as { atNs: number; durNs: number }[]) + seenBefore(g)) / 2),
      expected: project(timelines, of, f.sharedKey !== undefined ? shared : within),
      high: project(timelines, of, shared),
      how:
        f.sharedKey !== undefined
          ? `the same key recurs across requests: a shared cache answers every repeat (low: half of the waits on a key an earlier request of the window had already waited on)`
          : `repeats of a key within a request answered by a per-request cache (high: every keyed wait cached across requests)`,
    };
  }
  // Only possible when the response does not need the result, which the profile cannot tell: half expected.
  out['move-off-request-path'] = {
    low: project(timelines, of, (g) => unionNs(g as { atNs: number; durNs: number }[])),
    expected: project(timelines, of, (g) => unionNs(g as { atNs: number; durNs: number }[]) / 2),
    high: project(timelines, of, () => 0),
    how: 'the waits leave the request path (answered after the response, or by a background job); whether the response needs their result decides, so half is expected (low: none, high: all)',
  };
  return out;
}

/**
 * Remedies that need something the profile cannot see come after the others
 * whatever they project: batching needs an API that takes many ids, moving
 * off the request path needs a response that does not use the result.
 */
const NEEDS_MORE = new Set(['batch-queries', 'move-off-request-path']);

/** The cause is what the best remedy says it is: sequential waits that could overlap, repeats a cache would answer, else slow waits. */
function causeOf(f: WaitFinding): WaitCause {
  const best = strategiesByGain(f)[0];
  if (best === 'run-concurrently') return 'sequential-waits';
  if (best === 'cache-result') return 'repeated-waits';
  return f.projections['batch-queries'] ? 'sequential-waits' : 'slow-waits';
}

/** Strategy ids of the finding's projections: those the code alone decides first, each part by the largest expected mean latency cut. */
export function strategiesByGain(f: WaitFinding): (keyof WaitFinding['projections'])[] {
  return (Object.entries(f.projections) as [keyof WaitFinding['projections'], Projection][])
    .sort((a, b) => Number(NEEDS_MORE.has(a[0])) - Number(NEEDS_MORE.has(b[0])) || a[1].expected.mean - b[1].expected.mean || (a[0] < b[0] ? -1 : 1))
    .map(([id]) => id);
}

export function waitFindings(t: WaitTimelines): WaitFinding[] {
  const timelines = t.requests.length > 0 ? t.requests : t.window ? [t.window] : [];
  const totalLatency = timelines.reduce((s, x) => s + x.latencyNs, 0);
  const byGroup = new Map<string, Wait[]>();
  for (const w of t.all) byGroup.set(groupKey(w), [...(byGroup.get(groupKey(w)) ?? []), w]);
  const latency = summarize(timelines.map((x) => x.latencyNs), timelines.map((x) => x.second));
  const out: WaitFinding[] = [];
  for (const [key, waits] of byGroup) {
    const of = new Map<Timeline, Wait[]>();
    for (const tl of timelines) {
      const g = tl.waits.filter((w) => groupKey(w) === key);
      if (g.length > 0) of.set(tl, g);
    }
    const groups = [...of.values()];
    const inTimelines = groups.reduce((s, g) => s + unionNs(g as { atNs: number; durNs: number }[]), 0);
    const sharePct = totalLatency > 0 ? Math.min(100, (inTimelines / totalLatency) * 100) : 0;
    if (sharePct < MIN_WAIT_SHARE.value) continue;
    const routes = new Map<string, number>();
    for (const [tl] of of) routes.set(tl.route, (routes.get(tl.route) ?? 0) + 1);
    const route = [...routes].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]?.[0] ?? '(no request)';
    const keyCounts = new Map<string, number>();
    for (const g of groups) for (const k of new Set(g.flatMap((w) => (w.key === undefined ? [] : [w.key])))) keyCounts.set(k, (keyCounts.get(k) ?? 0) + 1);
    const top = [...keyCounts].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0];
    const durs = waits.flatMap((w) => (w.count === 1 ? [w.durNs] : []));
    const first = waits[0]!;
    const f: WaitFinding = {
      cause: 'slow-waits',
      waiter: first.waiter,
      ...(first.via ? { via: first.via } : {}),
      callPath: first.callPath,
      op: first.op,
      target: targetOf(waits),
      route,
      requests: of.size,
      ofRequests: timelines.length,
      perRequest: median(groups.map((g) => g.length)),
      eachNs: { p50: median(durs), p99: quantile(durs, 0.99) },
      sequential: median(groups.map((g) => sequentialRatio(g as { atNs: number; durNs: number }[]))),
      repeatsPerRequest: median(groups.map((g) => repeatsIn(g).length)),
      ...(top && timelines.length >= SHARED_KEY_REQUESTS.value && top[1] >= SHARED_KEY_SHARE.value * timelines.length ? { sharedKey: top[0] } : {}),
      count: waits.reduce((s, w) => s + w.count, 0),
      totalNs: waits.reduce((s, w) => s + w.durNs, 0),
      sharePct,
      latency,
      projections: {},
    };
    f.projections = projections(timelines, of, f);
    f.cause = causeOf(f);
    // The waiter's line: where most of its waits start.
    const lines = new Map<number, number>();
    for (const w of waits) lines.set(w.waiter.line, (lines.get(w.waiter.line) ?? 0) + w.count);
    f.waiter = { ...f.waiter, line: [...lines].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0] };
    out.push(f);
  }
  return out.sort((a, b) => b.sharePct - a.sharePct || cmp(a.waiter.function, b.waiter.function) || cmp(a.target, b.target));
}
