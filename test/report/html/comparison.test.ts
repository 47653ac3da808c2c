// "Compared with the baseline" in report.html, on a real run analysed against
// its own earlier run: the same rows report.md shows (comparisonView), as
// tables; numbers right-aligned; the verdict first; a differential flame graph
// linked for each compared profile the run has.
import t from 'tap';
import { comparisonSection } from '../../../lib/report/html/comparison.js';
import { profileFiles } from '../../../lib/report/html/files.js';
import { comparisonView } from '../../../lib/report/comparison-rows.js';
import { runContents } from '../sections/contents.js';

const cells = (html: string) => [...html.matchAll(/<tr>(<td.*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((c) => c[1]!));
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

t.test('the rows of the comparison view, verdict first, differential graphs linked', async (t) => {
  const c = await runContents();
  const view = comparisonView(c)!;
  t.ok(view, 'the run was compared with a baseline');
  const html = comparisonSection(c);
  t.match(html, /^<section id="comparison"><h2>Compared with the baseline<\/h2>\n<p class="verdict st (passed|failed|inconclusive|compared)">/);
  const status = view.verdict?.status ?? 'compared';
  t.match(html, `<p class="verdict st ${status}">`);
  const tables = [view.checks, view.metrics, ...view.profiles.map((p) => (p.functions.rows.length > 0 ? p.functions : undefined))].filter((x) => x !== undefined);
  const rows = cells(html).map((r) => r.map(unescape));
  t.same(rows, tables.flatMap((x) => x!.rows), 'every row of every table, in order');
  for (const p of view.profiles) t.match(html, `<a href="${profileFiles(p.comparison.profileId).diff}">differential flame graph</a>`, `${p.comparison.profileId}: linked`);
  // Numeric columns right-aligned.
  if (view.metrics) t.match(html, /<th class="num">baseline<\/th><th class="num">now<\/th><th class="num">change<\/th>/);
});

t.test('no baseline: no section', async (t) => {
  const c = await runContents();
  t.equal(comparisonSection({ ...c, all: c.all.filter((r) => r.type !== 'comparison' && r.type !== 'verdict' && r.type !== 'plan-check') }), '');
});
