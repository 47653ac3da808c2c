// The latency chart of a real run's records with load metrics: one line per
// percentile over the seconds of load, the scenario's p99 target dashed.
import t from 'tap';
import { latencyChart } from '../../../lib/report/html/latency-chart.js';
import { runContents } from '../sections/contents.js';

t.test('p50 and p99 per second, and the p99 target', async (t) => {
  const c = await runContents();
  const html = latencyChart(c);
  const perSecond = c.metrics.filter((m) => m.name === 'http_latency_over_time');
  t.ok(perSecond.length > 0, `${perSecond.length} per-second readings`);
  const lines = [...html.matchAll(/<polyline fill="none" stroke="([^"]+)" stroke-width="2" points="([^"]+)"\/>/g)];
  const stats = [...new Set(perSecond.map((m) => String(m.labels?.['stat'])))].sort();
  t.equal(lines.length, stats.length, `a line per stat: ${stats.join(', ')}`);
  lines.forEach((m, i) => t.equal(m[2]!.split(' ').length, perSecond.filter((x) => x.labels?.['stat'] === stats[i]).length, `${stats[i]}: a point per second`));
  t.same(lines.map((m) => m[1]), stats.map((s) => ({ p50: '#2f6fdd', p90: '#e39b1b', p99: '#d1362f' })[s]), 'the percentile colours');
  const target = (c.run.scenario?.['targets'] as { latency_p99_ms?: number }).latency_p99_ms;
  t.ok(target, 'the scenario sets a p99 target');
  t.match(html, `>p99 target ${target} ms</text>`);
  t.match(html, /<section id="latency"><h2>Latency over time<\/h2>/);
  t.equal(latencyChart({ ...c, metrics: c.metrics.filter((m) => m.name !== 'http_latency_over_time') }), '', 'no load readings, no chart');
});
