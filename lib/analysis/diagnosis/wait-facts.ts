// What a wait profile (lib/model/waits.ts: the Node wait recorder's
// node-<pid>-wall) says, as diagnosis facts. Its values are waits and the
// time each was pending, summed over concurrent requests, so they are not a
// share of any thread's wall time: the resource is `wait`, request time spent
// waiting, and its total is the requests' own latency (the window when no
// request was recorded). The wait analysis (lib/analysis/waits) has already
// charged each group of waits to the code that decides to wait (the loop
// making N+1 calls, not the helper the wait starts in) and judged its cause;
// its bottlenecks are the parts. The rule catalog's per-frame findings on
// the same profile would charge the same time again, to the helper, so they
// are not used. What the requests waited on, by operation, is run evidence.

import type { Profile } from '../../model/profile.js';
import { WAIT_LABELS as L, isRequestMarker, isWaitProfile, stateOfOp } from '../../model/waits.js';
import type { BottleneckRecord, ProfileRecord } from '../../records/types.js';
import { unionNs } from '../waits/critical-path.js';
import { analysisPart, type Bucket, type PartFact } from './part.js';

export { isWaitProfile };

export interface RequestWaits {
  /** Request time (ns): the recorded requests' latencies summed, else the window. */
  requestNs: number;
  /** Of it, time with at least one wait pending (overlapping waits counted once per request). */
  waitingNs: number;
  /** The same, per operation (http, fs, timer, ...). */
  byOp: Map<string, number>;
  requests: number;
}

/** Request time and what it waited on, from the wait profile's samples and request markers. */
export function requestWaits(profile: Profile): RequestWaits {
  const latency = new Map<string, number>();
  const spans = new Map<string, { op: string; atNs: number; durNs: number }[]>();
  for (const s of profile.samples) {
    const labels = s.labels ?? {};
    const request = labels[L.request] ?? '(window)';
    if (isRequestMarker(s)) {
      latency.set(request, Number(labels[L.requestNs]));
      continue;
    }
    const at = labels[L.at];
    if ((s.values[0] ?? 0) !== 1 || at === undefined) continue;
    spans.set(request, [...(spans.get(request) ?? []), { op: labels[L.op] ?? '?', atNs: Number(at), durNs: s.values[1] ?? 0 }]);
  }
  const requests = [...latency.entries()].filter(([, ns]) => ns > 0);
  const timelines: [string, number][] = requests.length > 0 ? requests : [['(window)', profile.durationNs]];
  const out: RequestWaits = { requestNs: 0, waitingNs: 0, byOp: new Map(), requests: requests.length };
  for (const [id, ns] of timelines) {
    out.requestNs += ns;
    const of = spans.get(id) ?? [];
    out.waitingNs += Math.min(ns, unionNs(of));
    for (const op of new Set(of.map((w) => w.op))) out.byOp.set(op, (out.byOp.get(op) ?? 0) + Math.min(ns, unionNs(of.filter((w) => w.op === op))));
  }
  return out;
}

interface WaitFields {
  op: string;
  target: string;
  count: number;
}

/** The wait analysis' bottlenecks as parts, valued in request time (their share of it, overlaps counted once). */
export function waitParts(record: ProfileRecord, pid: string, waits: RequestWaits, bottlenecks: BottleneckRecord[]): PartFact[] {
  return bottlenecks.flatMap((b) => {
    const w = b['waits'] as WaitFields | undefined;
    if (!w) return [];
    const value = (b.sharePct / 100) * waits.requestNs;
    const bucket: Bucket = stateOfOp(w.op) === 'sleeping' ? 'sleep' : 'io';
    const part = analysisPart({
      name: b.function,
      file: b.file,
      line: b.line,
      profileId: record.profileId,
      pid,
      resource: 'wait',
      bucket,
      category: bucket === 'sleep' ? 'wait' : 'io',
      cause: b.cause,
      ruleId: b.ruleId ?? `wait.${b.cause}`,
      strategies: (b['strategies'] as string[] | undefined) ?? [],
      value,
      notes: b.evidence.slice(0, 1),
      callPath: (b['callPath'] as PartFact['callPath'] | undefined) ?? [],
      samples: w.count,
      waits: b['waits'] as Record<string, unknown>,
    });
    return [part];
  });
}

const pct = (x: number, of: number) => (of > 0 ? Math.round((x / of) * 1000) / 10 : 0);

/** "requests spent 94.3% of their time waiting (http 94.1%, fs 0.4%)". */
export function requestWaitsText(all: RequestWaits[]): string | undefined {
  const requestNs = all.reduce((s, w) => s + w.requestNs, 0);
  const waitingNs = all.reduce((s, w) => s + w.waitingNs, 0);
  if (!(requestNs > 0)) return undefined;
  const byOp = new Map<string, number>();
  for (const w of all) for (const [op, ns] of w.byOp) byOp.set(op, (byOp.get(op) ?? 0) + ns);
  const ops = [...byOp].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([op, ns]) => `${op} ${pct(ns, requestNs)}%`);
  const requests = all.reduce((s, w) => s + w.requests, 0);
  const over = requests > 0 ? `${requests} recorded requests` : 'the window (no request recorded)';
  return `the wait profile: ${over} spent ${pct(waitingNs, requestNs)}% of their time waiting${ops.length > 0 ? ` (${ops.join(', ')})` : ''}`;
}
