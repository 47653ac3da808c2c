// report.html through the real bins: summary, targets met or missed, the
// latency chart, findings with their plan items, flame graphs embedded and
// written beside it, top-function tables; hostile names escaped; same bytes twice.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { PROFILES, listFiles, runBin, sh, tempRoot } from '../helpers.js';
import { withRunExtras } from './run-records.js';

const pinned = { SOURCE_DATE_EPOCH: '1767225600' };
const HOSTILE = `<img src=x onerror=alert(1)>&"quoted"'`;

/** perf-apply of prepared records into a new root; returns the run folder. */
function apply(records: string): { root: string; dir: string } {
  const root = tempRoot();
  writeFileSync(join(root, 'in.ndjson'), records);
  const r = sh('perf-apply --root . < in.ndjson', { cwd: root, env: pinned });
  if (r.code !== 0) throw new Error(r.stderr);
  const report = listFiles(root).find((f) => f.endsWith('/report.html'))!;
  return { root, dir: join(root, report.replace(/\/report\.html$/, '')) };
}

/** collect | analyze, the records the analysis and load stages will add (run-records.ts), then plan. */
function prepare(input: string, extrasOf: (ndjson: string) => string): string {
  const analyzed = sh(`perf-collect --input ${input} | perf-analyze --top 10`, { env: pinned });
  if (analyzed.code !== 0) throw new Error(analyzed.stderr);
  const planned = runBin('perf-plan', [], { env: pinned, input: extrasOf(analyzed.stdout) });
  if (planned.code !== 0) throw new Error(planned.stderr);
  return planned.stdout;
}

const nodeRecords = prepare(join(PROFILES, 'node-hot-loop.cpuprofile'), (s) => withRunExtras(s));

t.test('report.html: summary, targets, latency chart, bottleneck with plan, flame graph, tables', async (t) => {
  const { dir } = apply(nodeRecords);
  const html = readFileSync(join(dir, 'report.html'), 'utf8');
  t.match(html, /^<!DOCTYPE html>/);
  t.match(html, /<h1>Performance report <span class="run-id">20260101T000000Z-[0-9a-f]{6}<\/span><\/h1>/);
  t.match(html, /<dt>scenario<\/dt><dd>checkout<\/dd>/);
  t.match(html, /<td>p99 latency<\/td><td class="num">\u2264 50 ms<\/td><td class="num">72.5 ms<\/td><td><span class="st missed">missed<\/span><\/td>/, 'p99 target missed');
  t.match(html, /<td>throughput<\/td><td class="num">\u2265 1,000 req\/s<\/td><td class="num">1,840 req\/s<\/td><td><span class="st met">met<\/span><\/td>/, 'throughput target met');
  const polylines = [...html.matchAll(/<polyline [^>]*points="([^"]+)"/g)].map((m) => m[1]!.split(' ').length);
  t.same(polylines, [10, 10], 'latency chart: p50 and p99, one point per second');
  t.match(html, /p99 target 50 ms/);
  // The run-level diagnosis replaces the per-profile bottleneck rows: one row per finding, its plan item beside it.
  t.match(html, /<td>F1<\/td><td><a href="#finding-F1"><code>tokenize<\/code><\/a><\/td>.*<td class="num">90\.9%<\/td><td>cpu 90\.9%<\/td><td>[^<]*tokenize[^<]*: \d+(\.\d)?% \(/, 'overview: the finding, its share, its evidence and its plan item with the expected gain');
  t.match(html, /<figure class="fg" id="fg-p0"[\s\S]*<\/figure>\n<h3 class="bn-head">Findings with evidence in this profile<\/h3>\n<article class="bottleneck">[\s\S]*<code>tokenize<\/code>[\s\S]*<h4>Plan<\/h4><ol><li class="plan-item"><b>[^<]*tokenize/, 'under the flame graph: the finding with its plan item beside it');
  t.notMatch(html, /<code>\(anonymous\)<\/code>|<code>\(garbage collector\)<\/code>|<code>\(idle\)<\/code>/, 'no row for a pseudo-frame');
  t.match(html, /<button type="button" data-mark="0" title="bottleneck #1 \(cpu, hot-loop\)[^"]*">#1 tokenize<\/button>/, 'the flame graph has a button for the bottleneck');
  t.match(html, /<g class="f o-user bn" data-i="\d+"><rect [^>]*\/><text [^>]*>tokenize<\/text><\/g>/, 'tokenize is marked in the flame graph');
  t.match(html, /<caption>Top functions by self value<\/caption>[\s\S]*<td>tokenize<\/td>/);
  t.match(html, /<a href="node-hot-loop\.flamegraph\.html">flame graph<\/a>/);
  t.same(listFiles(dir).filter((f) => !f.endsWith('.md')), ['node-hot-loop.flamegraph.html', 'node-hot-loop.folded', 'node-hot-loop.pb.gz', 'node-hot-loop.speedscope.json', 'report.html', 'run.ndjson']);
  t.notMatch(html, /(src|href)="(https?:)?\/\//, 'nothing external');
});

t.test('hostile names from profiles and records are escaped', async (t) => {
  const folded = join(tempRoot(), 'hostile.folded');
  writeFileSync(folded, `main;${HOSTILE} 60\nmain;</script><script>alert(2)</script> 30\nmain;ok 10\n`);
  const { dir } = apply(prepare(folded, (s) => withRunExtras(s, { hostileFunction: HOSTILE })));
  for (const file of ['report.html', 'hostile.flamegraph.html']) {
    const html = readFileSync(join(dir, file), 'utf8');
    t.notMatch(html, /<img src=x/, `${file}: no live img tag`);
    t.notMatch(html, /<script>alert/, `${file}: no live script`);
    t.equal(html.match(/<script/g)!.length, html.match(/<figure class="fg"/g)!.length + 1, `${file}: only frame data blocks and the page script`);
    t.match(html, /&lt;img src=x onerror=alert\(1\)&gt;&amp;&quot;quoted&quot;&#39;/, `${file}: the name is shown, escaped`);
  }
});

t.test('same records, same bytes', async (t) => {
  const a = apply(nodeRecords);
  const b = apply(nodeRecords);
  for (const file of listFiles(a.dir)) t.equal(readFileSync(join(b.dir, file), 'utf8'), readFileSync(join(a.dir, file), 'utf8'), file);
});
