// Lines out of a byte stream: numbered from 1, CR of CR LF dropped, a line
// split over many chunks (and inside a UTF-8 character) whole, the last line
// without a newline kept, a line over the limit refused with its number.
import { Readable } from 'node:stream';
import t from 'tap';
import { LineTooLongError, splitLines } from '../../lib/records/split-lines.js';

const lines = async (chunks: (string | Buffer)[], max = 1 << 20) => {
  const out: [number, string][] = [];
  for await (const { text, lineNo } of splitLines(Readable.from(chunks), max)) out.push([lineNo, text]);
  return out;
};

t.test('numbered lines, CR LF, a last line without newline', async (t) => {
  t.same(await lines(['a\r\nb\n', '\nc']), [[1, 'a'], [2, 'b'], [3, ''], [4, 'c']]);
  t.same(await lines(['']), []);
  t.same(await lines(['x\n']), [[1, 'x']], 'no empty line after the last newline');
});

t.test('a line over many chunks, cut inside a character, is whole', async (t) => {
  const text = `{"name":"é€😀${'x'.repeat(200_000)}"}`;
  const bytes = Buffer.from(`${text}\nnext\n`);
  const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, (i + 1) * 7));
  t.same(await lines(chunks), [[1, text], [2, 'next']]);
});

t.test('a line longer than the limit: refused with its number, before it is all read', async (t) => {
  await t.rejects(lines(['ok\n', 'y'.repeat(50), 'y'.repeat(60), '\n'], 100), new LineTooLongError(2, 100));
  await t.rejects(lines(['ok\n', 'z'.repeat(101), '\n'], 100), { lineNo: 2, maxBytes: 100, message: 'line 2 is longer than 100 bytes' });
  // Exactly the limit is allowed.
  t.same((await lines(['w'.repeat(100) + '\n'], 100)).length, 1);
});
