// Several profiles of one kind as one, as perf-collect --repeat merges its
// repeats: each part's samples tagged with its labels, so the parts can be
// split again exactly; totals and durations add up; a sample type a part
// lacks counts 0 there.
import { join } from 'node:path';
import t from 'tap';
import { importProfiles, openSource } from '../../lib/importers/registry.js';
import { DEFAULT_LIMITS } from '../../lib/importers/types.js';
import { ProfileBuilder } from '../../lib/model/builder.js';
import { mergeLabelled } from '../../lib/model/merge.js';
import { totalOf } from '../../lib/model/profile.js';
import { PROFILES } from '../helpers.js';

const load = async (name: string) => (await importProfiles(await openSource(join(PROFILES, name)), DEFAULT_LIMITS))[0]!.profile;

t.test('three repeats of a real recording, merged and split again', async (t) => {
  const profile = await load('go-cpu.pb.gz');
  const merged = mergeLabelled([1, 2, 3].map((n) => ({ profile, labels: { repeat: String(n) } })));
  profile.sampleTypes.forEach((_, i) => t.equal(totalOf(merged, i), 3 * totalOf(profile, i), `sample type ${i}: three times the total`));
  t.equal(merged.durationNs, 3 * profile.durationNs);
  t.same(merged.comments, profile.comments);
  for (const n of ['1', '2', '3']) {
    const part = merged.samples.filter((s) => s.labels?.['repeat'] === n);
    t.equal(part.reduce((a, s) => a + s.values[0]!, 0), totalOf(profile, 0), `repeat ${n} holds exactly its own samples`);
  }
  t.ok(merged.samples.every((s) => s.labels?.['repeat']), 'every sample tagged');
  t.ok(merged.frames.length <= profile.frames.length, 'frames shared, not copied per part');
});

t.test('sample types matched by name; one a part lacks counts 0', async (t) => {
  const part = (types: string[], values: number[]) => {
    const b = new ProfileBuilder({ sampleTypes: types.map((type) => ({ type, unit: 'count' })) });
    b.addSample([b.frameId({ name: 'f', file: 'a.js', line: 1, column: 0 })], values);
    return b.build();
  };
  const merged = mergeLabelled([
    { profile: part(['samples', 'wall'], [2, 20]), labels: { repeat: '1' } },
    { profile: part(['wall'], [30]), labels: { repeat: '2' } },
  ]);
  t.same(merged.sampleTypes.map((s) => s.type), ['samples', 'wall']);
  t.same(merged.samples.map((s) => [s.labels?.['repeat'], ...s.values]), [['1', 2, 20], ['2', 0, 30]]);
});
