// The plain listings of report.html on the demo run: the top functions of a
// profile in rank order, the run's metrics without the per-second series, and
// every diagnostic with its level, stage and code.
import t from 'tap';
import { diagnosticsList, metricsTable, topFunctions } from '../../../lib/report/html/listings.js';
import { demoContents } from '../demo-run.js';

const c = demoContents();
const cells = (row: string) => [...row.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]!);
const bodyRows = (html: string) => [...html.matchAll(/<tr>(<td.*?)<\/tr>/g)].map((m) => cells(m[1]!));

t.test('top functions: one row per hotspot record, in rank order, located relative to the root', async (t) => {
  const profileId = c.profiles[0]!.profileId;
  for (const by of ['self', 'cum'] as const) {
    const want = c.hotspots.filter((h) => h.profileId === profileId && h.by === by).sort((a, b) => a.rank - b.rank);
    const rows = bodyRows(topFunctions(c, profileId, by));
    t.equal(rows.length, want.length, `${by}: ${want.length} rows`);
    t.same(rows.map((r) => [Number(r[0]), r[1]]), want.map((h) => [h.rank, h.function.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')]), `${by}: rank and function`);
    const located = want.findIndex((h) => h.file.startsWith(c.sourceRoot!));
    if (located >= 0) t.match(rows[located]![2], `title="${want[located]!.file}:${want[located]!.line}"`, 'the absolute path in the tooltip');
  }
  t.equal(topFunctions(c, 'no-such-profile', 'self'), '');
});

t.test('metrics: each run-level value once, no per-second points', async (t) => {
  const html = metricsTable(c);
  const rows = bodyRows(html);
  const runLevel = c.metrics.filter((m) => m.labels?.['t'] === undefined);
  t.ok(c.metrics.length > runLevel.length, 'the demo run has series over time');
  t.same(rows.map((r) => r[0]), runLevel.map((m) => m.name));
  t.equal(metricsTable({ ...c, metrics: [] }), '');
});

t.test('diagnostics: level, stage, code and message, escaped', async (t) => {
  const html = diagnosticsList(c);
  const items = [...html.matchAll(/<li class="diag-(\w+)"><b>\w+<\/b> \(([^,]+), ([^)]+)\): /g)];
  t.same(items.map((m) => [m[1], m[2], m[3]]), c.diagnostics.map((d) => [d.level, d.stage, d.code]));
  t.ok(c.diagnostics.length > 0, 'the demo run has diagnostics');
  const hostile = { ...c, diagnostics: [{ type: 'diagnostic', v: 1, level: 'warning', stage: 'perf-analyze', code: 'odd', message: 'bad <script>' }] } as never;
  t.match(diagnosticsList(hostile), /bad &lt;script&gt;/);
  t.equal(diagnosticsList({ ...c, diagnostics: [] }), '');
});
