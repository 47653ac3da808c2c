// The run totals and the per-location summary the decision table reads; here
// the weight a delay resource gets against the run's CPU time.
import t from 'tap';
import { delayWeight, runTotals, type RunTotals } from '../../../lib/analysis/diagnosis/locations.js';

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
