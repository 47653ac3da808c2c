// The summary section of report.md for a real run, as Markdown (snapshot; TAP_SNAPSHOT=1 regenerates it).
import t from 'tap';
import { summarySection } from '../../../lib/report/sections/summary.js';
import { runContents } from './contents.js';

t.test('the summary section of a recorded run', async (t) => {
  const text = summarySection(await runContents());
  t.matchSnapshot(text, 'summary section');
});
