// A run's records grouped by type in arrival order, from the demo run through
// the real bins: nothing lost, and the findings of other runs left out.
import t from 'tap';
import type { RunRecord } from '../../lib/records/types.js';
import { groupRecords } from '../../lib/report/run-contents.js';
import { demoRecords } from './demo-run.js';

t.test('every record in its group, in arrival order', async (t) => {
  const records = demoRecords();
  const run = records.find((r): r is RunRecord => r.type === 'run')!;
  const c = groupRecords(run, records);
  const groups: [string, unknown[]][] = [['metric', c.metrics], ['profile', c.profiles], ['hotspot', c.hotspots], ['bottleneck', c.bottlenecks], ['finding', c.findings], ['plan-item', c.planItems], ['diagnostic', c.diagnostics]];
  for (const [type, list] of groups) t.same(list, records.filter((r) => r.type === type), `${type}: ${list.length}`);
  t.equal(c.all, records);
  t.ok(c.findings.length > 0 && c.planItems.length > 0 && c.profiles.length > 0);
  const other = { ...c.findings[0]!, runId: 'an-earlier-run' };
  t.same(groupRecords(run, [...records, other]).findings, c.findings, "a baseline's findings are not this run's");
});
