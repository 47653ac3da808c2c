import t from 'tap';
import { NS_PER_UNIT } from '../../lib/base/time-units.js';

t.test('units of time in nanoseconds; units that are not time have none', async (t) => {
  t.same([NS_PER_UNIT['nanoseconds'], NS_PER_UNIT['microseconds'], NS_PER_UNIT['milliseconds'], NS_PER_UNIT['seconds']], [1, 1e3, 1e6, 1e9]);
  t.equal(NS_PER_UNIT['count'], undefined);
  t.equal(NS_PER_UNIT['bytes'], undefined);
});
