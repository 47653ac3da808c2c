// The profiles section of report.md for a real run, as Markdown (snapshot; TAP_SNAPSHOT=1 regenerates it).
import t from 'tap';
import { profilesSection } from '../../../lib/report/sections/profiles.js';
import { runContents } from './contents.js';

t.test('the profiles section of a recorded run', async (t) => {
  const text = profilesSection(await runContents());
  t.matchSnapshot(text, 'profiles section');
});
