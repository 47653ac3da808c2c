// Leaks in a real Node service under real load, through the real bins: the
// planted unbounded cache gives a leak finding at the function that fills it,
// with its growth per request; the same service with the cache bounded gives
// none; a service that only churns gives a churn finding and no leak. The
// checks are on intervals and per request (a slow machine serves fewer
// requests but keeps the same bytes each), not on one lucky number.

import { join } from 'node:path';
import t from 'tap';
import { FIXTURES } from '../helpers.js';
import { PAYLOAD, leakIsFirstFinding, leakRun } from './leak-run.js';

const SERVICE = join(FIXTURES, 'programs', 'node-leak', 'service.js');

const run = (mode: string, kinds: string[]) => leakRun(`node-${mode}`, (port) => ({ command: ['node', SERVICE, String(port), mode], profiler: { name: 'node', kinds } }));

t.test('the unbounded cache: a leak finding at its function, growth per request around the payload', async (t) => {
  const r = await run('leak', ['cpu', 'heap']);
  t.equal(r.code, 0, r.why);
  t.ok(r.metric('memory_over_time', 'rss'), 'memory over time: rss');
  t.ok(r.metric('memory_over_time', 'heap_used'), 'memory over time: heap used');
  t.equal(r.leaks.length, 1, r.why);
  const leak = r.leaks[0]!;
  leakIsFirstFinding(t, r);
  // V8's sampling heap profiler names the outermost frame of optimised code, so the small helpers
  // inlined into the handler are charged to it: any of the three is the function that fills the cache.
  t.match(leak.function, /^(handle|rememberPayload|buildPayload)$/, `leak at ${leak.function}`);
  t.match(leak.file, /node-leak\/service\.js$/);
  // The fit's interval is wide on a busy machine (the request rate wanders); it must still hold the payload.
  const per = leak.growth.bytesPerRequest;
  t.ok(per.low > 0.5 * PAYLOAD && per.high > PAYLOAD, `growth per request ${per.value} [${per.low}, ${per.high}] holds the ${PAYLOAD}-byte payload`);
  // The live heap after a full GC at both edges holds the payload plus the Map's own entry and table; the
  // requests are counted over the window, the heap read just after its edges, so requests in flight there
  // move the figure by a few percent either way.
  const retained = r.metric('memory_retained_per_request');
  t.ok(retained && retained.value >= 0.8 * PAYLOAD && retained.value < 1.6 * PAYLOAD, `live heap grew ${retained?.value} bytes per request`);
  t.ok(leak.growth.retainedBytes > 0, 'the retention profile holds what was kept');
  t.same(leak.strategies.slice(0, 1), ['bound-cache']);
  t.equal(r.records.find((x) => x.type === 'bottleneck')?.cause, 'memory-leak', "the leak is perf-analyze's first bottleneck");
});

t.test('the same service with the cache bounded: no leak finding', async (t) => {
  const r = await run('bounded', ['cpu', 'heap']);
  t.equal(r.code, 0, r.why);
  t.equal(r.leaks.length, 0, r.why);
  t.ok(r.records.some((x) => x.type === 'diagnostic' && x.code === 'no-memory-leak'), 'says why not');
});

t.test('a service that only churns: a memory churn finding, no leak finding', async (t) => {
  const r = await run('churn', ['cpu', 'alloc']);
  t.equal(r.code, 0, r.why);
  t.equal(r.leaks.length, 0, r.why);
  const churn = r.records.filter((x) => x.type === 'bottleneck' && x.category === 'memory' && x.kind === 'alloc' && /service\.js$/.test(x.file));
  t.ok(churn.length > 0, `a churn bottleneck in the service: ${r.records.filter((x) => x.type === 'bottleneck').map((x) => `${x.category}/${x.cause}@${x.function}`).join(', ')}`);
});
