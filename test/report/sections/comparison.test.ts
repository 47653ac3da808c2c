// The comparison section of report.md for a real run, as Markdown (snapshot; TAP_SNAPSHOT=1 regenerates it).
import t from 'tap';
import { comparisonSection } from '../../../lib/report/sections/comparison.js';
import { runContents } from './contents.js';

t.test('the comparison section of a recorded run', async (t) => {
  const text = comparisonSection(await runContents());
  t.matchSnapshot(text, 'comparison section');
});
