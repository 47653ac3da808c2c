// The unit of work: requests under http load, operations when counted, runs
// of the program when it is the workload, else seconds; per repeat when the
// run was repeated; the most specific one both runs have.
import t from 'tap';
import { commonWork, workOptions } from '../../lib/compare/work.js';
import type { MetricRecord } from '../../lib/records/types.js';

const m = (name: string, value: number, labels?: MetricRecord['labels']): MetricRecord => ({ type: 'metric', v: 1, runId: 'r', name, value, unit: '', ...(labels ? { labels } : {}) });

t.test('units of work', async (t) => {
  const repeated = [m('http_requests', 30), m('http_requests', 10, { repeat: 1 }), m('http_requests', 20, { repeat: 2 }), m('wall_time', 8)];
  t.same(workOptions(repeated, []).map((w) => [w.unit, w.perRepeat]), [['request', [10, 20]], ['second', [8]]]);
  const old = [m('http_requests_per_sec', 100), m('wall_time', 3)];
  t.same(workOptions(old, [])[0]!.perRepeat, [300], 'older runs: rate times window');
  const batch = [m('wall_time', 3)];
  t.equal(commonWork(workOptions(repeated, []), workOptions(batch, []))!.current.unit, 'second', 'the unit both runs have');
  t.equal(commonWork([], []), undefined);
});

t.test('the program is the workload: one unit per run to its own clean exit', async (t) => {
  const job = (wall: number[], exit: MetricRecord[]) => [m('wall_time', wall.reduce((a, b) => a + b, 0)), ...wall.map((w, i) => m('wall_time', w, { repeat: i + 1 })), ...exit];
  const fast = job([0.9, 1.1, 1], [m('exit_code', 0)]);
  const slow = job([8, 7.5, 7.8], [m('exit_code', 0)]);
  const both = commonWork(workOptions(fast, [], 'none'), workOptions(slow, [], 'none'))!;
  t.same([both.current.unit, both.current.perRepeat, both.baseline.perRepeat], ['run', [1, 1, 1], [1, 1, 1]], 'a faster job is the same work, not fewer seconds of it');
  t.same(workOptions([m('wall_time', 3), m('exit_code', 0)], [], 'none').map((w) => [w.unit, w.perRepeat]), [['run', [1]], ['second', [3]]], 'not repeated: one run');
  t.same(workOptions([m('wall_time', 3), m('exit_code', 143, { signal: 'SIGTERM', stoppedBy: 'perf-collect' })], [], 'none').map((w) => w.unit), ['second'], 'stopped by us: not a whole job');
  t.same(workOptions([m('wall_time', 3), m('exit_code', 1)], [], 'none').map((w) => w.unit), ['second'], 'failed: not a whole job');
  t.same(workOptions([m('wall_time', 3), m('exit_code', 0)], [], 'http').map((w) => w.unit), ['second'], 'a server under load: its window, not its life');
  t.same(workOptions([m('wall_time', 3)], [], 'none').map((w) => w.unit), ['second'], 'no exit recorded (imported): seconds');
});
