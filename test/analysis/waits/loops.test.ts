// Loop detection from source, on the wait fixture's own service and on small cases.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { callIsInLoop } from '../../../lib/analysis/waits/loops.js';
import { FIXTURES } from '../../helpers.js';

const service = readFileSync(join(FIXTURES, 'programs', 'node-waits', 'service.js'), 'utf8').split('\n');
const lineOf = (text: string) => service.findIndex((l) => l.includes(text)) + 1;

t.test('the fixture: the await in the for loop is in a loop, the helper and the plain awaits are not', async (t) => {
  t.ok(callIsInLoop(service, lineOf('items.push(await getJson(')));
  t.ok(callIsInLoop(service, lineOf('ids.map((id) => getJson(')), 'an array iteration callback');
  t.notOk(callIsInLoop(service, lineOf('const req = http.get(')), 'inside the helper: no loop before its function');
  t.notOk(callIsInLoop(service, lineOf("const account = await getJson('/accounts")));
});

t.test('small cases', async (t) => {
  const src = (text: string) => text.split('\n');
  t.ok(callIsInLoop(src('for (const id of ids) await get(id);'), 1), 'one-line loop');
  t.ok(callIsInLoop(src('while (more) {\n  const page = await next();\n}'), 2));
  t.ok(callIsInLoop(src('ids.forEach(async (id) => {\n  if (id) {\n    await get(id);\n  }\n});'), 3), 'nested block inside the callback');
  t.notOk(callIsInLoop(src('for (const x of xs) {\n  sum += x;\n}\nawait save(sum);'), 4), 'after the loop closed');
  t.notOk(callIsInLoop(src('async function f() {\n  await get("{");\n}'), 2), 'braces in strings do not count');
  t.notOk(callIsInLoop(src('x'), 5), 'a line past the end');
});
