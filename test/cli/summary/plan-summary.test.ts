// perf-plan's terminal view from the records the real bins wrote for the demo
// service's run: one row per plan item in plan order, the items fix-first
// chooses marked, the place said once, and the plan's verdict.
import t from 'tap';
import { planSummary } from '../../../lib/cli/summary/plan-summary.js';
import { fixFirst } from '../../../lib/report/fix-first.js';
import { groupRecords } from '../../../lib/report/run-contents.js';
import type { RunRecord } from '../../../lib/records/types.js';
import { ROOT } from '../../helpers.js';
import { DEMO_RUN, recordsOf } from './records.js';

const records = recordsOf(`grep -E '"type":"(run|metric|profile)"' ${DEMO_RUN} | perf-analyze --source-root ${ROOT} | perf-plan`);
const text = planSummary(records, { sourceRoot: ROOT });

t.test('a row per item, in plan order, the fix-first items marked', async (t) => {
  const items = records.filter((r) => r.type === 'plan-item');
  t.ok(items.length >= 3);
  const run = records.find((r): r is RunRecord => r.type === 'run')!;
  const first = new Set(fixFirst({ ...groupRecords(run, records), sourceRoot: ROOT }).items.map((f) => f.item.id));
  t.match(text, new RegExp(`^Plan, ${items.length} items \\(\\* fix these first\\):\\n {2} *# +gain +range +metric +confidence +item$`, 'm'));
  items.forEach((item, i) => {
    const mark = first.has(item['id'] as string) ? '\\*' : ' ';
    const row = new RegExp(`^ {2} *${mark}${i + 1} +[\\d.]+% +[\\d.]+% to [\\d.]+% +http_latency_p99 +${item['confidence']} +(.+)$`, 'm').exec(text);
    t.ok(row, `item ${i + 1} (${item['id']}) in its row, ${first.has(item['id'] as string) ? 'marked' : 'not marked'}`);
    t.ok(row![1]!.startsWith(item['title'] as string), 'with its title');
    t.notMatch(row![1]!, /server\.js:\d+\).*server\.js:\d+/, 'the place said once');
  });
  t.match(text, /^The run is CPU-bound \(busy [\d.]+%\); the \d items below should cut http_latency_p99 by about [\d.]+%/m);
});

t.test('no run record: nothing to plan, said in a line', async (t) => {
  t.match(planSummary(records.filter((r) => r.type !== 'run'), { sourceRoot: ROOT }), /^No run record in the input: nothing to plan\.\n/);
});
