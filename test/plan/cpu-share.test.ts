// CPU-only strategies in a run that waits: their share of the main metric is
// the CPU share times the CPU-busy share of the measured time (already inside
// the share when the CPU profile samples idle), never the location's share of
// wall time. Computed in process from records shaped as the contracts say.
import t from 'tap';
import type { PlanInput } from '../../lib/plan/basis.js';
import { busyShare } from '../../lib/plan/cpu-share.js';
import { planItems } from '../../lib/plan/items.js';
import type { FindingRecord, HotspotRecord } from '../../lib/records/types.js';
import { bottleneck, metric, runRecord } from './records.js';

const cpuProfile = { profileId: 'cpu', kind: 'cpu' as const, total: 2e9, unit: 'nanoseconds', sampleType: 'cpu' };
const idle = (selfPct: number): HotspotRecord => ({
  type: 'hotspot', v: 1, runId: 'r1', profileId: 'cpu', kind: 'cpu', by: 'self', rank: 1, function: '(idle)', file: '', line: 0,
  self: 0, cum: 0, selfPct, cumPct: selfPct, unit: 'nanoseconds', sampleType: 'cpu',
} as HotspotRecord);

/** A location that makes the call its requests wait on: all of the wall time, `cpuPct` of the CPU samples. */
function waitingFinding(cpuPct: number, file = 'service.js'): FindingRecord {
  return {
    type: 'finding', v: 1, runId: 'r1', id: 'F1', rank: 1, category: 'io', cause: 'blocking-io', decision: 'state-io', why: 'it waits',
    function: 'getJson', file, line: 35, processes: 1,
    impact: { sharePct: 100, metric: 'http_latency_p99', how: "100% of the run's wall; the run is waiting", resource: 'wall' } as FindingRecord['impact'],
    evidence: [
      { resource: 'cpu', profileIds: ['cpu'], value: 1, unit: 'nanoseconds', sharePct: cpuPct, processes: 1, text: `${cpuPct}% of the run's CPU samples` },
      { resource: 'wall', profileIds: ['wall'], value: 1, unit: 'nanoseconds', sharePct: 100, processes: 1, text: "100% of the run's wall-clock time" },
    ],
    parts: [], strategies: ['better-algorithm', 'cache-result'], bottleneckIds: [], profileId: 'cpu', kind: 'cpu',
  };
}

function input(extra: Partial<PlanInput>): PlanInput {
  return { run: runRecord(), metrics: [metric('http_latency_p99', 600, 'ms')], profiles: [cpuProfile], hotspots: [], bottlenecks: [], ...extra };
}

t.test('V8 samples idle time: the CPU share is already a share of the thread time, not the wall share', async (t) => {
  const { items } = planItems(input({ findings: [waitingFinding(6)], hotspots: [idle(66)] }), 0);
  const item = items.find((i) => i.strategyId === 'better-algorithm')!;
  t.ok(item, 'the CPU strategy is planned');
  t.equal((item['estimate'] as { share: number }).share, 0.06, 'p is the 6% CPU share, not the 100% of wall time');
  t.match(item.method, /its CPU share \(6% of the run's CPU samples\) as is: the CPU profile samples idle time \(\(idle\) 66%\)/);
  t.ok(item.expectedGainPct.high <= 6, `the gain cannot pass the CPU share: ${JSON.stringify(item.expectedGainPct)}`);
});

t.test('an on-CPU-only profile (pprof) is scaled by CPU time over wall time', async (t) => {
  const metrics = [metric('http_latency_p99', 600, 'ms'), metric('cpu_user', 0.2, 's'), metric('cpu_system', 0.05, 's'), metric('wall_time', 2.5, 's')];
  const b = bottleneck('B1', { function: 'parse', file: 'main.go', sharePct: 60, strategies: ['better-algorithm'] });
  const [item] = planItems(input({ bottlenecks: [b], metrics }), 0).items;
  t.equal((item!['estimate'] as { share: number }).share, 0.06, '60% of the CPU × ρ = 0.25 s / 2.5 s = 0.1');
  t.match(item!.method, /times the CPU-busy share ρ = 0\.25 s of CPU \/ 2\.5 s of wall time = 0\.1/);
});

t.test('a metric that is CPU time is not scaled; a CPU-bound run keeps its share', async (t) => {
  const run = runRecord({ scenario: { name: 'checkout', load: 'http', mainMetric: 'cpu_per_request', config: 'perf.yaml' } });
  const metrics = [metric('cpu_per_request', 2, 'ms'), metric('cpu_user', 0.2, 's'), metric('wall_time', 2.5, 's')];
  t.equal(busyShare(input({ run, metrics }), { key: 'cpu_per_request', metric: 'cpu_per_request', label: '', unit: 'ms', direction: 'lower-is-better' }).rho, undefined);
  const b = bottleneck('B1', { function: 'parse', file: 'main.go', sharePct: 60, strategies: ['better-algorithm'] });
  const [item] = planItems(input({ run, metrics, bottlenecks: [b] }), 0).items;
  t.equal((item!['estimate'] as { share: number }).share, 0.6);
  const busy = [metric('http_latency_p99', 600, 'ms'), metric('cpu_user', 3, 's'), metric('wall_time', 2.5, 's')];
  const [bound] = planItems(input({ metrics: busy, bottlenecks: [b] }), 0).items;
  t.equal((bound!['estimate'] as { share: number }).share, 0.6, 'more than one core busy: ρ capped at 1');
});

t.test('a strategy that removes any of the time keeps the location share, and ranks after one that needs nothing unseen', async (t) => {
  const points = ['better-algorithm', 'cache-result'].map((strategy) => ({ pair: `node/${strategy}`, runtime: 'node' as const, strategy, key: 'per-call', share: 0.5, gain: 0.4, f: 0.8, project: false }));
  const { items } = planItems(input({ findings: [waitingFinding(6)], hotspots: [idle(66)], points }), 0);
  const [item] = items;
  t.equal(item!.strategyId, 'better-algorithm', 'caching leads only if the inputs repeat, which the profile cannot show');
  const cache = (item!['alternatives'] as { strategyId: string; expectedGainPct: { expected: number } }[]).find((a) => a.strategyId === 'cache-result')!;
  t.ok(cache.expectedGainPct.expected > item!.expectedGainPct.expected, 'although a cache hit also skips the wait: the whole wall share');
  t.match(item!.method, /^Amdahl's law: p = 6%/);
});
