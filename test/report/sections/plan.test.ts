// The plan section of report.md for a real run, as Markdown (snapshot; TAP_SNAPSHOT=1 regenerates it).
import t from 'tap';
import { planSection } from '../../../lib/report/sections/plan.js';
import { runContents } from './contents.js';

t.test('the plan section of a recorded run', async (t) => {
  const text = planSection(await runContents());
  t.matchSnapshot(text, 'plan section');
});
