// report.md's opening on a real run: the verdict, then the items to fix
// first, each with its gain, where (relative to the source root) and why.
import t from 'tap';
import { fixFirst } from '../../../lib/report/fix-first.js';
import { fixFirstSection } from '../../../lib/report/sections/fix-first.js';
import { demoContents } from '../demo-run.js';

const c = demoContents();

t.test('verdict and fix-first list', async (t) => {
  const text = fixFirstSection(c);
  const lines = text.split('\n');
  t.equal(lines[0], '## Verdict');
  t.match(lines[2], /targets missed: .*should cut http_latency_p99 by about/);
  const items = lines.filter((l) => /^\d\. /.test(l));
  t.equal(items.length, fixFirst(c).items.length, 'one line per item');
  for (const line of items) {
    t.match(line, /^\d\. \*\*\[PERF-\d{3}\]\(plan\.md#perf-\d{3}\) [^*]+\*\* at `server\.js:\d+`: [\d.]+% off http_latency_p99 expected \([\d.]+% to [\d.]+%\)\. .{20,}\.$/, line);
    t.notMatch(line, /\(server\.js:\d+\)\*\*/, 'the title does not repeat the location');
  }
  t.notMatch(text, new RegExp(c.sourceRoot!), 'no absolute path');
  t.notMatch(text, /\d\.\d{4,}%/, 'no four-decimal shares');
});
