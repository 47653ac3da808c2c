// The demo run's bottleneck records as the marks its CPU flame graph outlines:
// one per bottleneck of that profile, by rank, each marking its own function
// and the frames its record lists.
import t from 'tap';
import { marksFor } from '../../../lib/exporters/html/marks.js';
import type { BottleneckRecord } from '../../../lib/records/types.js';
import { demoRecords } from '../../report/demo-run.js';

const bottlenecks = demoRecords().filter((r): r is BottleneckRecord => r.type === 'bottleneck');

t.test('one mark per bottleneck of the profile, in rank order', async (t) => {
  const profileId = bottlenecks[0]!.profileId;
  const own = bottlenecks.filter((b) => b.profileId === profileId).sort((a, b) => a.rank - b.rank);
  const marks = marksFor([...bottlenecks].reverse(), profileId);
  t.equal(marks.length, own.length);
  t.ok(marks.length >= 2, `${marks.length} marks`);
  marks.forEach((m, i) => {
    const b = own[i]!;
    t.equal(m.label, `#${b.rank} ${b.function}`);
    t.match(m.title, new RegExp(`^bottleneck #${b.rank} \\(${b.category}, ${b.cause}\\): \\d+\\.\\d\\d% could be saved$`));
    t.same(m.frames[0], { function: b.function, file: b.file }, 'its own function first');
    const listed = Array.isArray(b.frames) ? (b.frames as { function: string; file: string }[]) : [];
    t.same(m.frames.slice(1), listed.map((f) => ({ function: f.function, file: f.file })), 'then the frames the record lists');
  });
  t.same(marksFor(bottlenecks, 'no-such-profile'), []);
});

t.test('equal ranks are ordered by id, so the buttons never move', async (t) => {
  const [a, b] = bottlenecks;
  const tied = [{ ...b!, rank: 1, id: 'b-2', profileId: 'p' }, { ...a!, rank: 1, id: 'b-1', profileId: 'p' }];
  t.same(marksFor(tied, 'p').map((m) => m.label), [`#1 ${a!.function}`, `#1 ${b!.function}`]);
});
