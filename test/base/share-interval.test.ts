// Wilson's interval of a share read from N samples.
import t from 'tap';
import { shareInterval } from '../../lib/base/share-interval.js';

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
