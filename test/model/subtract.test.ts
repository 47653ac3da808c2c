// Snapshot difference: stacks matched by frame content across two profiles,
// only growth kept, sample types aligned by name.
import t from 'tap';
import { ProfileBuilder } from '../../lib/model/builder.js';
import { subtractProfile } from '../../lib/model/subtract.js';

function snapshot(entries: [string[], number, number][], reversedTypes = false) {
  const types = [{ type: 'inuse_objects', unit: 'count' }, { type: 'inuse_space', unit: 'bytes' }];
  const b = new ProfileBuilder({ sampleTypes: reversedTypes ? [...types].reverse() : types, defaultSampleIndex: reversedTypes ? 0 : 1 });
  for (const [names, objects, bytes] of entries) {
    b.addSample(names.map((n) => b.frameId({ name: n, file: 'main.go', line: 1, column: 0 })), reversedTypes ? [bytes, objects] : [objects, bytes]);
  }
  return b.build();
}

t.test('end minus start, by stack; shrunk and equal stacks dropped', async (t) => {
  const start = snapshot([[['remember', 'handle'], 10, 1000], [['load', 'main'], 5, 500]], true);
  const end = snapshot([[['remember', 'handle'], 30, 3000], [['load', 'main'], 5, 500], [['parse', 'handle'], 2, 64]]);
  const diff = subtractProfile(end, start);
  const rows = diff.samples.map((s) => [s.stack.map((id) => diff.frames[id]!.name).join(';'), ...s.values]);
  t.same(rows, [['remember;handle', 20, 2000], ['parse;handle', 2, 64]]);
  t.equal(diff.defaultSampleIndex, 1);
});
