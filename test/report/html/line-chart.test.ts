// The inline-SVG line chart: a round axis from zero, each series a polyline
// whose points sit where their time and value say, the target dashed, series
// grouped from metric records by their labels.
import t from 'tap';
import { lineChart, niceMax, seriesOf } from '../../../lib/report/html/line-chart.js';

t.test('round axis maxima: 1, 2 or 5 times a power of ten', async (t) => {
  t.same([0.3, 1, 1.2, 3, 7, 12, 240, 999, 1001].map(niceMax), [0.5, 1, 2, 5, 10, 20, 500, 1000, 2000]);
  t.equal(niceMax(0), 1);
  t.equal(niceMax(Number.NaN), 1);
});

t.test('points where their values say, on the chart area', async (t) => {
  const series = new Map<string, [number, number][]>([
    ['p99', [[2, 40], [0, 80], [1, 20]]],
    ['p50', [[0, 10], [2, 10]]],
  ]);
  const html = lineChart({ id: 'lat', title: 'Latency <ms>', ariaLabel: 'a', series, colours: { p99: '#d1362f' }, format: (v) => `${v} ms`, target: { value: 50, label: 'p99 target 50 ms' }, caption: 'c & d' });
  const lines = [...html.matchAll(/<polyline fill="none" stroke="([^"]+)" stroke-width="2" points="([^"]+)"\/>/g)];
  t.same(lines.map((m) => m[1]), ['#555', '#d1362f'], 'series by name; a colour given or grey');
  const pts = (i: number) => lines[i]![2]!.split(' ').map((p) => p.split(',').map(Number) as [number, number]);
  const p99 = pts(1);
  t.same(p99.map((p) => p[0]), [...p99.map((p) => p[0])].sort((a, b) => a - b), 'in time order');
  // Axis max 100 (niceMax of 80): the chart area runs from y 186 (zero) up to y 14 (100), x 52 (t=0) to 704 (t=2).
  const y = (v: number) => 186 - (v / 100) * 172;
  t.same(p99, [[52, y(80)], [378, y(20)], [704, y(40)]].map(([a, b]) => [a, Math.round(b! * 10) / 10]));
  t.match(html, `<line class="target" x1="52" x2="704" y1="${y(50)}" y2="${y(50)}"/>`, 'the target at its value');
  t.match(html, /<text class="tick" x="46" y="18" text-anchor="end">100 ms<\/text>/, 'the top tick is the round maximum');
  t.match(html, /<h2>Latency &lt;ms&gt;<\/h2>/);
  t.match(html, /<p class="caption">c &amp; d<\/p><\/section>$/);
  t.equal(lineChart({ id: 'x', title: 'x', ariaLabel: 'x', series: new Map(), colours: {}, format: String }), '', 'no series, no chart');
});

t.test('series from metric records by stat, points without a time left out', async (t) => {
  const m = (name: string, value: number, labels?: Record<string, unknown>) => ({ name, value, ...(labels ? { labels } : {}) });
  const series = seriesOf([m('lat', 1, { t: 0, stat: 'p50' }), m('lat', 2, { t: 1, stat: 'p50' }), m('lat', 9, { t: 0, stat: 'p99' }), m('lat', 5), m('other', 3, { t: 0, stat: 'p50' }), m('lat', 4, { t: 2 })], 'lat');
  t.same([...series.entries()], [['p50', [[0, 1], [1, 2]]], ['p99', [[0, 9]]], ['value', [[2, 4]]]]);
});
