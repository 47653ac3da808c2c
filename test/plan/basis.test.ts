// What a plan's percentages are of, on the demo run's records: its scenario's
// main metric with the measured value; an imported profile's own total when
// there are no run metrics; and a bottleneck's share of that metric by its
// kind (wall time for waits, allocations times GC for memory).
import t from 'tap';
import { basisFor, directionOf, mainMetricName, metricValue, shareOf, type PlanInput } from '../../lib/plan/basis.js';
import type { BottleneckRecord, FindingRecord, HotspotRecord, MetricRecord, RunRecord } from '../../lib/records/types.js';
import { demoRecords } from '../report/demo-run.js';

const records = demoRecords();
const of = <T>(type: string) => records.filter((x) => x.type === type) as T[];
const input: PlanInput = { run: of<RunRecord>('run')[0]!, metrics: of<MetricRecord>('metric'), profiles: [], hotspots: of<HotspotRecord>('hotspot'), bottlenecks: of<BottleneckRecord>('bottleneck'), findings: of<FindingRecord>('finding') };

t.test("the demo run: its scenario's main metric, as measured", async (t) => {
  const main = input.run.scenario!['mainMetric'] as string;
  t.ok(main, 'the scenario names its main metric');
  t.equal(mainMetricName(input.run, input.metrics), main);
  const measured = input.metrics.find((m) => m.name === main && (!m.labels || Object.keys(m.labels).length === 0))!;
  t.same(basisFor(input, 'any'), { key: main, metric: main, label: `${main} (the main metric of scenario ${input.run.scenario!.name})`, current: measured.value, unit: measured.unit, direction: directionOf(main) });
  t.equal(metricValue(input.metrics, main), measured);
});

t.test('without a named main metric: wall time; without metrics: the profile total', async (t) => {
  const run = { ...input.run, scenario: undefined };
  const wall = { type: 'metric', v: 1, runId: run.runId, name: 'wall_time', value: 3.2, unit: 's' } as MetricRecord;
  t.equal(mainMetricName(run, [wall]), 'wall_time');
  t.equal(basisFor({ ...input, run, metrics: [wall] }, 'p').label, "wall_time (the run's wall time)");
  t.equal(mainMetricName(run, []), undefined);
  const imported = { ...input, run, metrics: [], profiles: [{ profileId: 'cpu1', kind: 'cpu' as const, total: 5e9, unit: 'nanoseconds', sampleType: 'cpu' }] };
  t.same(basisFor(imported, 'cpu1'), {
    key: 'profile:cpu1',
    metric: 'cpu_total',
    label: "total cpu time of profile cpu1 (an imported profile with no run metrics: the profile's total stands in for the main metric)",
    current: 5e9,
    unit: 'nanoseconds',
    direction: 'lower-is-better',
  });
  t.same([directionOf('http_requests_per_sec'), directionOf('throughput_rps'), directionOf('http_latency_p99'), directionOf('wall_time')], ['higher-is-better', 'higher-is-better', 'lower-is-better', 'lower-is-better']);
});

t.test("a bottleneck's share, by what it costs", async (t) => {
  const b = input.bottlenecks.find((x) => x.kind === 'cpu') ?? { ...input.bottlenecks[0]!, kind: 'cpu' };
  t.same(shareOf(input, { ...b, category: 'cpu' }), { p: b.sharePct / 100, how: `its share of the cpu profile ${b.profileId} (${Math.round(b.sharePct * 100) / 100}%, counting its callees)`, penalty: 0 });
  // An I/O wait seen in a CPU profile: its wall share when a wall profile has it, else its CPU share as a lower bound.
  const io = { ...b, category: 'io' as const };
  const lower = shareOf(input, io);
  t.same([lower.p, lower.penalty], [b.sharePct / 100, 1]);
  t.match(lower.how, /lower bound/);
  const wallHot = { ...input.hotspots[0]!, profileId: 'wall1', kind: 'wall', by: 'cum', function: b.function, file: b.file, cumPct: 42 } as HotspotRecord;
  const withWall = { ...input, profiles: [{ profileId: 'wall1', kind: 'wall' as const, total: 1, unit: 'nanoseconds', sampleType: 'wall' }], hotspots: [...input.hotspots, wallHot] };
  t.same([shareOf(withWall, io).p, shareOf(withWall, io).penalty], [0.42, 0]);
  // Allocations cost time through the GC: times the GC's CPU share when a CPU profile shows it.
  const alloc = { ...b, category: 'memory' as const, kind: 'alloc', sharePct: 50 };
  const gc = { ...input.hotspots[0]!, kind: 'cpu', by: 'self', function: '(garbage collector)', selfPct: 10 } as HotspotRecord;
  t.same([shareOf({ ...input, hotspots: [gc] }, alloc).p, shareOf({ ...input, hotspots: [gc] }, alloc).penalty], [0.05, 1]);
  t.same([shareOf({ ...input, hotspots: [] }, alloc).p, shareOf({ ...input, hotspots: [] }, alloc).penalty], [0.5, 2], 'no GC seen: an upper bound');
});
