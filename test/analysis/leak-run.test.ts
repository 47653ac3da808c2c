// perf-analyze's leak verdict on a real Node service under real load: a
// cache that keeps every payload, profiled without a retention profile
// (kinds cpu only), grows with every request but nothing says what keeps it.
// That is said once about the run (a warning with the growth per request and
// per second, their intervals, and what to re-run), never a finding with no
// site, which no one could act on.

import { join } from 'node:path';
import t from 'tap';
import { FIXTURES } from '../helpers.js';
import { PAYLOAD, leakRun } from '../e2e/leak-run.js';

const SERVICE = join(FIXTURES, 'programs', 'node-leak', 'service.js');

t.test('growth with no retention profile: a run-level warning that places nothing, no finding', async (t) => {
  const r = await leakRun('node-unplaced', (port) => ({ command: ['node', SERVICE, String(port), 'leak'], profiler: { name: 'node', kinds: ['cpu'] } }));
  t.equal(r.code, 0, r.why);
  t.same(r.leaks, [], 'no leak bottleneck');
  t.same(r.findings.filter((f) => f.category === 'memory' && /unknown|retention/.test(f.function)), [], 'no finding without a site');
  t.notOk(r.findings.some((f) => f.cause === 'memory-leak'), 'no leak finding');
  const said = r.records.filter((x) => x.type === 'diagnostic' && x.code === 'memory-growth-unplaced');
  t.equal(said.length, 1, `one warning about the growth: ${r.why}`);
  t.equal(said[0]?.level, 'warning');
  const per = /grew ([\d.]+)(kB|MB) per request \(([\d.]+)(kB|MB)–/.exec(said[0]?.message ?? '');
  t.ok(per, `growth per request with its interval: ${said[0]?.message}`);
  const bytes = (v: string, u: string) => Number(v) * (u === 'MB' ? 1 << 20 : 1 << 10);
  // Each request keeps its 16 KiB payload: the interval's low end is above zero and near the payload.
  t.ok(per && bytes(per[3]!, per[4]!) > 0.5 * PAYLOAD, `growth per request low end ${per?.[3]}${per?.[4]} holds the ${PAYLOAD}-byte payload`);
  t.match(said[0]?.message, /\/s \(95% interval .*re-run with a retention profile \(node: profiler kinds \["cpu", "heap"\]/, 'per second too, and what to re-run');
});
