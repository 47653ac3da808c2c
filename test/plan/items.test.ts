// Plan items from bottleneck records: shares, targets, commands, order, ids
// and --min-gain, computed in-process from records built by the test.
import t from 'tap';
import type { PlanInput } from '../../lib/plan/basis.js';
import { gainRange, targetValue } from '../../lib/plan/estimate.js';
import { planItems } from '../../lib/plan/items.js';
import { factorFor } from '../../lib/plan/calibration/factors.js';
import type { FactorPoint } from '../../lib/plan/calibration/points.js';
import { factorPoints } from '../../lib/plan/choose.js';
import type { StrategyId } from '../../lib/rules/strategy-ids.js';
import { formatMetric } from '../../lib/plan/verification.js';
import type { BottleneckRecord, HotspotRecord } from '../../lib/records/types.js';
import { bottleneck, metric, runRecord } from './records.js';

/** The factor the plan uses for a strategy on Node code with per-call evidence (the corpus, or the prior). */
const factor = (id: StrategyId) => factorFor(factorPoints(), id, 'node', 'per-call').f;
const CONFIDENCE = ['low', 'medium', 'high'];

/** Three measured regex pairs on Node, close together: a calibrated, high-confidence factor for precompile-regex. */
const regexPoints: FactorPoint[] = [0.3, 0.35, 0.4].map((f, i) => ({ pair: `node/r${i}`, runtime: 'node', strategy: 'precompile-regex', key: 'per-call', share: 0.5, gain: 0.5 * f, f, project: false }));

const cpuProfile = { profileId: 'cpu', kind: 'cpu' as const, total: 2e9, unit: 'nanoseconds', sampleType: 'cpu' };

function input(bottlenecks: BottleneckRecord[], extra: Partial<PlanInput> = {}): PlanInput {
  return { run: runRecord(), metrics: [metric('http_latency_p99', 180, 'ms'), metric('http_requests_per_sec', 1000, 'req/s')], profiles: [cpuProfile], hotspots: [], bottlenecks, ...extra };
}

t.test('a profiled run: the share of the main metric, target from its measured value, the scenario command', async (t) => {
  const b = bottleneck('B1', {
    function: 'slugify', file: 'src/slug.js', line: 3, sharePct: 50, strategies: ['precompile-regex', 'replace-regex'],
    callPath: [{ function: 'handle', file: 'src/server.js', line: 40 }, { function: 'slugify', file: 'src/slug.js', line: 3 }],
  });
  const [item] = planItems(input([b], { points: regexPoints }), 0).items;
  t.ok(item);
  t.equal(item!.id, 'PERF-001');
  t.equal(item!.title, 'Compile the RegExp in slugify once (slug.js:3)', 'the measured strategy leads the one only a prior supports');
  t.match(item!.strategy, 'instead of on every call in slugify (src/slug.js:3), where it is called from handle (src/server.js:40)');
  // p = 0.5, f = the fit of the three pairs; latency gain = 100·p·f.
  const f = factorFor(regexPoints, 'precompile-regex', 'node', 'per-call').f;
  t.same(item!.expectedGainPct, gainRange(0.5, f, 'lower-is-better'));
  t.equal(item!.expectedGainPct.expected, Math.round(50 * f.expected * 100) / 100, '100·p·f');
  t.match(item!.method, `p = 50% = its share of the cpu profile cpu (50%, counting its callees), taken as its share of http_latency_p99; f = ${Math.round(f.low * 100)}–${Math.round(f.high * 100)}% (expected ${Math.round(f.expected * 100)}%) from no point of this project and 3 calibration pairs`);
  t.match(item!.method, /gain = 100·p·f \(time removed\)/);
  t.match(item!.description, /http_latency_p99 \(the main metric of scenario checkout\).*Call path: handle → slugify/);
  t.equal(item!.verification.metric, 'http_latency_p99');
  t.equal(item!.verification.target, `http_latency_p99 from 180 ms to ≤ ${formatMetric(180 * (1 - 0.5 * f.low), 'ms')}`, 'target at the low end of the range');
  t.same(item!.verification.commands, ['perf-profiler --run-profile --scenario checkout --config perf.yaml --baseline .spec/reports/performance/r1/run.ndjson']);
  t.equal(item!.confidence, 'high', 'three close pairs on the same runtime, with evidence');
  t.equal((item!['alternatives'] as unknown[]).length, 1);
});

t.test('a throughput main metric uses 1/(1 − p·f) − 1 and a ≥ target', async (t) => {
  const run = runRecord({ scenario: { name: 'load', load: 'http', mainMetric: 'http_requests_per_sec' } });
  const [item] = planItems(input([bottleneck('B1', { sharePct: 50, strategies: ['set-lookup'] })], { run }), 0).items;
  const f = factor('set-lookup');
  const g = gainRange(0.5, f, 'higher-is-better');
  t.same(item!.expectedGainPct, g);
  t.equal(g.low, Math.round(100 * (1 / (1 - 0.5 * f.low) - 1) * 100) / 100, '1/(1 − p·f) − 1');
  t.equal(item!.verification.target, `http_requests_per_sec from 1000 req/s to ≥ ${formatMetric(targetValue(1000, g.low, 'higher-is-better'), 'req/s')}`);
});

t.test('an imported profile with no metrics is judged by the profile total, and says so', async (t) => {
  const run = runRecord({ profiler: 'import', scenario: undefined, command: ['perf-collect', '--input', 'cpu.pb.gz'], inputs: ['cpu.pb.gz'] });
  const [item] = planItems(input([bottleneck('B1', { sharePct: 20, strategies: ['set-lookup'] })], { run, metrics: [] }), 0).items;
  t.match(item!.description, /total cpu time of profile cpu \(an imported profile with no run metrics/);
  t.equal(item!.verification.metric, 'cpu_total');
  const low = 20 * factor('set-lookup').low;
  t.equal(item!.verification.target, `cpu_total from 2s to ≤ ${formatMetric(2e9 * (1 - low / 100), 'nanoseconds')}`);
  t.same(item!.verification.commands, ['perf-profiler --input cpu.pb.gz --baseline .spec/reports/performance/r1/run.ndjson']);
});

t.test('an io bottleneck found in a CPU profile is costed by its share of wall time when a wall profile has it', async (t) => {
  const b = bottleneck('B1', { category: 'io', function: 'readConfig', file: 'src/config.js', sharePct: 5, strategies: ['cache-file-read'] });
  const wall: HotspotRecord = { type: 'hotspot', v: 1, runId: 'r1', profileId: 'wall', kind: 'wall', by: 'cum', rank: 1, function: 'readConfig', file: 'src/config.js', line: 10, self: 1, cum: 1, selfPct: 1, cumPct: 40, unit: 'nanoseconds', sampleType: 'wall' };
  const withWall = planItems(input([b], { profiles: [cpuProfile, { ...cpuProfile, profileId: 'wall', kind: 'wall' }], hotspots: [wall] }), 0).items[0]!;
  const f = factor('cache-file-read').expected;
  t.equal(withWall.expectedGainPct.expected, Math.round(100 * (0.4 * f) * 100) / 100, 'p = 40% of wall time');
  t.match(withWall.method, /share of wall time in wall profile wall \(40%\), not its CPU share \(5%\)/);
  const cpuOnly = planItems(input([b]), 0).items[0]!;
  t.equal(cpuOnly.expectedGainPct.expected, Math.round(100 * (0.05 * f) * 100) / 100, 'p = its 5% CPU share');
  t.match(cpuOnly.method, /lower bound of the wall time/);
  t.equal(cpuOnly.confidence, CONFIDENCE[Math.max(0, CONFIDENCE.indexOf(withWall.confidence) - 1)], 'indirect evidence costs a confidence step');
});

t.test('order by expected gain with explicit tie-breaks, ids after --min-gain', async (t) => {
  const bs = [
    bottleneck('Bz', { sharePct: 10, strategies: ['cache-result'] }),
    bottleneck('Ba', { sharePct: 10, strategies: ['cache-result'] }),
    bottleneck('Bbig', { sharePct: 40, strategies: ['cache-result'] }),
    bottleneck('Btiny', { sharePct: 1, strategies: ['cache-result'] }),
  ];
  const all = planItems(input(bs), 0).items;
  t.same(all.map((i) => [i.id, i.bottleneckId]), [['PERF-001', 'Bbig'], ['PERF-002', 'Ba'], ['PERF-003', 'Bz'], ['PERF-004', 'Btiny']]);
  const kept = planItems(input(bs), 8.5).items;
  t.same(kept.map((i) => [i.id, i.bottleneckId]), [['PERF-001', 'Bbig'], ['PERF-002', 'Ba'], ['PERF-003', 'Bz']], 'expected 8.5% kept, 0.85% dropped');
  t.same(planItems(input([...bs].reverse()), 0).items, all, 'input order does not matter');
});

t.test('a bottleneck with no catalogued strategy gets no invented item', async (t) => {
  const r = planItems(input([bottleneck('B1', { strategies: ['no-such-strategy'] }), bottleneck('B2', { strategies: undefined })]), 0);
  t.same(r.items, []);
  t.same(r.unplanned.map((u) => u.bottleneck.id), ['B1', 'B2']);
});

t.test('runtime pseudo-frames and a child repeating its parent get no item of their own', async (t) => {
  const r = planItems(input([
    bottleneck('idle', { function: '(idle)', file: '', line: 0, sharePct: 14, strategies: ['better-algorithm'] }),
    bottleneck('P', { function: 'searchCatalog', sharePct: 25, strategies: ['precompile-regex'] }),
    bottleneck('C', { function: 'searchCatalog', sharePct: 24, parentId: 'P', strategies: ['precompile-regex'] }),
    bottleneck('C2', { function: 'searchCatalog', sharePct: 1, parentId: 'P', strategies: ['better-algorithm'] }),
  ]), 0);
  t.same(r.items.map((i) => i.bottleneckId), ['P', 'C2']);
  t.same(r.unplanned.map((u) => [u.bottleneck.id, u.reason]), [
    ['idle', '(idle) is a runtime pseudo-frame with no source file; there is no user code to change'],
    ['C', 'it lies inside bottleneck P in the same function with the same strategy; that item covers it'],
  ]);
});

t.test('a nested bottleneck says its gain is not additive with its parent', async (t) => {
  const items = planItems(input([bottleneck('P', { sharePct: 60 }), bottleneck('C', { sharePct: 30, parentId: 'P', strategies: ['set-lookup'] })]), 0).items;
  const child = items.find((i) => i.bottleneckId === 'C')!;
  t.match(child.method, /inside bottleneck P: not additive/);
  t.equal((child['estimate'] as { parentBottleneckId: string }).parentBottleneckId, 'P');
});
