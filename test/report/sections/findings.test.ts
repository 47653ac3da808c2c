// The findings section of report.md: one row per location of the user's code,
// in plan order, each linked to its plan item; the run's diagnosis in short.
// Snapshot is Markdown; TAP_SNAPSHOT=1 regenerates it.
import t from 'tap';
import { findingsSection } from '../../../lib/report/sections/findings.js';
import { runContents } from './contents.js';

t.test('the findings section of a recorded run', async (t) => {
  const c = await runContents();
  const text = findingsSection(c);
  t.ok(c.findings.length > 0);
  for (const f of c.findings) t.match(text, `\`${f.function}\``, `${f.id} has a row`);
  const linked = c.planItems.filter((i) => c.findings.some((f) => f.id === i.findingId));
  t.ok(linked.length > 0, 'some finding has a plan item');
  for (const item of linked.slice(0, 5)) t.match(text, `[${item.id}](plan.md#${item.id.toLowerCase()})`, `${item.id} is linked`);
  t.match(text, /In short: the run is/);
  t.matchSnapshot(text, 'findings section');
});

t.test('a run whose code has no finding says so, with the diagnosis', async (t) => {
  const c = await runContents();
  const text = findingsSection({ ...c, findings: [] });
  t.match(text, /^## Findings\n\nNo location of your code holds 1% or more of the run\. the run is/);
});

t.test('a finding without a file: its heading shows no location, only the decision', async (t) => {
  const c = await runContents();
  const [first, ...rest] = c.findings;
  const text = findingsSection({ ...c, findings: [{ ...first!, file: '', line: 0 }, ...rest] });
  t.match(text, `**${first!.id} ${first!.category}, ${first!.cause} in \`${first!.function}\`** (decision \`${first!.decision}\`)`);
  t.notMatch(text, '(; decision', 'no empty location before the decision');
});
