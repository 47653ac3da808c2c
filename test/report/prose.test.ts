// Text from the records as every report shows it: paths under the root made
// relative, long numbers as people read them, a title without its location.
import t from 'tap';
import { bareTitle, prose, where } from '../../lib/report/prose.js';
import { demoContents } from './demo-run.js';

t.test("the demo run's evidence, diagnostics and plan texts, as people read them", async (t) => {
  const c = demoContents();
  const texts = [...c.findings.flatMap((f) => [f.why, ...f.evidence.map((e) => e.text)]), ...c.diagnostics.map((d) => d.message), ...c.planItems.flatMap((p) => [p.description, p.method, p.strategy])];
  t.ok(texts.some((x) => x.includes(`${c.sourceRoot}/`)), 'the records hold absolute paths');
  for (const text of texts) t.notOk(prose(c, text).includes(`${c.sourceRoot}/`), 'none left in what people read');
  t.notOk(texts.map((x) => prose(c, x)).some((x) => /\d\.\d{4,}%/.test(x)), 'no four-decimal shares');
  const f = c.findings.find((x) => x.file)!;
  t.equal(where(c, f.file, f.line), `${f.file.slice(c.sourceRoot!.length + 1)}:${f.line}`);
});

t.test("a plan item's title without the location it ends with", async (t) => {
  t.equal(bareTitle('Cache the result of loadParts (server.js:57)'), 'Cache the result of loadParts');
  t.equal(bareTitle('Cache the result of f (see notes)'), 'Cache the result of f (see notes)', 'only a file:line');
  t.equal(bareTitle('Use a Set in (anonymous) (a.js:3)'), 'Use a Set in (anonymous)');
});
