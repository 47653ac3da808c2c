// The profile record: one encode, one decode; totals per sample type, read back
// by name the way decoding picks a default.
import t from 'tap';
import { ProfileBuilder } from '../../lib/model/builder.js';
import { profileOfRecord, recordTotal, toProfileRecord, totalsOf } from '../../lib/records/profile-data.js';

function imported() {
  const b = new ProfileBuilder({ sampleTypes: [{ type: 'samples', unit: 'count' }, { type: 'cpu', unit: 'nanoseconds' }], durationNs: 2.6 });
  const main = b.frameId({ name: 'main', file: 'a.go', line: 3, column: 0 });
  b.addSample([main], [2, 20]);
  b.addSample([b.frameId({ name: 'work', file: 'a.go', line: 9, column: 0 }), main], [3, 30]);
  return { kind: 'cpu' as const, sourceFormat: 'pprof', profile: b.build() };
}

t.test('a record carries the profile and says what it holds; decoding gives the model back', async (t) => {
  const record = toProfileRecord(imported(), 'r', 'p', 'in.pb.gz');
  t.match(record, { type: 'profile', v: 1, runId: 'r', profileId: 'p', kind: 'cpu', source: 'in.pb.gz', sampleCount: 2, defaultSampleType: 'cpu', durationNs: 3 });
  t.same(profileOfRecord(record).samples, imported().profile.samples);
  t.throws(() => profileOfRecord({ ...record, data: '' }), { code: 'bad-input', message: 'profile p: profile record has empty data' });
});

t.test('totals: one per sample type; looked up by name, else the default type', async (t) => {
  const record = { ...toProfileRecord(imported(), 'r', 'p'), totals: totalsOf(imported().profile) };
  t.same(record.totals, [5, 50]);
  t.same(recordTotal(record, 'samples'), { sampleType: 'samples', unit: 'count', total: 5 });
  t.same(recordTotal(record, 'alloc_space'), { sampleType: 'cpu', unit: 'nanoseconds', total: 50 });
  t.same(recordTotal(record), { sampleType: 'cpu', unit: 'nanoseconds', total: 50 });
  t.equal(recordTotal(toProfileRecord(imported(), 'r', 'p'), 'cpu'), undefined, 'no totals: unknown, never decoded');
});
