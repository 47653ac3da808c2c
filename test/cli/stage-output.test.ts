// A stage's output: NDJSON records, or on a terminal the records kept
// (validated as the writer does) and one summary written at the end.
import t from 'tap';
import { stageOutput } from '../../lib/cli/stage-output.js';
import type { AnyRecord } from '../../lib/records/types.js';
import { testIO } from '../test-io.js';

const metric = { type: 'metric', v: 1, runId: 'r1', name: 'wall_time', value: 1.5, unit: 's' } as AnyRecord;

t.test('without a summary: one record per line', async (t) => {
  const { io, stdout } = testIO();
  const out = stageOutput(io, 'perf-plan');
  await out.write(metric);
  await out.end();
  t.same(stdout().trim().split('\n').map((l) => JSON.parse(l)), [metric]);
});

t.test('with a summary: the records go to it, once, at the end; nothing before', async (t) => {
  const { io, stdout } = testIO();
  const seen: AnyRecord[][] = [];
  const out = stageOutput(io, 'perf-plan', (records) => {
    seen.push(records);
    return `${records.length} kept\n`;
  });
  await out.write(metric);
  await out.write({ ...metric, name: 'cpu_user' } as AnyRecord);
  t.equal(stdout(), '', 'nothing written while records come');
  t.notOk(out.closed);
  await out.end();
  t.equal(stdout(), '2 kept\n');
  t.equal(seen.length, 1);
  t.same((seen[0] as Record<string, unknown>[]).map((r) => r['name']), ['wall_time', 'cpu_user']);
});

t.test('a bad record is refused in summary mode too, as the writer refuses it', async (t) => {
  const { io } = testIO();
  const out = stageOutput(io, 'perf-plan', () => '');
  await t.rejects(out.write({ ...metric, value: 'fast' } as AnyRecord), { code: 'bad-record', message: /^perf-plan output: metric record \/value must be number/ });
});
