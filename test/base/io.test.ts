// The world a command sees, as the bins build it: SOURCE_DATE_EPOCH pins now()
// but never the real clock; a stop handler is on both stop signals until it
// is removed; spawn works only
// once execa is loaded; the stage logger is quiet unless --verbose.
import { Writable } from 'node:stream';
import t from 'tap';
import { loadSpawn, logger, processIO } from '../../lib/base/io.js';

t.test('now() is pinned by SOURCE_DATE_EPOCH, clock() never is', async (t) => {
  const saved = process.env.SOURCE_DATE_EPOCH;
  t.teardown(() => {
    if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = saved;
  });
  process.env.SOURCE_DATE_EPOCH = '1767225600';
  const io = processIO();
  t.equal(io.now(), 1767225600000);
  t.ok(Math.abs(io.clock() - Date.now()) < 60_000, 'the real clock');
  process.env.SOURCE_DATE_EPOCH = 'not a number';
  t.ok(Math.abs(processIO().now() - Date.now()) < 60_000, 'an unreadable pin is ignored');
});

t.test('a stop handler is on both stop signals until it is removed', async (t) => {
  const before = ['SIGINT', 'SIGTERM'].map((s) => process.listenerCount(s));
  const off = processIO().onStopSignal(() => {});
  t.same(['SIGINT', 'SIGTERM'].map((s) => process.listenerCount(s)), before.map((n) => n + 1));
  off();
  t.same(['SIGINT', 'SIGTERM'].map((s) => process.listenerCount(s)), before);
});

t.test('spawn only once execa is loaded', async (t) => {
  await loadSpawn();
  const r = await processIO().spawn('sh', ['-c', 'echo $0'], { reject: false });
  t.equal(r.stdout, 'sh');
});

t.test('the logger: warnings always, information with --verbose', async (t) => {
  const written: string[] = [];
  const stderr = new Writable({ write: (chunk, _enc, done) => (written.push(String(chunk)), done()) });
  const io = { ...processIO(), stderr };
  logger(io, 'perf-plan', false).info('quiet');
  logger(io, 'perf-plan', false).warn('no totals');
  logger(io, 'perf-plan', true).info('loud');
  t.same(written, ['perf-plan: warning: no totals\n', 'perf-plan: loud\n']);
});
