// The sentences a report opens with, on real runs: the demo run's missed
// targets and what its items to fix first should give; a run compared with
// its baseline leads with the gate; a run with nothing found says so.
import t from 'tap';
import { fixFirst } from '../../lib/report/fix-first.js';
import { targetRows } from '../../lib/report/targets.js';
import { verdictOf } from '../../lib/report/verdict.js';
import { comparisonView } from '../../lib/report/comparison-rows.js';
import { demoContents } from './demo-run.js';
import { runContents } from './sections/contents.js';

t.test('the demo run: targets missed, then what the first items should cut', async (t) => {
  const c = demoContents();
  const v = verdictOf(c);
  const missed = targetRows(c).filter((r) => r.status === 'missed');
  t.equal(v.status, missed.length > 0 ? 'missed' : 'met');
  const measured = targetRows(c).filter((r) => r.status !== 'not measured');
  t.equal(v.sentences[0], `${missed.length} of ${measured.length} target${measured.length === 1 ? '' : 's'} missed: ${missed.map((r) => `${r.label} ${r.measured}, wanted ${r.wanted}`).join('; ')}.`);
  const first = fixFirst(c);
  t.ok(first.gains.length >= 1);
  t.match(v.sentences[1], new RegExp(`the ${first.items.length === 1 ? 'item' : `${first.items.length} items`} below should (cut|raise) \\S+ by about [\\d.]+% \\([\\d.]+% to [\\d.]+%\\)`));
});

t.test('compared with a baseline: the gate first', async (t) => {
  const c = await runContents();
  const view = comparisonView(c)!;
  const v = verdictOf(c);
  t.equal(v.sentences[0], view.headline.replace(/\*\*/g, ''));
  if (view.verdict && view.verdict.status !== 'compared') t.equal(v.status, view.verdict.status);
});

t.test('nothing found, nothing planned', async (t) => {
  const c = demoContents();
  const bare = { ...c, run: { ...c.run, scenario: undefined }, findings: [], bottlenecks: [], planItems: [], all: c.all.filter((r) => r.type === 'run') };
  t.same(verdictOf(bare), { status: 'unknown', sentences: ['Nothing in this run holds 1% or more of it in your code.'] });
  t.same(verdictOf({ ...bare, profiles: [] }).sentences, ['No profiles in this run.']);
  t.same(verdictOf({ ...bare, findings: c.findings }).sentences, ['No plan item: no finding has a catalogued strategy above --min-gain.']);
});
