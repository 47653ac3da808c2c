// The views section of report.md for a real run, as Markdown (snapshot; TAP_SNAPSHOT=1 regenerates it).
import t from 'tap';
import { viewsSection } from '../../../lib/report/sections/views.js';
import { runContents } from './contents.js';

t.test('the views section of a recorded run', async (t) => {
  const text = viewsSection(await runContents());
  t.matchSnapshot(text, 'views section');
});
