// Numbers in their units the way pprof prints them, and Markdown tables with pipes escaped.
import t from 'tap';
import { formatValue, location, mdTable, pct } from '../../lib/base/format.js';

t.test('nanoseconds and bytes scale to the largest whole unit; counts stay plain', async (t) => {
  t.same(
    [1.2e9, 35e6, 4500, 999, -2.5e9].map((v) => formatValue(v, 'nanoseconds')),
    ['1.2s', '35ms', '4.5us', '999ns', '-2.5s'],
  );
  t.same([3 * 2 ** 30, 4.5 * 2 ** 20, 2048, 100].map((v) => formatValue(v, 'bytes')), ['3GB', '4.5MB', '2kB', '100B']);
  t.same([formatValue(120, 'count'), formatValue(7, ''), formatValue(1.234, 'req/s')], ['120', '7', '1.23 req/s']);
});

t.test('percentages with two decimals; file:line only when there is a line', async (t) => {
  t.same([pct(12.3456), pct(0)], ['12.35%', '0.00%']);
  t.same([location('a.js', 12), location('a.js', 0), location('', 5)], ['a.js:12', 'a.js', '']);
});

t.test('a Markdown table escapes pipes and flattens newlines in cells', async (t) => {
  t.equal(mdTable(['a', 'b|c'], [['1', 'x|y'], ['two\nlines', '']]), '| a | b\\|c |\n| --- | --- |\n| 1 | x\\|y |\n| two lines |  |');
});
