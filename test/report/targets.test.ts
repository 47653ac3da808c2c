// The scenario's targets against what was measured: the demo run's targets,
// the run-level value of each metric (not a per-second one), and targets the
// tool does not know kept, never dropped.
import t from 'tap';
import type { MetricRecord } from '../../lib/records/types.js';
import { runMetric, targetRows } from '../../lib/report/targets.js';
import { demoContents } from './demo-run.js';

const c = demoContents();

t.test("the demo run's targets, each met or missed by its run-level metric", async (t) => {
  const wanted = c.run.scenario!['targets'] as Record<string, number>;
  const rows = targetRows(c);
  t.same(rows.map((r) => r.key), Object.keys(wanted).filter((k) => ['latency_p99_ms', 'throughput_rps', 'wall_time_s'].includes(k)).sort((a, b) => ['latency_p99_ms', 'throughput_rps', 'wall_time_s'].indexOf(a) - ['latency_p99_ms', 'throughput_rps', 'wall_time_s'].indexOf(b)));
  const metricOf: Record<string, string> = { latency_p99_ms: 'http_latency_p99', throughput_rps: 'http_requests_per_sec', wall_time_s: 'wall_time' };
  for (const r of rows) {
    const m = runMetric(c.metrics, metricOf[r.key]!);
    if (!m) {
      t.equal(r.status, 'not measured');
      continue;
    }
    const lower = r.key !== 'throughput_rps';
    t.equal(r.status, (lower ? m.value <= wanted[r.key]! : m.value >= wanted[r.key]!) ? 'met' : 'missed', `${r.key}: ${m.value} against ${wanted[r.key]}`);
    t.match(r.wanted, lower ? /^≤ / : /^≥ /);
  }
});

t.test('the run-level value, never a per-second point', async (t) => {
  const m = (value: number, labels?: Record<string, number>) => ({ type: 'metric', v: 1, runId: 'r', name: 'http_latency_p99', value, unit: 'ms', ...(labels ? { labels } : {}) }) as MetricRecord;
  t.equal(runMetric([m(5, { t: 0 }), m(9)], 'http_latency_p99')!.value, 9);
  t.equal(runMetric([m(5, { t: 0 })], 'http_latency_p99'), undefined);
});

t.test('a target the tool does not know is listed, not measured', async (t) => {
  const run = { ...c.run, scenario: { ...c.run.scenario!, targets: { latency_p99_ms: 1, error_rate: 0.01 } } };
  const rows = targetRows({ ...c, run });
  t.same(rows[rows.length - 1], { key: 'error_rate', label: 'error_rate', wanted: '0.01', status: 'not measured' });
  t.same(targetRows({ ...c, run: { ...c.run, scenario: undefined } }), []);
});
