import t from 'tap';
import { parseXml } from '../../lib/importers/xml-subset.js';

t.test('elements, attributes, entities, comments and the declaration', async (t) => {
  const root = parseXml(`\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- c -->\n<a x="1 &lt; 2 &amp;&#65;&#x42;" y='"q"'>\n  <b/>\n  <!-- inside -->\n  <c z="&quot;&apos;&gt;"></c>\n</a>\n<!-- after -->\n`, 'f.xml');
  t.same(root, {
    name: 'a',
    attrs: { x: '1 < 2 &AB', y: '"q"' },
    line: 3,
    children: [
      { name: 'b', attrs: {}, children: [], line: 4 },
      { name: 'c', attrs: { z: `"'>` }, children: [], line: 6 },
    ],
  });
});

t.test('refuses what machine-written exports never contain, with the line', async (t) => {
  const bad: [string, RegExp][] = [
    ['<a>\n<b>\n</a>', /^f\.xml:3: <\/a> closes <b> from line 2$/],
    ['<a>\ntext\n</a>', /^f\.xml:2: unexpected text inside <a>/],
    ['<!DOCTYPE a>\n<a/>', /^f\.xml:1: DOCTYPE and CDATA sections are not supported/],
    ['<a x="1" x="2"/>', /^f\.xml:1: attribute x repeated$/],
    ['<a x=1/>', /^f\.xml:1: expected a quoted value for attribute x$/],
    ['<a x="&bogus;"/>', /^f\.xml:1: unknown entity '&bogus;'$/],
    ['<a x="a & b"/>', /^f\.xml:1: '&' not followed by an entity name and ';'$/],
    ['<a>\n<b/>', /^f\.xml:2: <a> from line 1 never closed$/],
    ['<a/>\n<b/>', /^f\.xml:2: content after the root element$/],
    ['', /^f\.xml:1: no root element$/],
    ['<a><!-- open', /^f\.xml:1: comment never closed$/],
  ];
  for (const [text, message] of bad) t.throws(() => parseXml(text, 'f.xml'), { code: 'bad-input', message }, JSON.stringify(text));
});
