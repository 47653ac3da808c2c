// The sample count of a profile record (the share's interval itself: test/base/share-interval.test.ts).
import t from 'tap';
import { sampleCount } from '../../../lib/plan/calibration/share-noise.js';

t.test('the sample count is the total of the count-typed sample type', async (t) => {
  t.equal(sampleCount({ sampleTypes: [{ type: 'samples', unit: 'count' }, { type: 'cpu', unit: 'nanoseconds' }], totals: [250, 2.5e9] }), 250);
  t.equal(sampleCount({ sampleTypes: [{ type: 'cpu', unit: 'nanoseconds' }], totals: [2.5e9] }), undefined, 'no count type: unknown');
  t.equal(sampleCount({ sampleTypes: [{ type: 'samples', unit: 'count' }] }), undefined, 'no totals: unknown');
});
