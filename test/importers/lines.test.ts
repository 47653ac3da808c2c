import { Readable } from 'node:stream';
import t from 'tap';
import { readLines } from '../../lib/importers/lines.js';

async function collect(chunks: string[], max?: number): Promise<string[]> {
  const out: string[] = [];
  for await (const { text, lineNo } of readLines(Readable.from(chunks.map((c) => Buffer.from(c))), 'in', max)) out.push(`${lineNo}:${text}`);
  return out;
}

t.test('numbers lines across chunk boundaries, drops the BOM and CRs, keeps blank lines', async (t) => {
  t.same(await collect(['\uFEFFab', 'c\r\n\nde', 'f\n', 'last']), ['1:abc', '2:', '3:def', '4:last']);
  t.same(await collect([]), []);
});

t.test('a line longer than the limit is an error naming the line, not an out-of-memory', async (t) => {
  await t.rejects(collect(['short 1\n', 'x'.repeat(5000)], 1024), { code: 'bad-input', message: 'in:2: line longer than 1024 bytes' });
});

t.test('a failing stream is a runtime error naming the input', async (t) => {
  const broken = new Readable({ read() { this.destroy(new Error('EIO: i/o error')); } });
  const read = async () => {
    for await (const _ of readLines(broken, 'disk.txt')) void _;
  };
  await t.rejects(read(), { code: 'runtime', message: /^disk\.txt: read failed \(EIO: i\/o error\)$/ });
});
