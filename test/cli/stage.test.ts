// What every NDJSON stage shares: a bare terminal refused, records passed
// through unless consumed, onEnd once at the end, the record size limit from the env.
import t from 'tap';
import { runStage } from '../../lib/cli/stage.js';
import { maxRecordBytes } from '../../lib/cli/stage-input.js';
import { testIO } from '../test-io.js';

const metric = (name: string) => ({ type: 'metric', v: 1, runId: 'r', name, value: 1, unit: 's' });
const ndjson = (...records: object[]) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';

t.test('unconsumed records pass through in order; onEnd adds after them', async (t) => {
  const { io, stdout } = testIO({ stdin: ndjson(metric('a'), metric('b'), metric('c')) });
  const seen: number[] = [];
  const code = await runStage(io, 'perf-test', {
    onRecord: (record, _out, line) => {
      seen.push(line);
      return (record as { name?: string }).name === 'b';
    },
    onEnd: async (out) => out.write(metric('end') as never),
  });
  t.equal(code, 0);
  t.same(seen, [1, 2, 3]);
  t.same(stdout().trim().split('\n').map((l) => JSON.parse(l).name), ['a', 'c', 'end']);
});

t.test('a terminal on stdin is refused with what to pipe in', async (t) => {
  const { io } = testIO();
  io.stdin.isTTY = true;
  await t.rejects(runStage(io, 'perf-test', { onRecord: () => false, onEnd: async () => {} }), { code: 'usage', message: 'perf-test reads NDJSON records on stdin; pipe perf-collect into it (see perf-test --help)' });
});

t.test('PERF_MAX_RECORD_BYTES: a whole number of bytes, else a usage error', async (t) => {
  t.equal(maxRecordBytes({}), undefined);
  t.equal(maxRecordBytes({ PERF_MAX_RECORD_BYTES: '1000' }), 1000);
  t.throws(() => maxRecordBytes({ PERF_MAX_RECORD_BYTES: '1k' }), { code: 'usage', message: "PERF_MAX_RECORD_BYTES must be a whole number of bytes, got '1k'" });
  const { io } = testIO({ stdin: ndjson(metric('a'.repeat(200))), env: { PERF_MAX_RECORD_BYTES: '100' } });
  await t.rejects(runStage(io, 'perf-test', { onRecord: () => false, onEnd: async () => {} }), { code: 'bad-record', message: /^stdin:1: record longer than 100 bytes/ });
});
