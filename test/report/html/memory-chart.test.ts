// The memory chart of report.html: one line per series, the fitted growth
// under it, the cgroup limit drawn only when it is near the curves.
import t from 'tap';
import { memoryChart } from '../../../lib/report/html/memory-chart.js';
import { groupRecords } from '../../../lib/report/run-contents.js';
import type { AnyRecord, RunRecord } from '../../../lib/records/types.js';

const run = { type: 'run', v: 1, runId: 'r1' } as RunRecord;
const metric = (name: string, value: number, unit: string, labels: Record<string, string | number> = {}) => ({ type: 'metric', v: 1, runId: 'r1', name, value, unit, labels }) as AnyRecord;

function contents(limit?: number) {
  const records: AnyRecord[] = [];
  for (let t = 0; t < 5; t++) {
    records.push(metric('memory_over_time', (40 + 10 * t) * 2 ** 20, 'bytes', { t, stat: 'rss' }));
    records.push(metric('memory_over_time', (20 + 10 * t) * 2 ** 20, 'bytes', { t, stat: 'heap_used' }));
  }
  records.push(metric('memory_growth', 10 * 2 ** 20, 'bytes/s', { stat: 'heap_used', low: 9 * 2 ** 20, high: 11 * 2 ** 20 }));
  records.push(metric('memory_growth_per_request', 16384, 'bytes/request', { stat: 'heap_used' }));
  if (limit) records.push(metric('memory_limit', limit, 'bytes', { source: 'memory.max' }));
  return groupRecords(run, records);
}

t.test('two series, the growth in the caption, the limit when near', async (t) => {
  const html = memoryChart(contents(128 * 2 ** 20));
  t.equal(html.match(/<polyline/g)?.length, 2);
  t.match(html, /heap_used: 10MB\/s \(95% interval 9MB to 11MB\/s\), 16kB per request/);
  t.match(html, /class="target"[^>]*\/><text[^>]*>limit 128MB</);
  t.notMatch(memoryChart(contents(64 * 2 ** 30)), /class="target"/, 'a 64 GB limit would flatten the curves');
  t.equal(memoryChart(groupRecords(run, [])), '', 'no memory readings, no chart');
});
