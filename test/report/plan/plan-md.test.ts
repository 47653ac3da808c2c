// plan.md of the demo run: one section per plan item in the records' order,
// each under its stable anchor, with its verification command; the combined
// estimate names every item once.
import t from 'tap';
import { anchorOf, verificationOf } from '../../../lib/report/plan/common.js';
import { renderPlanMd } from '../../../lib/report/plan/plan-md.js';
import { demoContents } from '../demo-run.js';

const c = demoContents();
const md = renderPlanMd(c);

t.test('a section per item, in order, under its anchor', async (t) => {
  t.ok(c.planItems.length >= 2, `${c.planItems.length} items`);
  const headings = [...md.matchAll(/^### (\S+): /gm)].map((m) => m[1]);
  t.same(headings, c.planItems.map((i) => i.id));
  for (const item of c.planItems) {
    const at = md.indexOf(`<a id="${anchorOf(item)}"></a>\n\n### ${item.id}: `);
    t.ok(at >= 0, `${item.id}: anchored as #${anchorOf(item)}`);
    const section = md.slice(at, md.indexOf('<a id=', at + 1) === -1 ? undefined : md.indexOf('<a id=', at + 1));
    for (const command of verificationOf(item).commands) t.ok(section.includes(command), `${item.id}: verified with ${command}`);
  }
});

t.test('the combined estimate lists every item of each metric once', async (t) => {
  const combined = md.slice(md.indexOf('## Combined estimate'));
  t.ok(combined.length > 0);
  const listed = [...combined.matchAll(/^\| [^|]+ \| ([^|]+) \|/gm)].slice(1).map((m) => m[1]!.trim()).filter((cell) => !/^-+$/.test(cell)).flatMap((cell) => cell.split(', '));
  t.same([...listed].sort(), c.planItems.map((i) => i.id).sort());
  t.equal(renderPlanMd(c), md, 'same records, same bytes');
});
