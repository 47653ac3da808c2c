// Wait findings -> bottleneck records (category io), ranked by the share of
// request time they hold, with the per-request breakdown and the projected
// latencies of their strategies in a `waits` field, so perf-plan estimates
// from the critical path instead of a CPU share.

import type { BottleneckRecord } from '../../records/types.js';
import { median, unionNs, type LatencySummary } from './critical-path.js';
import { strategiesByGain, type Projection, type WaitFinding } from './causes.js';
import type { Timeline, WaitTimelines } from './timelines.js';

/** Best projected remedy first (causes.ts); a slow wait with nothing to overlap or cache can also be bounded. */
function strategiesOf(f: WaitFinding): string[] {
  const ranked: string[] = strategiesByGain(f);
  return f.cause === 'slow-waits' ? [...ranked, 'add-timeout'] : ranked;
}

const ms = (ns: number) => Math.round(ns / 1e4) / 100;
const msOf = (s: LatencySummary) => ({
  p50: ms(s.p50),
  p90: ms(s.p90),
  p99: ms(s.p99),
  mean: ms(s.mean),
  ...(s.p50PerSecond !== undefined ? { p50PerSecond: ms(s.p50PerSecond) } : {}),
  ...(s.p99PerSecond !== undefined ? { p99PerSecond: ms(s.p99PerSecond) } : {}),
});
const at = (c: { function: string; file: string; line: number }) => `${c.function} (${c.file || 'no file'}${c.line > 0 ? `:${c.line}` : ''})`;
const floor4 = (x: number) => Math.floor(x * 1e4) / 1e4;

/** Of a route's typical request: how long, how much of it waiting (overlaps once), and whether its waits overlapped. */
export function breakdownOf(timelines: Timeline[], route: string) {
  const of = timelines.filter((t) => t.route === route);
  const spans = (t: Timeline) => t.waits as { atNs: number; durNs: number }[];
  const waiting = of.map((t) => unionNs(spans(t)));
  const summed = of.map((t) => t.waits.reduce((s, w) => s + w.durNs, 0));
  const latency = median(of.map((t) => t.latencyNs));
  return {
    route,
    requests: of.length,
    latencyMsP50: ms(latency),
    waitingMsP50: ms(median(waiting)),
    notWaitingMsP50: ms(Math.max(0, latency - median(waiting))),
    waitsPerRequest: median(of.map((t) => t.waits.length)),
    overlapped: median(summed) > median(waiting) * 1.05,
    servedOn: [...new Set(of.flatMap((t) => (t.port ? [t.port] : [])))].sort((x, y) => x - y),
  };
}

function wording(f: WaitFinding): string {
  const how = f.cause === 'sequential-waits' ? 'sequential ' : '';
  const each = `${ms(f.eachNs.p50)} ms each (p99 ${ms(f.eachNs.p99)} ms)`;
  const per = f.ofRequests > 0 ? `${f.perRequest} ${how}${f.op} waits on ${f.target} per request` : `${f.count} ${f.op} waits on ${f.target}`;
  return `${at(f.waiter)} makes ${per}${f.via ? ` (through ${at(f.via)})` : ''}, ${each}`;
}

function evidenceOf(f: WaitFinding, b: ReturnType<typeof breakdownOf>): string[] {
  const out = [wording(f)];
  if (f.ofRequests > 0) {
    out.push(
      `in ${f.requests} of ${f.ofRequests} recorded requests (${f.route}); ${f.sharePct.toFixed(1)}% of all request time is spent in these waits`,
      `of a ${b.route} request's p50 of ${b.latencyMsP50} ms: ${b.waitingMsP50} ms waiting (${b.waitsPerRequest} waits, ${b.overlapped ? 'partly overlapping' : 'none overlapping'}), ${b.notWaitingMsP50} ms not waiting (its CPU, plus time queued behind other requests)`,
    );
  }
  if (f.cause === 'sequential-waits') out.push(`one after another: ${Math.round(f.sequential * 100)}% of consecutive waits in a request do not overlap`);
  if (f.repeatsPerRequest >= 1) out.push(`the same ${f.op} operation is repeated ${f.repeatsPerRequest} times per request`);
  if (f.sharedKey) out.push(`every request repeats the same operation: ${f.sharedKey}`);
  for (const [id, p] of Object.entries(f.projections) as [string, Projection][]) {
    out.push(`${id}: p50 ${ms(f.latency.p50)} -> ${ms(p.expected.p50)} ms, p99 ${ms(f.latency.p99)} -> ${ms(p.expected.p99)} ms (${p.how})`);
  }
  return out;
}

export interface WaitBottleneckContext {
  runId: string;
  profileId: string;
  unit: string;
}

export function waitBottlenecks(findings: WaitFinding[], t: WaitTimelines, c: WaitBottleneckContext): BottleneckRecord[] {
  const timelines = t.requests.length > 0 ? t.requests : t.window ? [t.window] : [];
  return findings.map((f, i) => {
    const b = breakdownOf(timelines, f.route);
    const projections = Object.fromEntries(
      Object.entries(f.projections).map(([id, p]) => [id, { low: msOf(p!.low), expected: msOf(p!.expected), high: msOf(p!.high), how: p!.how }]),
    );
    return {
      type: 'bottleneck',
      v: 1,
      runId: c.runId,
      id: `${c.profileId}#${i + 1}`,
      rank: i + 1,
      category: 'io',
      cause: f.cause,
      function: f.waiter.function,
      file: f.waiter.file,
      line: f.waiter.line,
      sharePct: floor4(f.sharePct),
      profileId: c.profileId,
      evidence: evidenceOf(f, b),
      ruleId: `wait.${f.cause}`,
      kind: 'wall',
      strategies: strategiesOf(f),
      callPath: f.callPath,
      frames: [{ function: f.waiter.function, file: f.waiter.file, line: f.waiter.line }, ...(f.via ? [{ function: f.via.function, file: f.via.file, line: f.via.line }] : [])],
      value: f.totalNs,
      unit: c.unit,
      waits: {
        op: f.op,
        target: f.target,
        route: f.route,
        requests: f.requests,
        ofRequests: f.ofRequests,
        perRequest: f.perRequest,
        eachMs: { p50: ms(f.eachNs.p50), p99: ms(f.eachNs.p99) },
        sequential: Math.round(f.sequential * 100) / 100,
        repeatsPerRequest: f.repeatsPerRequest,
        ...(f.sharedKey ? { sharedKey: f.sharedKey } : {}),
        ...(f.via ? { via: f.via } : {}),
        count: f.count,
        latencyMs: msOf(f.latency),
        breakdown: b,
        projections,
      },
    };
  });
}
