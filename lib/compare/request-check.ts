// A wait item judged by the requests it is about. A wait strategy changes
// the shape of a request's waiting, not the wait time of one function: run
// concurrently, the same calls overlap, so their summed wait time rises while
// the request gets shorter. Its own evidence is the request's critical path:
// the latency of the route's requests as the wait profile recorded them
// (server side), before and after, with the interval of the change (repeats,
// then seconds, resampled), against the fall the item's projection promised.

import { recordedRequests, type RecordedRequest } from '../model/waits.js';
import type { Profile } from '../model/profile.js';
import { changeInterval, type Change, type Repeat } from './noise.js';

/** The projection of a wait strategy, as a wait finding (or bottleneck) carries it (lib/analysis/waits). */
interface LatencyMs {
  p50: number;
}
interface WaitFacts {
  route?: string;
  latencyMs?: LatencyMs;
  projections?: Record<string, { low: LatencyMs; expected: LatencyMs; high: LatencyMs } | undefined>;
}

export interface RequestFall {
  route: string;
  /** The fall of the route's median latency the projection promised, in percent (low: the least). */
  promised: { low: number; expected: number; high: number };
}

/**
 * What a wait item promises its requests: the fall of their median latency
 * from its strategy's projection. Undefined when the subject has no
 * projection for the strategy (JFR/Go wait facts, CPU findings).
 */
export function requestFallOf(waits: unknown, strategyId: string): RequestFall | undefined {
  const w = waits as WaitFacts | undefined;
  const proj = w?.projections?.[strategyId];
  const now = w?.latencyMs?.p50;
  if (!proj || !w?.route || !(now !== undefined && now > 0)) return undefined;
  const fall = (x: LatencyMs) => Math.round(Math.max(0, Math.min(1, 1 - x.p50 / now)) * 1000) / 10;
  return { route: w.route, promised: { low: fall(proj.low), expected: fall(proj.expected), high: fall(proj.high) } };
}

/**
 * A route's requests as the noise model's repeats: per repeat, one block per
 * second (its requests' median latency), so requests stalled together in one
 * second weigh as one; one block per request when the seconds are unknown.
 */
export function routeRepeats(requests: readonly RecordedRequest[], route: string): Repeat[] {
  const byRepeat = new Map<string, Map<string, number[]>>();
  requests.forEach((r, i) => {
    if (r.route !== route) return;
    const seconds = byRepeat.get(r.repeat) ?? new Map<string, number[]>();
    byRepeat.set(r.repeat, seconds);
    const block = r.second !== undefined ? `s${r.second}` : `r${i}`;
    const list = seconds.get(block);
    if (list) list.push(r.latencyNs / 1e6);
    else seconds.set(block, [r.latencyNs / 1e6]);
  });
  const middle = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
  return [...byRepeat.entries()]
    .sort((a, b) => Number(a[0]) - Number(b[0]) || (a[0] < b[0] ? -1 : 1))
    .map(([, seconds]) => [...seconds.values()].map((xs) => ({ num: middle(xs), den: 1 })));
}

export interface RequestLatencyChange {
  route: string;
  requests: { before: number; after: number };
  change: Change;
}

/** The change of the route's median request latency between two wait profiles; undefined when one side has none of its requests. */
export function requestLatencyChange(before: Profile, after: Profile, route: string): RequestLatencyChange | undefined {
  const b = recordedRequests(before);
  const a = recordedRequests(after);
  const rb = routeRepeats(b, route);
  const ra = routeRepeats(a, route);
  if (rb.length === 0 || ra.length === 0) return undefined;
  const count = (xs: RecordedRequest[]) => xs.filter((r) => r.route === route).length;
  return { route, requests: { before: count(b), after: count(a) }, change: changeInterval(rb, ra, 'median') };
}
