// perf-collect's terminal view from real records: the profiles, the run's own
// metrics (labelled series counted, not listed), warnings, then how to get the records.
import { join } from 'node:path';
import t from 'tap';
import { collectSummary } from '../../../lib/cli/summary/collect-summary.js';
import { PROFILES } from '../../helpers.js';
import { DEMO_RUN, recordsOf } from './records.js';

t.test('an imported profile: one row, where it came from', async (t) => {
  const records = recordsOf(`perf-collect --input ${join(PROFILES, 'go-cpu.pb.gz')}`);
  const text = collectSummary(records);
  t.match(text, /^Run \S+, profiler import\n\n1 profile:\n {2}profile +kind +samples +length +format\n {2}go-cpu +cpu +\d+ samples +[\d.]+ s +pprof from \S+go-cpu\.pb\.gz\n/);
  t.notMatch(text, /Metrics:/, 'no metrics, no section');
  t.match(text, /\n2 records not shown on the terminal: pipe them on \(\| perf-analyze, or > run\.ndjson\), or pass --ndjson\.\n$/);
});

t.test("a run: both profiles, the run's metrics, the labelled series only counted", async (t) => {
  const records = recordsOf(`grep -E '"type":"(run|metric|profile|diagnostic)"' ${DEMO_RUN} | grep -v '"stage":"perf-analyze"'`);
  const text = collectSummary(records);
  const profiles = records.filter((r) => r.type === 'profile');
  t.match(text, new RegExp(`^${profiles.length} profiles:$`, 'm'));
  for (const p of profiles) t.match(text, new RegExp(`^ {2}${p['profileId']} +${p['kind']} `, 'm'), `${p['profileId']} listed`);
  const metrics = records.filter((r) => r.type === 'metric');
  const plain = metrics.filter((m) => !m['labels'] || Object.keys(m['labels'] as object).length === 0);
  t.match(text, /^Metrics:\n {2}metric +value$/m);
  for (const m of plain) t.match(text, new RegExp(`^ {2}${m['name']} +\\S`, 'm'), `${m['name']} listed`);
  if (metrics.length > plain.length) t.match(text, new RegExp(`^ {2}and ${metrics.length - plain.length} labelled values? \\(over time, per repeat\\) in the records$`, 'm'));
  t.match(text, /^Run \S+, scenario api-stress-test, profiler node$/m);
});
