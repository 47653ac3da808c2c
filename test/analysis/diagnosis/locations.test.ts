// The run totals and the per-location summary the decision table reads; here
// the weight a delay resource gets against the run's CPU time.
import t from 'tap';
import { delayWeight, runTotals, type RunTotals } from '../../../lib/analysis/diagnosis/locations.js';
import { replayPlanned } from './replay.js';

const totals = (byResource: [string, number, string][]): RunTotals => {
  const t = runTotals([]);
  for (const [r, v, unit] of byResource) {
    t.byResource.set(r as never, v);
    t.units.set(r as never, unit);
  }
  return t;
};

t.test('a lock delay small next to the CPU time weighs by delay over CPU time', async (t) => {
  // The Go service of test/e2e/go-downstream: 72 ms of lock delay, 5 s of CPU.
  t.equal(delayWeight(totals([['cpu', 5e9, 'nanoseconds'], ['lock', 72e6, 'nanoseconds']]), 'lock'), 72e6 / 5e9);
});

t.test('a delay larger than the CPU time keeps its full weight', async (t) => {
  // Eight goroutines serialized on one mutex: about seven waiting for each one working.
  t.equal(delayWeight(totals([['cpu', 2e9, 'nanoseconds'], ['lock', 14e9, 'nanoseconds']]), 'lock'), 1);
});

t.test('units of time are put on one scale', async (t) => {
  t.equal(delayWeight(totals([['cpu', 5e6, 'microseconds'], ['block', 5e8, 'nanoseconds']]), 'block'), 0.1);
});

t.test('without a CPU profile, or in units that are not time, the delay is all there is: weight 1', async (t) => {
  t.equal(delayWeight(totals([['lock', 72e6, 'nanoseconds']]), 'lock'), 1);
  t.equal(delayWeight(totals([['cpu', 500, 'count'], ['lock', 72e6, 'nanoseconds']]), 'lock'), 1);
  t.equal(delayWeight(totals([['cpu', 5e9, 'nanoseconds'], ['lock', 0, 'nanoseconds']]), 'lock'), 1);
});

t.test('a time profile that saw a location in fewer than 5 samples does not set its share or cause (a real JFR run)', async (t) => {
  // Exceptions.java (test/fixtures/programs/corpus-misses) under the jfr profiler: 110 of 159 execution
  // samples in parseOrDefault (its exceptions), and JFR's native-method samples, 2 of 2 in parseOrDefault:
  // read as "100% of wall time" they made the location's share (then under 5 samples: no finding) and its
  // cause (hot-function). Kept as perf-collect wrote it: java-exceptions-native.ndjson.
  const records = replayPlanned('java-exceptions-native.ndjson');
  const first = records.find((r) => r.type === 'finding' && r.rank === 1);
  t.match(first, { function: 'Exceptions.parseOrDefault', cause: 'exceptions', impact: { resource: 'cpu' } }, `first: ${first?.function} ${first?.cause} ${first?.impact?.resource}`);
  t.ok(first?.strategies.includes('avoid-exceptions'), 'planned as exceptions');
  t.ok(records.some((r) => r.type === 'profile' && r.profileId === 'jfr-native'), 'the native-method profile is in the run');
});
