// Metric labels as people read them, on the demo recording's memory metrics:
// an interval's ends in the metric's unit, a retained amount's edges in bytes.
import t from 'tap';
import type { MetricRecord } from '../../lib/records/types.js';
import { metricLabels } from '../../lib/report/metric-labels.js';
import { demoRecords } from './demo-run.js';

const metrics = demoRecords().filter((r): r is MetricRecord => r.type === 'metric');

t.test('memory growth: interval and late slope in bytes per second', async (t) => {
  const growth = metrics.find((m) => m.name === 'memory_growth')!;
  const text = metricLabels(growth);
  t.match(text, /low=-?[\d.,]+ (bytes|kB|MB|GB)\/s high=-?[\d.,]+ (bytes|kB|MB|GB)\/s/);
  t.match(text, /stat=\w+/, 'words stay as they are');
  t.match(text, new RegExp(`points=${growth.labels!['points']}\\b`), 'counts stay as they are');
});

t.test('labels without an amount are unchanged', async (t) => {
  t.equal(metricLabels({ unit: '', labels: { stoppedBy: 'perf-collect' } }), 'stoppedBy=perf-collect');
  t.equal(metricLabels({ unit: 'bytes/request', labels: { start: '7700276', end: 7626540 } }), 'start=7.34 MB end=7.27 MB');
});
