// The wire reader against the encoder's own varints (proto-writer), at the edges
// where doubles stop being exact: 2^31, 2^32, 2^53, negatives, int64's extremes.
import t from 'tap';
import { ProtoWriter } from '../../lib/pprof/proto-writer.js';
import { WireReader } from '../../lib/pprof/wire-reader.js';

const values = [0, 1, 127, 128, 2 ** 28 - 1, 2 ** 28, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 40 + 12345, 2 ** 53 - 1, 2 ** 53, 2 ** 62, -1, -2, -4096, -(2 ** 31), -(2 ** 32), -(2 ** 53), -(2 ** 63)];

t.test('int64 reads back what the writer wrote', async (t) => {
  const w = new ProtoWriter();
  for (const v of values) w.varint(v);
  const r = new WireReader(w.finish());
  t.same(values.map(() => r.int64()), values);
});

t.test('uint reads the unsigned number, rounded once beyond 2^53', async (t) => {
  const w = new ProtoWriter();
  for (const v of values) w.varint(v);
  const r = new WireReader(w.finish());
  const expected = values.map((v) => Number(BigInt.asUintN(64, BigInt(v))));
  t.same(values.map(() => r.uint()), expected);
  // 2^53 + 1 is not a double: the nearest one (ties to even) is 2^53, as Number(2n ** 53n + 1n) is.
  const odd = new WireReader(Buffer.from([0x81, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10]));
  t.equal(odd.uint(), Number(2n ** 53n + 1n));
});

t.test('skip steps over each wire type', async (t) => {
  // varint 300, fixed64, a 3-byte length-delimited value, fixed32, then a 7
  const r = new WireReader(Buffer.from([0xac, 0x02, 1, 2, 3, 4, 5, 6, 7, 8, 3, 9, 9, 9, 1, 2, 3, 4, 7]));
  for (const wire of [0, 1, 2, 5]) r.skip(wire);
  t.equal(r.uint(), 7);
});
