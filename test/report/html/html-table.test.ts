// The report's HTML tables: function names from a profile are hostile text,
// escaped in every cell, caption and header; raw() cells pass through as the
// HTML they already are; numeric columns are marked for right alignment.
import t from 'tap';
import { htmlTable, raw } from '../../../lib/report/html/html-table.js';

t.test('hostile names escaped, raw cells kept, numeric columns marked', async (t) => {
  const hostile = '</td><script>alert(1)</script>';
  const html = htmlTable([{ title: 'function <name>' }, { title: 'self', numeric: true }], [[hostile, '12.5%'], [raw('<code>main</code>'), '1%']], 'top & "hot"');
  t.notMatch(html, '<script>', 'no markup from a name survives');
  t.match(html, '&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  t.match(html, '<caption>top &amp; &quot;hot&quot;</caption>');
  t.match(html, '<th>function &lt;name&gt;</th><th class="num">self</th>');
  t.match(html, '<tr><td><code>main</code></td><td class="num">1%</td></tr>');
  t.equal(html.match(/<tr>/g)!.length, 3, 'a header row and two rows');
});

t.test('no caption, no rows: still a well-formed table', async (t) => {
  t.equal(htmlTable([{ title: 'a' }], []), '<table><thead><tr><th>a</th></tr></thead>\n<tbody>\n\n</tbody></table>');
});
