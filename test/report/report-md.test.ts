// report.md on a real run: the answer first (verdict, fix this first,
// targets, plan) and the long tables after; paths relative to the source
// root; shares as people read them; the same bytes every time.
import t from 'tap';
import { renderPlanMd } from '../../lib/report/plan/plan-md.js';
import { renderReportMd } from '../../lib/report/report-md.js';
import { demoContents } from './demo-run.js';

const c = demoContents();
const md = renderReportMd(c);
const lines = md.split('\n');
const at = (heading: string) => lines.indexOf(heading);

t.test('the order a person reads in', async (t) => {
  const order = ['## Verdict', '### Fix this first', '## Targets', '## Plan', '## Findings', '## Metrics', '## Profiles', '## Views', '## Diagnostics'];
  const found = order.map(at);
  t.notOk(found.includes(-1), `every section present: ${order.filter((_, i) => found[i] === -1).join(', ')}`);
  t.same(found, [...found].sort((a, b) => a - b), order.join(' < '));
  t.ok(at('## Plan') < 60, `the plan starts on line ${at('## Plan') + 1}, on the first screens`);
  t.ok(at('## Verdict') < 15, 'the verdict right under the run facts');
});

t.test('paths and numbers for people', async (t) => {
  t.notMatch(md, new RegExp(`${c.sourceRoot}/`), 'no path under the source root is absolute');
  t.match(md, /\| `buildReport` \| server\.js:\d+ \|/, 'findings name server.js relative to the root');
  t.notMatch(md, /\d\.\d{4,}%/, 'no four-decimal shares');
  t.notMatch(md, /\d{7,} nanoseconds/, 'no raw nanoseconds');
  t.equal(renderReportMd(c), md, 'same records, same bytes');
});

t.test('plan.md: paths relative to the root, its arithmetic exact', async (t) => {
  const plan = renderPlanMd(c);
  t.notMatch(plan, new RegExp(`${c.sourceRoot}/`), 'no absolute path under the root');
  t.match(plan, /- \*\*What and where\*\*: buildReport \(server\.js:57\)/);
  t.match(plan, /p = \d+\.\d+% = its share/, 'the method keeps its exact shares');
});
