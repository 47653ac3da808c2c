import { Readable } from 'node:stream';
import t from 'tap';
import { jsonArrayItems } from '../../lib/importers/json-items.js';

async function items(text: string, paths: string[][], chunk = text.length || 1, options = {}) {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += chunk) pieces.push(text.slice(i, i + chunk));
  const out: [unknown, number][] = [];
  for await (const item of jsonArrayItems(Readable.from(pieces), 'in.json', paths, 'a test document', options)) out.push([item.value, item.line]);
  return out;
}

t.test('finds the array by its key path wherever it sits, whatever the chunking', async (t) => {
  const text = '{"meta": {"events": [{"no": 1}]},\n "a": "}]\\"[{",\n "events": [\n  {"k": "v{}[]\\"", "n": [1, {"x": 2}]},\n  {"k": "é"}\n ],\n "tail": [{"no": 2}]}';
  const expected = [[{ k: 'v{}[]"', n: [1, { x: 2 }] }, 4], [{ k: 'é' }, 5]];
  for (const chunk of [1, 2, 3, 7, 1000]) t.same(await items(text, [['events']], chunk), expected, `chunks of ${chunk}`);
  t.same(await items('[{"a": 1}, {"b": 2}]', [[]]), [[{ a: 1 }, 1], [{ b: 2 }, 1]], 'a top-level array');
  t.same(await items('[{"a": 1},\n', [[]], 3, { allowUnclosedTopArray: true }), [[{ a: 1 }, 1]], 'unclosed top-level array when allowed');
});

t.test('errors name the line and what was expected', async (t) => {
  await t.rejects(items('[{"a": 1},\n', [[]]), { code: 'bad-input', message: /^in\.json:2: a test document ends early \(truncated JSON\)$/ });
  await t.rejects(items('{"events": [\n{"a": 1,}]}', [['events']]), { message: /^in\.json:2: invalid JSON in an element of a test document/ });
  await t.rejects(items('{"x": []}', [['events']]), { message: /^in\.json: expected a test document: no "events" array$/ });
  await t.rejects(items('{"events": [}', [['events']]), { message: /^in\.json:1: unbalanced '}' in a test document$/ });
  await t.rejects(items('  ', [['events']]), { message: /^in\.json: empty input; expected a test document$/ });
  await t.rejects(items('nope', [['events']]), { message: /^in\.json:1: expected a test document \(a JSON object\)$/ });
});
