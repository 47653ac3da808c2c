// One line per function, shared by the top-function tables and the flame
// graph: on the demo service's recording (buildReport spans lines 52-59, its
// time is on 57), every hotspot perf-analyze wrote names the line the flame
// tree gives the same function, so the tooltip and the tables agree.
import t from 'tap';
import { buildFlameTree, type FlameNode } from '../../lib/exporters/flame-tree.js';
import { functionLines } from '../../lib/model/function-lines.js';
import { sampleIndexFor } from '../../lib/model/profile.js';
import { profileOfRecord } from '../../lib/records/profile-data.js';
import type { HotspotRecord, ProfileRecord } from '../../lib/records/types.js';
import { demoRecords } from '../report/demo-run.js';

const records = demoRecords();
const hotspots = records.filter((r): r is HotspotRecord => r.type === 'hotspot');

t.test('the tables and the flame tree name the same line for every function', async (t) => {
  for (const record of records.filter((r): r is ProfileRecord => r.type === 'profile')) {
    const mine = hotspots.filter((h) => h.profileId === record.profileId);
    const profile = profileOfRecord(record);
    const index = sampleIndexFor(profile, mine[0]?.sampleType);
    const lines = functionLines(profile, index);
    const tree = buildFlameTree(profile, mine[0]?.sampleType);
    const drawn = new Map<string, Set<number>>();
    for (const todo: FlameNode[] = [...tree.root.children]; todo.length > 0; ) {
      const node = todo.pop()!;
      const key = `${node.name}\u0000${node.file}`;
      drawn.set(key, (drawn.get(key) ?? new Set()).add(node.line));
      todo.push(...node.children);
    }
    for (const h of mine) {
      const key = `${h.function}\u0000${h.file}`;
      t.equal(lines.get(key), h.line, `${record.profileId} ${h.function}: the model's line is the table's`);
      if (drawn.has(key)) t.same([...drawn.get(key)!], [h.line], `${record.profileId} ${h.function}: every frame of it in the flame graph says line ${h.line}`);
    }
  }
  const build = hotspots.find((h) => h.function === 'buildReport' && h.by === 'self' && h.kind === 'cpu');
  t.equal(build?.line, 57, 'buildReport: its hottest line (the JSON round trip), not its first');
});
