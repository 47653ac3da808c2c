// What reaches the HTML reports from a profile is hostile text: function names
// with markup, quotes and script terminators. Escaped, it reads back as it was.
import t from 'tap';
import { esc, jsonForScript, num } from '../../../lib/exporters/html/escape.js';

const HOSTILE = `</script><script>alert("x")</script> <!-- a & 'b' \u2028\u2029`;

t.test('esc: no markup survives, the text reads back', async (t) => {
  const escaped = esc(HOSTILE);
  t.notMatch(escaped, /[<>"']/);
  const decoded = escaped.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
  t.equal(decoded, HOSTILE);
  t.equal(esc(42), '42');
});

t.test('jsonForScript: cannot end the script element, parses back to the same value', async (t) => {
  const value = { name: HOSTILE, nested: [HOSTILE, 1] };
  const text = jsonForScript(value);
  t.notMatch(text, /<\/|<!--|\u2028|\u2029/);
  t.same(JSON.parse(text), value);
});

t.test('num: one decimal at most, never -0', async (t) => {
  t.same([num(1.25), num(3), num(-0.01), num(0.04), num(12.96)], ['1.3', '3', '0', '0', '13']);
});
