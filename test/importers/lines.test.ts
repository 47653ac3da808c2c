import { Readable } from 'node:stream';
import t from 'tap';
import { isBlank, readLines, scanLines } from '../../lib/importers/lines.js';

async function collect(chunks: string[], max?: number): Promise<string[]> {
  const out: string[] = [];
  await scanLines(Readable.from(chunks.map((c) => Buffer.from(c))), 'in', (buf, start, end, lineNo) => out.push(`${lineNo}:${buf.toString('utf8', start, end)}`), max);
  return out;
}

t.test('numbers lines across chunk boundaries, drops the BOM and CRs, keeps blank lines', async (t) => {
  t.same(await collect(['\uFEFFab', 'c\r\n\nde', 'f\n', 'last']), ['1:abc', '2:', '3:def', '4:last']);
  t.same(await collect([]), []);
  t.same(await collect(['one line', ' spread', ' over chunks', '\n']), ['1:one line spread over chunks']);
  t.same(await collect(['x\n', '\n', 'y']), ['1:x', '2:', '3:y']);
});

t.test('a line longer than the limit is an error naming the line, not an out-of-memory', async (t) => {
  await t.rejects(collect(['short 1\n', 'x'.repeat(5000)], 1024), { code: 'bad-input', message: 'in:2: line longer than 1024 bytes' });
  await t.rejects(collect(['short 1\n', 'x'.repeat(800), 'x'.repeat(800), '\n'], 1024), { code: 'bad-input', message: 'in:2: line longer than 1024 bytes' });
});

t.test('a failing stream is a runtime error naming the input', async (t) => {
  const broken = new Readable({ read() { this.destroy(new Error('EIO: i/o error')); } });
  await t.rejects(scanLines(broken, 'disk.txt', () => {}), { code: 'runtime', message: /^disk\.txt: read failed \(EIO: i\/o error\)$/ });
});

t.test('blank means ASCII whitespace only', async (t) => {
  t.ok(isBlank(Buffer.from(' \t\r'), 0, 3));
  t.ok(isBlank(Buffer.from('x'), 1, 1));
  t.notOk(isBlank(Buffer.from(' x '), 0, 3));
});

t.test('readLines: the same lines as strings, for formats parsed a line at a time', async (t) => {
  const out: string[] = [];
  for await (const { text, lineNo } of readLines(Readable.from(['\uFEFFab', 'c\r\n\nde', 'f\n', 'last'].map((c) => Buffer.from(c))), 'in')) out.push(`${lineNo}:${text}`);
  t.same(out, ['1:abc', '2:', '3:def', '4:last']);
  const long = async () => {
    for await (const _ of readLines(Readable.from([Buffer.from('short 1\n'), Buffer.from('x'.repeat(5000))]), 'in', 1024)) void _;
  };
  await t.rejects(long(), { code: 'bad-input', message: 'in:2: line longer than 1024 bytes' });
});
