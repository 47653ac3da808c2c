// NDJSON in: records numbered by line, blank lines and a BOM skipped, every
// fault named as source:line.
import { Readable } from 'node:stream';
import t from 'tap';
import { readRecords } from '../../lib/records/reader.js';

const metric = (name: string) => JSON.stringify({ type: 'metric', v: 1, runId: 'r', name, value: 1, unit: 's' });

async function read(text: string, maxRecordBytes?: number) {
  const out: string[] = [];
  for await (const { record, line } of readRecords(Readable.from([Buffer.from(text)]), { source: 'in', ...(maxRecordBytes ? { maxRecordBytes } : {}) })) out.push(`${line}:${(record as { name?: string }).name}`);
  return out;
}

t.test('records with their line numbers; blank lines, CRLF and a leading BOM are fine', async (t) => {
  t.same(await read(`\uFEFF${metric('a')}\r\n\n  \n${metric('b')}`), ['1:a', '4:b']);
});

t.test('faults name the line', async (t) => {
  await t.rejects(read(`${metric('a')}\n{"type":`), { code: 'bad-record', message: /^in:2: not valid JSON/ });
  await t.rejects(read(`${metric('a')}\n{"type":"metric","v":1}\n`), { code: 'bad-record', message: /^in:2: metric record/ });
  await t.rejects(read(`${metric('a')}\n${metric('long')}\n`, 67), { code: 'bad-record', message: 'in:2: record longer than 67 bytes (raise PERF_MAX_RECORD_BYTES)' });
});

t.test('a failing input is a runtime error naming the source', async (t) => {
  const failing = new Readable({ read() { this.destroy(new Error('disk gone')); } });
  const it = readRecords(failing, { source: 'in' });
  await t.rejects(it.next(), { code: 'runtime', message: 'in: read failed (disk gone)' });
});
