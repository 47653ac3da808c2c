// The main metric as samples for the noise, on the demo run's real metrics:
// per-second p99 latency taken by its median over the seconds; a metric
// without a series one value per repeat; a run compared with itself shows
// no change, inside its interval.
import t from 'tap';
import { mainChange, mainSamples, noiseMeasured } from '../../lib/compare/main-metric.js';
import type { MetricRecord } from '../../lib/records/types.js';
import { demoRecords } from '../report/demo-run.js';

const metrics = demoRecords().filter((r): r is MetricRecord => r.type === 'metric');

t.test('p99 latency: the median of its per-second values', async (t) => {
  const perSecond = metrics.filter((m) => m.name === 'http_latency_over_time' && m.labels?.['stat'] === 'p99');
  t.ok(perSecond.length > 1, `${perSecond.length} seconds`);
  const s = mainSamples(metrics, 'http_latency_p99')!;
  t.equal(s.statistic, 'median');
  t.same(s.repeats.flat().map((b) => b.num), perSecond.map((m) => m.value));
  t.equal(s.describe, `median of per-second p99 over ${perSecond.length} s in 1 repeat`);
  t.equal(s.unit, perSecond[0]!.unit);
  const same = mainChange(s, s);
  t.equal(same.pct, 0, 'the same run: no change');
  t.ok(same.low <= 0 && same.high >= 0, `its interval holds 0: [${same.low}, ${same.high}]`);
  t.ok(noiseMeasured(s, s));
});

t.test('without a series: one value per repeat, or the one value', async (t) => {
  const wall = metrics.find((m) => m.name === 'wall_time');
  if (wall) {
    const one = mainSamples(metrics, 'wall_time')!;
    t.same([one.statistic, one.describe, one.repeats.flat().map((b) => b.num)], ['ratio', 'one value (the run was not repeated)', [wall.value]]);
    t.notOk(noiseMeasured(one, one), 'one value a side: no noise to measure');
  }
  const m = (value: number, repeat: number) => ({ type: 'metric', v: 1, runId: 'r', name: 'cpu_per_request', value, unit: 'ms', labels: { repeat } }) as MetricRecord;
  const three = mainSamples([m(2.1, 2), m(2, 1), m(2.2, 3)], 'cpu_per_request')!;
  t.same(three.repeats.map((r) => r.map((b) => b.num)), [[2], [2.1], [2.2]], 'in repeat order');
  t.equal(three.describe, 'mean of 3 repeats');
  t.equal(mainSamples(metrics, 'no_such_metric'), undefined);
});
