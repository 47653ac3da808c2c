// A share near the floor must be above it with 95% confidence given the
// samples it was read from, not by the weight of a few samples. The real
// case: a run of the demo service (test/fixtures/profiles/diagnosis/
// demo-service-stalls.ndjson) whose request handler had 31 of 3,500 CPU
// samples (0.9%), eight of them followed by a stall of V8's sampler (11 ms
// until the next sample, against 2.8 ms), so its time share read 1.83% and
// it was an intermittent fifth finding, "hot-function in handle", beside
// the four planted problems.
import t from 'tap';
import { samplesOf, significantlyAbove } from '../../lib/analysis/significance.js';
import { replayPlanned, type Rec } from './diagnosis/replay.js';

t.test('the floor is tested on the samples, with their interval', async (t) => {
  t.ok(significantlyAbove(64, 3500, 1), '64 of 3,500 (1.8%): above 1% with 95% confidence');
  t.notOk(significantlyAbove(31, 3500, 1), '31 of 3,500 (0.9%): not');
  t.notOk(significantlyAbove(40, 3500, 1), '40 of 3,500 (1.14%): read above the floor but not above it with confidence');
  t.ok(significantlyAbove(31, 3500, 1, 0.02), 'a charged share (GC time its allocations cause) counts with the samples');
  t.ok(significantlyAbove(1, undefined, 1), 'no sample count known: the share as read decides');
  t.equal(samplesOf({ sampleTypes: [{ type: 'samples', unit: 'count' }, { type: 'cpu', unit: 'nanoseconds' }], samples: [{ stack: [], values: [3, 9] }, { stack: [], values: [4, 1] }] } as never), 7);
  t.equal(samplesOf({ sampleTypes: [{ type: 'cpu', unit: 'nanoseconds' }], samples: [{ stack: [], values: [9] }, { stack: [], values: [1] }] } as never), 2, 'no count type: its stacks');
});

t.test('the demo run with sampler stalls: the four planted problems, and the handler is below the floor', async (t) => {
  const records = replayPlanned('demo-service-stalls.ndjson');
  const findings = records.filter((r) => r.type === 'finding');
  t.same(findings.map((f) => f.function).sort(), ['buildReport', 'findRepeatCustomers', 'loadCatalogSync', 'searchCatalog'], findings.map((f: Rec) => `${f.function} ${f.cause} ${f.impact.sharePct}%`).join(', '));
  const below = records.find((r) => r.type === 'diagnostic' && r.code === 'below-threshold' && r.stage === 'perf-analyze' && /locations? of the user's code/.test(r.message));
  t.match(below?.message, /\bhandle\b/, 'the handler is named among the locations below the floor');
  t.notOk(records.some((r) => r.type === 'bottleneck' && r.function === 'handle'), 'nor a bottleneck of its profile');
  t.notOk(records.some((r) => r.type === 'plan-item' && /\bhandle\b/.test(r.title)), 'no plan item for it');
  // Read by time it is above the floor: the test holds only because the floor is tested on the samples.
  const hot = records.find((r) => r.type === 'hotspot' && r.function === 'handle' && r.by === 'self' && r.kind === 'cpu');
  t.ok(hot, 'the handler is still in the hotspots (pprof parity)');
});
