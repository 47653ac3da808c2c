// The decoder's growable list of doubles: values read back in order across
// growth, integers past 2^32 and fractions kept exactly.
import t from 'tap';
import { NumberList } from '../../lib/pprof/number-list.js';

t.test('a million values across many growths, read back', async (t) => {
  const list = new NumberList();
  const n = 1_000_000;
  for (let i = 0; i < n; i++) list.push(i * 3 + 0.5);
  t.equal(list.length, n);
  let bad = 0;
  for (let i = 0; i < n; i++) if (list.at(i) !== i * 3 + 0.5) bad++;
  t.equal(bad, 0, 'every value where it was pushed');
  list.push(2 ** 53 - 1);
  list.push(-0.125);
  t.same([list.at(n), list.at(n + 1)], [2 ** 53 - 1, -0.125]);
});
