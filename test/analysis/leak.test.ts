// The leak verdict on metric records as perf-collect writes them: steady
// growth with retention is a leak at the retention profile's top site;
// growth told apart from noise, warm-up, small growth and garbage awaiting a
// collection are not, each with its reason.
import t from 'tap';
import { leakBottleneck, leakVerdict, type RetentionProfile } from '../../lib/analysis/leak.js';
import { parseMemoryLimit } from '../../lib/analysis/leak-run.js';
import type { BottleneckRecord, MetricRecord } from '../../lib/records/types.js';

const runId = 'r1';
const metric = (name: string, value: number, labels: MetricRecord['labels'], unit = 'bytes'): MetricRecord => ({ type: 'metric', v: 1, runId, name, value, unit, labels });
function growth(slope: number, low: number, lateLow: number, extra: MetricRecord[] = []): MetricRecord[] {
  const labels = { stat: 'heap_used', source: 'test', low, high: slope * 1.2, fromS: 1, toS: 5, lateSlope: slope, lateLow };
  return [
    metric('memory_over_time', 40e6, { t: 0, stat: 'heap_used' }),
    metric('memory_over_time', 40e6 + 4 * slope, { t: 4, stat: 'heap_used' }),
    metric('memory_growth', slope, labels, 'bytes/s'),
    metric('memory_growth_per_request', slope / 1000, { ...labels, low: low / 1000, high: (slope * 1.2) / 1000 }, 'bytes/request'),
    ...extra,
  ];
}
const site: BottleneckRecord = { type: 'bottleneck', v: 1, runId, id: 'node-1-heap#1', rank: 1, category: 'memory', cause: 'allocation-hotspot', function: 'remember', file: 'src/cache.js', line: 12, sharePct: 91.5, profileId: 'node-1-heap', evidence: [], callPath: [{ function: 'handle', file: 'src/server.js', line: 3 }, { function: 'remember', file: 'src/cache.js', line: 12 }] };
const retention: RetentionProfile[] = [{ record: { profileId: 'node-1-heap' } as RetentionProfile['record'], total: 80e6, unit: 'bytes', bottlenecks: [site] }];

t.test('steady growth with retention: a leak at the top retaining site, projected to the limit', async (t) => {
  const { verdict } = leakVerdict({ runId, metrics: growth(20e6, 18e6, 15e6), retention, limit: { bytes: 1 << 30, source: '--memory-limit' } });
  t.ok(verdict);
  const b = leakBottleneck(runId, verdict!);
  t.match(b, { id: 'node-1-heap#leak', cause: 'memory-leak', function: 'remember', file: 'src/cache.js', line: 12, strategies: ['bound-cache', 'release-references', 'stream-not-accumulate'] });
  t.same(b['growth'], { stat: 'heap_used', bytesPerSecond: { value: 20e6, low: 18e6, high: 24e6 }, bytesPerRequest: { value: 20000, low: 18000, high: 24000 }, retainedBytes: 80e6, secondsToLimit: 48, limitBytes: 1 << 30 });
  t.match(b.evidence.join('\n'), /call path handle → remember/);
});

t.test('no leak: noise, warm-up, small growth, garbage between collections', async (t) => {
  t.match(leakVerdict({ runId, metrics: growth(1e6, -2e6, -3e6), retention }).reason, /not told apart|no growth told apart/);
  t.match(leakVerdict({ runId, metrics: growth(5e6, 1e6, -1e5), retention }).reason, /warm-up/);
  t.match(leakVerdict({ runId, metrics: growth(1e5, 5e4, 5e4), retention }).reason, /a leak finding needs 5/);
  const live = metric('memory_retained', 1e6, { stat: 'heap_used', start: 40e6, end: 41e6 });
  t.match(leakVerdict({ runId, metrics: growth(20e6, 18e6, 15e6, [live]), retention }).reason, /garbage not yet collected/);
  t.match(leakVerdict({ runId, metrics: [], retention }).reason, /no memory growth fit/);
});

t.test('--memory-limit sizes', async (t) => {
  t.equal(parseMemoryLimit('512MiB'), 512 * 2 ** 20);
  t.equal(parseMemoryLimit('2GB'), 2e9);
  t.equal(parseMemoryLimit('1048576'), 1048576);
  t.throws(() => parseMemoryLimit('lots'), /expected a size/);
});

t.test('a program that is its own workload grows by its working set: a leak only when a retention profile names what is kept', async (t) => {
  t.match(leakVerdict({ runId, metrics: growth(20e6, 18e6, 15e6), retention: [] }).reason, /no load of requests.*working set/);
  const load = metric('http_requests', 4000, {}, 'requests');
  t.ok(leakVerdict({ runId, metrics: growth(20e6, 18e6, 15e6), retention }).verdict, 'with no load, retention that names a site is');
});

t.test('growth under load that no retention profile places: said about the run with its growth and what to re-run, never a verdict', async (t) => {
  const load = metric('http_requests', 4000, {}, 'requests');
  const answer = leakVerdict({ runId, metrics: growth(20e6, 18e6, 15e6, [load]), retention: [] });
  t.notOk(answer.verdict, 'no leak verdict (so no finding, no plan item) without a site');
  t.match(answer.unplaced, /grew [\d.]+kB per request \([\d.]+kB–[\d.]+kB\), [\d.]+MB\/s \(95% interval [\d.]+MB–[\d.]+MB\/s\) from 1 s to 5 s/, 'per unit of work and per second, with intervals and the fitted span');
  t.match(answer.unplaced, /re-run with a retention profile \(node: profiler kinds \["cpu", "heap"\]/);
});

t.test('growth must be told apart from noise per unit of work before anything is said', async (t) => {
  const load = metric('http_requests', 4000, {}, 'requests');
  // Rising per second (the request rate rose) while the bytes per request cannot be told from zero.
  const metrics = growth(20e6, 18e6, 15e6, [load]).map((m) => (m.name === 'memory_growth_per_request' ? { ...m, labels: { ...m.labels, low: -500 } } : m));
  const answer = leakVerdict({ runId, metrics, retention });
  t.notOk(answer.verdict);
  t.notOk(answer.unplaced);
  t.match(answer.reason, /no growth per request told apart from noise/);
  // The live heap at both edges stands in for an unresolved fit only where a site is named.
  const edges = metric('memory_retained', 8e6, { stat: 'heap_used', start: 40e6, end: 48e6 });
  const flat = growth(1e6, -2e6, -3e6, [load, edges]);
  t.ok(leakVerdict({ runId, metrics: flat, retention }).verdict, 'edges and a site: a leak');
  const noSite = leakVerdict({ runId, metrics: flat, retention: [] });
  t.notOk(noSite.verdict || noSite.unplaced, `edges without a site say nothing: ${noSite.reason}`);
});
