// The direct encoder is checked against an independent reader (pprof-format's
// decoder) and against our own decoder, on real recordings and on a profile
// with the awkward values (negative, beyond 32 bits, labels, empty strings).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { Profile as PProfile } from 'pprof-format';
import t from 'tap';
import type { Profile } from '../../lib/model/profile.js';
import { decodePprof } from '../../lib/pprof/decode.js';
import { encodePprof, pprofMessageBytes } from '../../lib/pprof/encode.js';
import { DEFAULT_LIMITS } from '../../lib/importers/types.js';
import { PROFILES } from '../helpers.js';

const awkward: Profile = {
  sampleTypes: [
    { type: 'samples', unit: 'count' },
    { type: 'space', unit: 'bytes' },
  ],
  defaultSampleIndex: 1,
  periodType: { type: 'space', unit: 'bytes' },
  period: 524288,
  timeNs: 1_700_000_000_123_456_789,
  durationNs: 2 ** 40,
  frames: [
    { name: 'main', file: 'main.go', line: 10, column: 0 },
    { name: 'main', file: 'main.go', line: 12, column: 3 },
    { name: 'é', file: '', line: 0, column: 0 },
  ],
  samples: [
    { stack: [2, 1, 0], values: [1, -4096] },
    { stack: [0], values: [0, 2 ** 33], labels: { thread: 'worker 1', comm: 'app', empty: '' } },
    { stack: [], values: [3, 0] },
  ],
  comments: ['made by a test', ''],
};

t.test('an independent reader sees what the model holds', async (t) => {
  const message = PProfile.decode(pprofMessageBytes(awkward));
  const str = (i: number | bigint) => message.stringTable.strings[Number(i)];
  t.same(message.sampleType.map((v) => [str(v.type), str(v.unit)]), [['samples', 'count'], ['space', 'bytes']]);
  t.same(message.sample.map((s) => s.locationId.map(Number)), [[3, 2, 1], [1], []]);
  // int64 on the wire: pprof-format reads it back unsigned, so the sign is taken from the 64 bits.
  t.same(message.sample.map((s) => s.value.map((v) => Number(BigInt.asIntN(64, BigInt(v))))), [[1, -4096], [0, 2 ** 33], [3, 0]]);
  t.same(message.sample[1]!.label.map((l) => [str(l.key), str(l.str)]), [['comm', 'app'], ['empty', ''], ['thread', 'worker 1']]);
  t.equal(message.function.length, 2, 'two frames of main share one function');
  t.same(message.location.map((l) => [Number(l.id), Number(l.line[0]!.functionId), Number(l.line[0]!.line), Number(l.line[0]!.column)]), [[1, 1, 10, 0], [2, 1, 12, 3], [3, 2, 0, 0]]);
  t.equal(Number(message.durationNanos), 2 ** 40);
  t.equal(str(message.defaultSampleType), 'space');
  t.same(message.comment.map(str), ['made by a test', '']);
});

t.test('our decoder gives back the same profile', async (t) => {
  const back = decodePprof(encodePprof(awkward), 'awkward', DEFAULT_LIMITS);
  t.same(back.frames, awkward.frames);
  t.same(back.samples.map((s) => s.stack), awkward.samples.map((s) => s.stack));
  t.same(back.samples.map((s) => s.values), awkward.samples.map((s) => s.values), 'negative and 33-bit values come back as written');
  t.same(back.samples[1]!.labels, { comm: 'app', thread: 'worker 1' }, 'an empty label value is no label, as pprof reads it');
  t.equal(back.timeNs, awkward.timeNs, 'a time beyond 2^53 comes back as the same double');
  t.same([back.period, back.durationNs, back.defaultSampleIndex], [awkward.period, awkward.durationNs, 1]);
});

t.test('real recordings re-encode stably, decoded and encoded again', async (t) => {
  for (const name of ['go-cpu.pb.gz', 'go-heap.pb.gz', 'gperftools-stripped.pb.gz']) {
    const once = encodePprof(decodePprof(readFileSync(join(PROFILES, name)), name, DEFAULT_LIMITS));
    const twice = encodePprof(decodePprof(once, name, DEFAULT_LIMITS));
    t.same(gunzipSync(twice), gunzipSync(once), name);
  }
});
