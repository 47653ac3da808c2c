// The decoder: gzipped or raw, the gzip bomb limit, and pprof's id tables
// checked once, each fault one line naming the input.
import { gzipSync } from 'node:zlib';
import { Function as PFunction, Line, Location, Profile as PProfile, Sample as PSample, StringTable, ValueType } from 'pprof-format';
import t from 'tap';
import { DEFAULT_LIMITS } from '../../lib/model/check.js';
import { decodePprof, isGzip, unsymbolizedFrame } from '../../lib/pprof/decode.js';

/** A one-function, one-sample pprof message; `mutate` breaks it. */
function message(mutate: (m: PProfile, s: StringTable) => void = () => {}): Buffer {
  const s = new StringTable();
  const m = new PProfile({
    sampleType: [new ValueType({ type: s.dedup('cpu'), unit: s.dedup('nanoseconds') })],
    function: [new PFunction({ id: 1, name: s.dedup('main'), filename: s.dedup('main.go') })],
    location: [new Location({ id: 1, line: [new Line({ functionId: 1, line: 7 })] })],
    sample: [new PSample({ locationId: [1], value: [42] })],
    stringTable: s,
  });
  mutate(m, s);
  return Buffer.from(m.encode());
}

t.test('raw and gzipped bytes decode to the same profile', async (t) => {
  const raw = message();
  const zipped = gzipSync(raw);
  t.equal(isGzip(zipped), true);
  t.equal(isGzip(raw), false);
  const a = decodePprof(raw, 'in', DEFAULT_LIMITS);
  t.same(decodePprof(zipped, 'in', DEFAULT_LIMITS), a);
  t.same(a.frames, [{ name: 'main', file: 'main.go', line: 7, column: 0 }]);
  t.same(a.samples, [{ stack: [0], values: [42] }]);
  t.same(a.sampleTypes, [{ type: 'cpu', unit: 'nanoseconds' }]);
});

t.test('a gzip that inflates past the limit is refused before it fills memory', async (t) => {
  const bomb = gzipSync(Buffer.alloc(1 << 20));
  t.throws(() => decodePprof(bomb, 'bomb.pb.gz', { ...DEFAULT_LIMITS, maxDecompressedBytes: 1024 }), { code: 'bad-input', message: 'bomb.pb.gz: decompressed size exceeds the limit of 1024 bytes' });
  t.throws(() => decodePprof(gzipSync(message()).subarray(0, 20), 'cut.pb.gz', DEFAULT_LIMITS), { code: 'bad-input', message: /^cut\.pb\.gz: corrupt or truncated gzip data/ });
});

t.test('broken id tables are named, not decoded into garbage', async (t) => {
  const cases: [(m: PProfile, s: StringTable) => void, RegExp][] = [
    [(m) => (m.sampleType = []), /^in: pprof profile has no sample types$/],
    [(m) => m.function.push(new PFunction({ id: 1, name: 0 })), /^in: function id 1 is zero or repeated$/],
    [(m) => (m.location[0]!.line[0]!.functionId = 9), /^in: location 1 refers to missing function 9$/],
    [(m) => (m.sample[0]!.locationId = [5]), /^in: sample 0 refers to missing location 5$/],
    [(m) => (m.sample[0]!.value = [1, 2]), /^in: sample 0 has 2 values for 1 sample types$/],
    [(m) => (m.function[0]!.name = 99), /^in: function 1 name refers to string 99, but the table has \d+$/],
  ];
  for (const [mutate, message_] of cases) t.throws(() => decodePprof(message(mutate), 'in', DEFAULT_LIMITS), { code: 'bad-input', message: message_ }, String(message_));
  t.throws(() => decodePprof(Buffer.from([0x0a, 0x50, 0x01]), 'short.pb', DEFAULT_LIMITS), { code: 'bad-input', message: /^short\.pb: not a valid pprof protobuf \(field 1 at byte 1 declares 80 bytes but only 1 remain\)$/ });
});

t.test('an address without a function is named after its mapping, as pprof does', async (t) => {
  t.same(unsymbolizedFrame('/usr/lib/libc.so.6'), { name: '[libc.so.6]', file: '/usr/lib/libc.so.6', line: 0, column: 0 });
  t.same(unsymbolizedFrame(''), { name: '<unknown>', file: '', line: 0, column: 0 });
});
