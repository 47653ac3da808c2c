// What the JSON importers share: a real profile file read and parsed, a BOM
// dropped, a broken file named with what was expected, file URLs as paths.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { headText, parseJsonBytes, pathOfUrl, readJson } from '../../lib/importers/json-input.js';
import { openSource } from '../../lib/importers/registry.js';
import { PROFILES, tempRoot } from '../helpers.js';

t.test('a real .cpuprofile read whole and parsed', async (t) => {
  const value = (await readJson(await openSource(join(PROFILES, 'node-hot-loop.cpuprofile')), 'a V8 CPU profile')) as { nodes: unknown[]; samples: unknown[] };
  t.ok(Array.isArray(value.nodes) && value.nodes.length > 0);
  t.ok(Array.isArray(value.samples) && value.samples.length > 0);
});

t.test('a BOM dropped; broken JSON named with the file and what was expected', async (t) => {
  t.same(parseJsonBytes(Buffer.from('\uFEFF{"a":1}'), 'x.json', 'a thing'), { a: 1 });
  const dir = tempRoot('json-input-');
  const bad = join(dir, 'bad.cpuprofile');
  writeFileSync(bad, '{"nodes": [1, 2,');
  await t.rejects(readJson(await openSource(bad), 'a V8 CPU profile'), { code: 'bad-input', message: /^.*bad\.cpuprofile: not valid JSON for a V8 CPU profile \(/ });
  t.equal(headText(Buffer.from('\uFEFF  \n {"x"')), '{"x"');
});

t.test('file URLs as paths; anything else unchanged', async (t) => {
  t.equal(pathOfUrl('file:///srv/app/my%20server.js'), '/srv/app/my server.js');
  t.equal(pathOfUrl('node:internal/fs'), 'node:internal/fs');
  t.equal(pathOfUrl('https://example.com/a.js'), 'https://example.com/a.js');
});
