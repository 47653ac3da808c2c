// The bottlenecks section of report.md. With a run-level diagnosis the
// findings cover the CPU bottlenecks, so the section keeps only what they do
// not: the memory leak. A run without findings (older records) lists every
// bottleneck per profile, parts marked ↳ under their parent.
// Snapshots are Markdown; TAP_SNAPSHOT=1 regenerates them.
import t from 'tap';
import type { BottleneckRecord } from '../../../lib/records/types.js';
import { bottlenecksSection } from '../../../lib/report/sections/bottlenecks.js';
import type { RunContents } from '../../../lib/report/run-contents.js';
import { runContents } from './contents.js';

function withLeak(c: RunContents): RunContents {
  const leak: BottleneckRecord = {
    type: 'bottleneck',
    v: 1,
    runId: c.run.runId,
    id: 'memory_over_time#leak',
    rank: 1,
    category: 'memory',
    cause: 'memory-leak',
    function: '(unknown: no retention profile)',
    file: '',
    line: 0,
    sharePct: 100,
    profileId: 'memory_over_time',
    evidence: ['rss grows 16.2 kB per request [15.9, 16.6]'],
    ruleId: 'memory-leak',
    kind: 'heap',
    strategies: ['bound-cache', 'release-references'],
  };
  return { ...c, bottlenecks: [leak, ...c.bottlenecks] };
}

t.test('with findings, only the leak is listed (the findings cover the rest)', async (t) => {
  const c = withLeak(await runContents());
  t.ok(c.findings.length > 0, 'the recorded run has findings');
  const text = bottlenecksSection(c);
  t.match(text, /\| memory \| memory-leak \|/);
  t.notMatch(text, /hot-function|hot-loop/, 'no CPU bottleneck row beside the findings');
  t.matchSnapshot(text, 'leak only');
});

t.test('with findings and no leak the section is empty', async (t) => {
  t.equal(bottlenecksSection(await runContents()), '');
});

t.test('without findings every bottleneck is listed under its profile, parts under their parent', async (t) => {
  const recorded = await runContents();
  const [first, second] = recorded.bottlenecks;
  const part = { ...second!, parentId: first!.id };
  const c: RunContents = { ...recorded, findings: [], bottlenecks: [first!, part, ...recorded.bottlenecks.slice(2)] };
  const text = bottlenecksSection(c);
  t.match(text, /### c-hot \(cpu\)/);
  for (const b of recorded.bottlenecks) t.match(text, `\`${b.function}\``, `${b.id} is listed`);
  t.match(text, new RegExp(`\\| ${part.rank} \\| ↳ \\| cpu \\| ${part.cause} \\| \`${part.function}\``), 'the part is marked ↳');
  t.matchSnapshot(text, 'every bottleneck');
});
