import t from 'tap';
import { ByteKeyTable, hashBytes } from '../../lib/importers/byte-intern.js';
import { skipSpaces } from '../../lib/importers/lines.js';

t.test('keys are byte ranges of any buffer: found again from another buffer, other ranges absent', async (t) => {
  const table = new ByteKeyTable();
  const a = Buffer.from('\t   4005d6 main+0x1f (/bin/x)\n');
  table.add(a, 11, a.length - 1, 7);
  const b = Buffer.from('xx main+0x1f (/bin/x)');
  t.equal(table.get(b, 3, b.length), 7);
  t.equal(table.get(b, 3, b.length - 1), -1, 'a prefix is another key');
  t.equal(table.get(Buffer.from('main+0x1f (/bin/y)'), 0, 18), -1, 'the last byte differs');
  t.equal(table.get(Buffer.from(''), 0, 0), -1);
  t.equal(table.size, 1);
});

t.test('many keys, colliding hashes and keys of every length up to 40 bytes all stay distinct', async (t) => {
  const table = new ByteKeyTable();
  const keys: Buffer[] = [];
  for (let i = 0; i < 20_000; i++) keys.push(Buffer.from(`${'f'.repeat(i % 40)}${i}`));
  keys.forEach((k, i) => table.add(k, 0, k.length, i));
  t.equal(table.size, keys.length);
  let wrong = 0;
  keys.forEach((k, i) => {
    if (table.get(Buffer.concat([Buffer.from('..'), k]), 2, k.length + 2) !== i) wrong++;
  });
  t.equal(wrong, 0, 'every key found at any offset');
  const h = hashBytes(keys[5]!, 0, keys[5]!.length);
  t.equal(hashBytes(Buffer.concat([Buffer.from('abc'), keys[5]!]), 3, keys[5]!.length + 3), h, 'the hash depends on the bytes, not the offset');
});

t.test('skipSpaces skips ASCII whitespace, four spaces at a time where it can', async (t) => {
  const line = Buffer.from(`\t${' '.repeat(13)}2cb0 step`);
  t.equal(skipSpaces(line, 0, line.length), 14);
  t.equal(skipSpaces(Buffer.from('   '), 0, 3), 3);
  t.equal(skipSpaces(Buffer.from('x   '), 1, 4), 4);
  t.equal(skipSpaces(Buffer.from(' \u00a0'), 0, 3), 1, 'whitespace beyond ASCII is not skipped');
});
