// NDJSON out: each record validated before it is written; a reader that went away ends the stage quietly.
import { PassThrough, Writable } from 'node:stream';
import t from 'tap';
import { RecordWriter } from '../../lib/records/writer.js';

const metric = { type: 'metric', v: 1, runId: 'r', name: 'a', value: 1, unit: 's' } as const;

t.test('one line per record, counted', async (t) => {
  const out = new PassThrough();
  let text = '';
  out.on('data', (d) => (text += d));
  const w = new RecordWriter(out, 'stage');
  await w.write(metric);
  await w.write({ ...metric, name: 'b' });
  await w.end();
  t.equal(text, `${JSON.stringify(metric)}\n${JSON.stringify({ ...metric, name: 'b' })}\n`);
  t.equal(w.count, 2);
});

t.test('an invalid record is refused, naming the stage, before anything is written', async (t) => {
  const w = new RecordWriter(new PassThrough(), 'perf-test');
  await t.rejects(w.write({ ...metric, value: 'fast' } as never), { code: 'bad-record', message: /^perf-test output: metric record \/value must be number/ });
  t.equal(w.count, 0);
});

t.test('EPIPE downstream: closed, later writes dropped, no throw', async (t) => {
  const out = new Writable({ write(_chunk, _enc, done) { done(Object.assign(new Error('EPIPE'), { code: 'EPIPE' })); } });
  const w = new RecordWriter(out, 'stage');
  await w.write(metric);
  await new Promise((r) => setImmediate(r));
  t.equal(w.closed, true);
  await w.write(metric);
  t.equal(w.count, 1);
});
