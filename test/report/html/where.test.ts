// A location in report.html: short (relative to the source root) as text, the
// absolute path as its tooltip when it differs, escaped.
import t from 'tap';
import { whereHtml } from '../../../lib/report/html/where.js';
import { demoContents } from '../demo-run.js';

t.test("the demo run's findings, shown relative to its root", async (t) => {
  const c = demoContents();
  const f = c.findings.find((x) => x.file)!;
  const html = whereHtml(c, f.file, f.line);
  t.equal(html, `<code class="where-at" title="${f.file}:${f.line}">${f.file.slice(c.sourceRoot!.length + 1)}:${f.line}</code>`);
  t.notMatch(html, new RegExp(`>${c.sourceRoot}`), 'the root is not in the text');
});

t.test('no root, no file, no line, hostile names', async (t) => {
  const none = { sourceRoot: undefined } as never;
  t.equal(whereHtml(none, '/srv/app/a.js', 3), '<code class="where-at">/srv/app/a.js:3</code>', 'nothing cut: no tooltip');
  t.equal(whereHtml(none, '', 3), '', 'no file: nothing');
  t.equal(whereHtml({ sourceRoot: '/srv/app' } as never, '/srv/app/a.js', 0), '<code class="where-at" title="/srv/app/a.js">a.js</code>', 'no line');
  t.equal(whereHtml(none, '/x/<b>"q".js', 1), '<code class="where-at">/x/&lt;b&gt;&quot;q&quot;.js:1</code>');
});
