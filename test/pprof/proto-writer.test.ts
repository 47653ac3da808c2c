import t from 'tap';
import { ProtoWriter, varintSize } from '../../lib/pprof/proto-writer.js';

const bytesOf = (write: (w: ProtoWriter) => void) => {
  const w = new ProtoWriter();
  write(w);
  return [...w.finish()];
};

t.test('varints as protobuf writes int64: small, multi-byte, beyond 32 bits, negative as ten bytes', async (t) => {
  const cases: [number, number[]][] = [
    [0, [0]],
    [1, [1]],
    [127, [0x7f]],
    [300, [0xac, 0x02]],
    [2 ** 31, [0x80, 0x80, 0x80, 0x80, 0x08]],
    [2 ** 40 + 5, [0x85, 0x80, 0x80, 0x80, 0x80, 0x20]],
    [-1, [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]],
    [-2, [0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]],
    [12.9, [12]],
    [NaN, [0]],
  ];
  for (const [n, bytes] of cases) {
    t.same(bytesOf((w) => w.varint(n)), bytes, `${n}`);
    t.equal(varintSize(n), bytes.length, `size of ${n}`);
  }
});

t.test('zero fields are left out; packed fields and strings carry their length', async (t) => {
  t.same(bytesOf((w) => w.field(3, 0)), []);
  t.same(bytesOf((w) => w.field(3, 5)), [0x18, 5]);
  t.same(bytesOf((w) => w.packed(1, [0, 300], 1, varintSize(1) + varintSize(301))), [0x0a, 3, 1, 0xad, 0x02]);
  t.same(bytesOf((w) => w.packed(1, [], 0, 0)), []);
  t.same(bytesOf((w) => w.string(6, 'é')), [0x32, 2, 0xc3, 0xa9]);
  t.same(bytesOf((w) => w.string(6, '')), [0x32, 0]);
});

t.test('the buffer grows past its first size', async (t) => {
  const w = new ProtoWriter();
  const text = 'x'.repeat(200_000);
  w.string(6, text);
  w.varint(1);
  const out = w.finish();
  t.equal(out.length, 1 + 3 + 200_000 + 1);
  t.equal(out.subarray(4, 4 + 200_000).toString(), text);
});
