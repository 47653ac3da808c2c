// The sampling interval of a share read from N samples, and the sample count of a profile record.
import t from 'tap';
import { sampleCount, shareInterval } from '../../../lib/plan/calibration/share-noise.js';

t.test("Wilson's interval: inside 0..1, narrower with more samples, the share as read when N is unknown", async (t) => {
  const few = shareInterval(0.5, 20);
  const many = shareInterval(0.5, 2000);
  t.ok(few.low < many.low && few.high > many.high, `20 samples ${JSON.stringify(few)} wider than 2000 ${JSON.stringify(many)}`);
  t.ok(Math.abs(few.low - 0.299) < 0.002 && Math.abs(few.high - 0.701) < 0.002, 'the textbook values for 10 of 20');
  const all = shareInterval(1, 24);
  t.equal(all.high, 1, 'never above 1');
  t.ok(all.low < 0.9, `24 of 24 samples still leave room below (${all.low})`);
  t.same(shareInterval(0.3, undefined), { low: 0.3, high: 0.3 });
});

t.test('the sample count is the total of the count-typed sample type', async (t) => {
  t.equal(sampleCount({ sampleTypes: [{ type: 'samples', unit: 'count' }, { type: 'cpu', unit: 'nanoseconds' }], totals: [250, 2.5e9] }), 250);
  t.equal(sampleCount({ sampleTypes: [{ type: 'cpu', unit: 'nanoseconds' }], totals: [2.5e9] }), undefined, 'no count type: unknown');
  t.equal(sampleCount({ sampleTypes: [{ type: 'samples', unit: 'count' }] }), undefined, 'no totals: unknown');
});
