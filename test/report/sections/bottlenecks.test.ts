// The bottlenecks section of report.md for a real run, as Markdown (snapshot; TAP_SNAPSHOT=1 regenerates it).
import t from 'tap';
import { bottlenecksSection } from '../../../lib/report/sections/bottlenecks.js';
import { runContents } from './contents.js';

t.test('the bottlenecks section of a recorded run', async (t) => {
  const text = bottlenecksSection(await runContents());
  t.matchSnapshot(text, 'bottlenecks section');
});
