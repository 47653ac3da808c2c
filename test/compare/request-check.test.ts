// A wait item judged by its requests: wait profiles made the way the Node
// recorder writes them (a marker sample per request, waits labelled with
// it), compared through planChecks. Made concurrent, a request's 12 calls
// overlap: their summed wait time rises while the request gets shorter.
import t from 'tap';
import { profileCosts } from '../../lib/compare/costs.js';
import { costSide } from '../../lib/compare/functions.js';
import { planChecks } from '../../lib/compare/plan-check.js';
import { requestFallOf, requestLatencyChange, routeRepeats } from '../../lib/compare/request-check.js';
import { ProfileBuilder } from '../../lib/model/builder.js';
import type { Profile } from '../../lib/model/profile.js';
import { WAIT_LABELS as L, WAIT_SAMPLE_TYPES, recordedRequests, requestFrameName, waitFrameName } from '../../lib/model/waits.js';
import type { AnyRecord, PlanItemRecord, RunRecord } from '../../lib/records/types.js';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';

const ms = 1e6;
const ROUTE = 'GET /orders';

/**
 * 3 repeats of 3 s, `perSecond` requests a second, each making 12 calls of
 * about `callMs`, one after another or all at once. Seeded jitter of ±20%.
 */
function waitProfile(mode: 'sequential' | 'concurrent', callMs: number, perSecond: number, seed: number): Profile {
  const b = new ProfileBuilder({ sampleTypes: WAIT_SAMPLE_TYPES.map((x) => ({ ...x })), defaultSampleIndex: 1, periodType: { type: 'wait', unit: 'nanoseconds' }, period: 1, timeNs: 0, durationNs: 3e9 });
  const fn = b.frameId({ name: 'loadOrderItems', file: '/app/service.js', line: 40, column: 1 });
  const leaf = b.frameId({ name: waitFrameName('http', 'GET backend/items/:id'), file: '', line: 0, column: 0 });
  const marker = b.frameId({ name: requestFrameName(ROUTE), file: '', line: 0, column: 0 });
  let rng = xoroshiro128plus(seed);
  const jitter = () => {
    const [v, next] = [uniformInt(rng, 80, 120), rng];
    rng = next;
    return v / 100;
  };
  for (const repeat of ['1', '2', '3']) {
    for (let i = 0; i < 3 * perSecond; i++) {
      const startNs = (i / perSecond) * 1e9;
      let at = 0.2 * ms;
      const calls = Array.from({ length: 12 }, () => callMs * jitter() * ms);
      for (const d of calls) {
        b.addSample([leaf, fn], [1, d], { [L.op]: 'http', [L.target]: 'GET backend/items/:id', [L.request]: String(i), [L.route]: ROUTE, [L.at]: String(at), [L.repeat]: repeat });
        if (mode === 'sequential') at += d + 0.1 * ms;
      }
      const latency = (mode === 'sequential' ? at : at + Math.max(...calls)) + 0.2 * ms;
      b.addSample([marker], [0, 0], { [L.request]: String(i), [L.route]: ROUTE, [L.requestNs]: String(latency), [L.doneNs]: String(startNs + latency), [L.status]: '200', [L.repeat]: repeat });
    }
  }
  return b.build();
}

const sequential = waitProfile('sequential', 5, 10, 1);
const again = waitProfile('sequential', 5, 10, 2);
const concurrent = waitProfile('concurrent', 5, 40, 3);

t.test('the recorded requests, and a route\'s as repeats of per-second blocks', async (t) => {
  const requests = recordedRequests(sequential);
  t.equal(requests.length, 90);
  t.same(requests[0], { key: '1/0', repeat: '1', route: ROUTE, latencyNs: requests[0]!.latencyNs, second: 0 });
  const repeats = routeRepeats(requests, ROUTE);
  t.same(repeats.map((r) => r.length), [3, 3, 3], '3 repeats of 3 seconds');
  t.same(routeRepeats(requests, 'GET /other'), []);
});

t.test('the median request latency: a sure fall made concurrent, no sure change on a rerun', async (t) => {
  const fell = requestLatencyChange(sequential, concurrent, ROUTE)!;
  t.ok(fell.change.high < -80, `12 calls of ~5 ms overlapped: ${fell.change.pct}% [${fell.change.low}, ${fell.change.high}]`);
  const rerun = requestLatencyChange(sequential, again, ROUTE)!;
  t.ok(rerun.change.low < 0 && rerun.change.high > 0, `the same code again: ${rerun.change.pct}% [${rerun.change.low}, ${rerun.change.high}]`);
  t.equal(requestLatencyChange(sequential, concurrent, 'GET /other'), undefined);
});

t.test('the fall a wait item promises, from its projection\'s median latency', async (t) => {
  const waits = { route: ROUTE, latencyMs: { p50: 60 }, projections: { 'run-concurrently': { low: { p50: 30 }, expected: { p50: 12 }, high: { p50: 6 } } } };
  t.same(requestFallOf(waits, 'run-concurrently'), { route: ROUTE, promised: { low: 50, expected: 80, high: 90 } });
  t.equal(requestFallOf(waits, 'cache-result'), undefined, 'no projection for that strategy');
  t.equal(requestFallOf({ op: 'chan', count: 3 }, 'run-concurrently'), undefined, 'JFR/Go wait facts have no requests');
});

t.test('planChecks: the run-concurrently item is done by its requests, though its function waits longer in sum', async (t) => {
  const waits = { route: ROUTE, latencyMs: { p50: 60 }, projections: { 'run-concurrently': { low: { p50: 30 }, expected: { p50: 12 }, high: { p50: 6 } } } };
  const finding = { type: 'finding', id: 'F1', function: 'loadOrderItems', file: '/app/service.js', profileId: 'wall-1', waits } as unknown as AnyRecord;
  const item = { type: 'plan-item', id: 'PERF-001', findingId: 'F1', bottleneckId: 'F1', title: 'Run concurrently', strategy: 'x', strategyId: 'run-concurrently', kind: 'wall', expectedGainPct: { low: 50, expected: 80, high: 90 }, verification: { metric: 'http_latency_p50' } } as unknown as PlanItemRecord;
  const side = (p: Profile) => costSide(profileCosts(p, 'wait'), undefined);
  const pair = (after: Profile) => ({ profileId: 'wall-1', baselineProfileId: 'wall-1', kind: 'wall', before: side(sequential), after: side(after), waitProfiles: { before: sequential, after } });
  const check = (after: Profile) => planChecks({ runId: 'r2', baselineRun: { runId: 'r1', profiler: 'node' } as RunRecord, items: [item], baselineRecords: [finding], pairs: [pair(after)], workUnit: 'request' })[0]!;
  const done = check(concurrent);
  t.equal(done.status, 'done', done.reason);
  t.equal(done.evidence?.basis, 'request-latency');
  t.equal(done.evidence?.work, `${ROUTE} request`);
  t.same(done.expectedFallPct, { low: 50, expected: 80, high: 90 });
  t.match(done.reason, /^the median latency of a GET \/orders request \(server side, its critical path\) fell -\d/);
  const rerun = check(again);
  t.ok(['not-done', 'inconclusive'].includes(rerun.status), `unchanged code: ${rerun.status}: ${rerun.reason}`);
});
