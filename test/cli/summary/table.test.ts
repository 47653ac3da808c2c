// Terminal columns: padded to the widest cell, numbers right-aligned, the
// last column ragged (a long name pads nothing).
import t from 'tap';
import { heldBack, plural, textTable } from '../../../lib/cli/summary/table.js';

t.test('columns line up; the last is left ragged', async (t) => {
  const lines = textTable(['flat', 'function'], [['3.48 s', 'main'], ['120 ms', 'a.very.long.function.name']], ['right', 'left']);
  t.same(lines, ['    flat  function', '  3.48 s  main', '  120 ms  a.very.long.function.name']);
  t.same(textTable(['a', 'b', 'c'], [['x', '', 'z']], ['left', 'left', 'left'], ''), ['a  b  c', 'x     z']);
});

t.test('plural and the held-back line', async (t) => {
  t.equal(plural(1, 'profile'), '1 profile');
  t.equal(plural(3, 'profile'), '3 profiles');
  t.equal(heldBack(1, '| perf-plan'), '1 record not shown on the terminal: pipe them on (| perf-plan), or pass --ndjson.');
});
