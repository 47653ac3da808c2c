// The XML reader under the JProfiler importer: saxes' events built into an
// element tree, each error bad input naming the file and the line.
import t from 'tap';
import { parseXml } from '../../lib/importers/xml-tree.js';

const DEPTH = 65_536;

t.test('elements, attributes, entities, comments, CDATA and the declaration', async (t) => {
  const text = `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- c -->\n<a x="1 &lt; 2 &amp;&#65;&#x42;" y='"q"'>\n  <b/>\n  <!-- inside -->\n  <c z="&quot;&apos;&gt;"\n     w="2"></c>\n  text and <![CDATA[<data>]]> are skipped\n</a>\n<!-- after -->\n`;
  t.same(parseXml(text, 'f.xml', DEPTH), {
    name: 'a',
    attrs: { x: '1 < 2 &AB', y: '"q"' },
    line: 3,
    children: [
      { name: 'b', attrs: {}, children: [], line: 4 },
      { name: 'c', attrs: { z: `"'>`, w: '2' }, children: [], line: 6 },
    ],
  });
  t.equal(parseXml('<a\n  x="1"\n/>', 'f.xml', DEPTH).line, 1, 'a start tag over lines: the line it starts on');
});

t.test('refuses what is not well-formed, with the file and line', async (t) => {
  const bad: [string, RegExp][] = [
    ['<a>\n<b>\n</a>', /^f\.xml:3: <\/a> closes <b> from line 2$/],
    ['<!DOCTYPE a [<!ENTITY x "y">]>\n<a>&x;</a>', /^f\.xml:1: a DOCTYPE is not supported in this export/],
    ['<a x="1" x="2"/>', /^f\.xml:1: duplicate attribute: x$/],
    ['<a x=1/>', /^f\.xml:1: unquoted attribute value$/],
    ['<a x="&bogus;"/>', /^f\.xml:1: undefined entity$/],
    ['<a>\n<b/>', /^f\.xml:2: <a> from line 1 never closed$/],
    ['<a/>\n<b/>', /^f\.xml:2: documents may contain only one root$/],
    ['', /^f\.xml:1: document must contain a root element$/],
    ['<a><!-- open', /^f\.xml:1: <a> from line 1 never closed$/],
    ['<a>\n\n<b x="\u0001"/></a>', /^f\.xml:3: /],
  ];
  for (const [text, message] of bad) t.throws(() => parseXml(text, 'f.xml', DEPTH), { code: 'bad-input', message }, JSON.stringify(text));
});

t.test('nesting: as deep as the limit allows without using the stack, one deeper refused where it starts', async (t) => {
  const depth = 100_000;
  const chain = (n: number) => '<n>\n'.repeat(n) + '</n>'.repeat(n);
  let deepest = parseXml(chain(depth), 'deep.xml', depth - 1);
  let levels = 1;
  while (deepest.children[0]) {
    deepest = deepest.children[0];
    levels++;
  }
  t.equal(levels, depth, `${depth} levels read (the recursive reader this replaced refused past 10,000)`);
  t.equal(deepest.line, depth);
  t.throws(() => parseXml(chain(depth), 'deep.xml', depth - 2), { code: 'bad-input', message: `deep.xml:${depth}: elements nested more than ${depth - 2} below the root (the deepest stack a profile may hold, PERF_MAX_STACK_DEPTH)` });
});
