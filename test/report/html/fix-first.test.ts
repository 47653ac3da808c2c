// report.html's opening on a real run: the verdict box and the fix-first
// cards (gain, where with the absolute path as its title, why).
import t from 'tap';
import { fixFirst } from '../../../lib/report/fix-first.js';
import { fixFirstSection } from '../../../lib/report/html/fix-first.js';
import { renderReportHtml } from '../../../lib/report/report-html.js';
import { demoContents } from '../demo-run.js';

const c = demoContents();

t.test('verdict box and fix-first cards', async (t) => {
  const html = fixFirstSection(c);
  t.match(html, /^<section id="verdict" class="verdict-box v-missed"><h2>Verdict<\/h2>/);
  const cards = [...html.matchAll(/<li class="ff-item">(.*?)<\/li>/g)].map((m) => m[1]!);
  t.equal(cards.length, fixFirst(c).items.length);
  for (const card of cards) {
    t.match(card, /<div class="ff-gain"><b>[\d.]+%<\/b><small>off http_latency_p99<\/small><\/div>/);
    t.match(card, new RegExp(`<code class="where-at" title="${c.sourceRoot}/server\\.js:\\d+">server\\.js:\\d+</code>`), 'relative, the absolute path in the title');
    t.match(card, /<a class="ff-title" href="#finding-F\d">[^<]+<\/a>/, 'links to its finding');
    t.match(card, /<p class="ff-why">.{20,}\.<\/p>/);
  }
});

t.test('the report opens with it, then the targets, then the findings', async (t) => {
  const html = renderReportHtml(c);
  const pos = ['id="verdict"', 'id="targets"', 'id="findings"', 'class="profile"', 'id="metrics"'].map((s) => html.indexOf(s));
  t.notOk(pos.includes(-1));
  t.same(pos, [...pos].sort((a, b) => a - b), 'verdict < targets < findings < profiles < metrics');
  const text = html.replace(/ title="[^"]*"/g, '').replace(/"fa":"[^"]*"/g, '');
  t.notMatch(text, new RegExp(`${c.sourceRoot}/`), 'absolute paths only in titles and the tooltip data (fa)');
  t.match(html, /"n":"buildReport",[^}]*"f":"server\.js","fa":"[^"]+\/server\.js","l":57/, 'the flame data: the file as shown, the absolute one, the line the tables name');
});
