// The metrics section of report.md for a real run, as Markdown (snapshot; TAP_SNAPSHOT=1 regenerates it).
import t from 'tap';
import { metricsSection } from '../../../lib/report/sections/metrics.js';
import { runContents } from './contents.js';

t.test('the metrics section of a recorded run', async (t) => {
  const text = metricsSection(await runContents());
  t.matchSnapshot(text, 'metrics section');
});
