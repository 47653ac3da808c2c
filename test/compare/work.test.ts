// The unit of work: requests under http load, operations when counted, else
// seconds; per repeat when the run was repeated; the most specific one both
// runs have.
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
