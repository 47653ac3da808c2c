// The diagnostics section of report.md for a real run, as Markdown (snapshot; TAP_SNAPSHOT=1 regenerates it).
import t from 'tap';
import { diagnosticsSection } from '../../../lib/report/sections/diagnostics.js';
import { runContents } from './contents.js';

t.test('the diagnostics section of a recorded run', async (t) => {
  const text = diagnosticsSection(await runContents());
  t.matchSnapshot(text, 'diagnostics section');
});
