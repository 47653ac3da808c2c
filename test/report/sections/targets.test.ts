// The targets section of report.md for the demo run: a row per target with
// "NOT met" where it was missed.
import t from 'tap';
import { targetsSection } from '../../../lib/report/sections/targets.js';
import { targetRows } from '../../../lib/report/targets.js';
import { demoContents } from '../demo-run.js';

t.test('the targets of the demo run', async (t) => {
  const c = demoContents();
  const md = targetsSection(c);
  const rows = targetRows(c);
  t.match(md, /^## Targets\n\n\| target \| wanted \| measured \| status \|\n/);
  const statuses = md.trim().split('\n').slice(4).map((line) => line.split(' | ').pop()!.replace(/ \|$/, ''));
  t.same(statuses, rows.map((r) => ({ met: 'met', missed: 'NOT met', 'not measured': 'not measured' })[r.status]));
  t.equal(targetsSection({ ...c, run: { ...c.run, scenario: undefined } }), '');
});
