// Leaks in a real Go service (net/http/pprof) under real load: the unbounded
// cache gives a leak finding at main.buildPayload with the live heap's growth
// per request about the payload; bounded and churn-only twins give none, and
// the churn twin's allocation profile still names the churn.

import { join } from 'node:path';
import t from 'tap';
import { FIXTURES, hasCommand, tempRoot } from '../helpers.js';
import { build } from '../collectors/backend-run.js';
import { PAYLOAD, leakIsFirstFinding, leakRun, noLeakTwins } from './leak-run.js';

t.test('go', { skip: hasCommand('go') ? false : 'go is not installed (Debian: golang-go)' }, async (t) => {
  const binary = join(tempRoot('leak-go-'), 'goleak');
  build('go', ['build', '-o', binary, '.'], join(FIXTURES, 'programs', 'go-leak'), { GOFLAGS: '-mod=mod' });
  const run = (mode: string) =>
    leakRun(`go-${mode}`, (port) => ({ command: [binary, '-addr', `127.0.0.1:${port}`, '-mode', mode], profiler: { name: 'pprof', url: `http://127.0.0.1:${port}/debug/pprof`, kinds: ['cpu', 'heap', 'alloc'] } }));

  t.test('the unbounded cache: a leak finding at the function that allocates what is kept', async (t) => {
    const r = await run('leak');
    t.equal(r.code, 0, r.why);
    t.ok(r.metric('memory_over_time', 'heap_used'), 'heap used over time from MemStats');
    t.equal(r.leaks.length, 1, r.why);
    const leak = r.leaks[0]!;
    leakIsFirstFinding(t, r);
    t.equal(leak.function, 'main.buildPayload');
    const path = leak.callPath.map((f: { function: string }) => f.function);
    t.same(path.slice(-2), ['main.rememberPayload', 'main.buildPayload'], `called from rememberPayload: ${path.join(' → ')}`);
    const retained = r.metric('memory_retained_per_request');
    t.ok(retained && retained.value >= 0.9 * PAYLOAD && retained.value < 1.6 * PAYLOAD, `live heap grew ${retained?.value} bytes per request`);
    t.ok(leak.growth.bytesPerRequest.high > PAYLOAD && leak.growth.bytesPerRequest.low > 0, `fit per request ${JSON.stringify(leak.growth.bytesPerRequest)}`);
  });

  noLeakTwins(t, run, /^main\.buildPayload$/);
});
