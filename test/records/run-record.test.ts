// Run ids sortable by time and distinct by what ran; the run record from io's clock and cwd.
import t from 'tap';
import { RUN_ID_PATTERN, makeRunId, runRecord } from '../../lib/records/run-record.js';
import { ROOT, tempRoot } from '../helpers.js';
import { testIO } from '../test-io.js';

t.test('a run id is the UTC second plus a hash of the seed', async (t) => {
  const at = Date.UTC(2026, 10, 25, 20, 0, 0, 123);
  t.match(makeRunId(at, 'a'), /^20261125T200000Z-[0-9a-f]{6}$/);
  t.equal(makeRunId(at, 'a'), makeRunId(at, 'a'));
  t.not(makeRunId(at, 'a'), makeRunId(at, 'b'));
  t.ok(RUN_ID_PATTERN.test(makeRunId(at, 'a')));
  t.notOk(RUN_ID_PATTERN.test('has space'));
});

t.test('the run record: started at the io clock, git state of io.cwd when it is a checkout', async (t) => {
  const inRepo = await runRecord(testIO({ now: Date.UTC(2030, 0, 1), cwd: ROOT }).io, { runId: 'r', profiler: 'import', command: ['x'] });
  t.match(inRepo, { type: 'run', v: 1, runId: 'r', startedAt: '2030-01-01T00:00:00.000Z', tool: { name: 'perf-profiler' }, profiler: 'import', command: ['x'] });
  t.match(inRepo.git, { commit: /^[0-9a-f]{40}$/ });
  const outside = await runRecord(testIO({ cwd: tempRoot('perf-no-git-') }).io, { runId: 'r', profiler: 'import', command: ['x'] });
  t.equal(outside.git, undefined);
});
