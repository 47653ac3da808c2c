// Keys the real scenarios schema does not know, found first: a typo named with
// its JSON path, the nearest known key and the shape of the object it sits in;
// through the module and the real perf-collect.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { loadSchema } from '../../lib/records/validate.js';
import type { SchemaNode } from '../../lib/scenarios/shape.js';
import { didYouMean, firstUnknownKey } from '../../lib/scenarios/unknown-keys.js';
import { runBin, tempRoot } from '../helpers.js';

const root = loadSchema('scenarios.v1.schema.json') as SchemaNode;

t.test('the first unknown key, with what was likely meant', async (t) => {
  const typo = firstUnknownKey(root, { version: 1, scenarios: { web: { comand: ['node'], load: { kind: 'none' } } } })!;
  t.equal(typo.path, '$.scenarios.web');
  t.equal(typo.key, 'comand');
  t.equal(typo.suggestion, 'command');
  t.match(typo.expected, /^\{.*"command": \[string, \.\.\.\]/);
  const inLoad = firstUnknownKey(root, { version: 1, scenarios: { web: { command: ['node'], load: { kind: 'http', url: 'http://x/', conections: 2 } } } })!;
  t.same([inLoad.path, inLoad.key, inLoad.suggestion], ['$.scenarios.web.load', 'conections', 'connections'], 'inside the branch the kind names');
  t.equal(firstUnknownKey(root, { version: 1, scenarios: { web: { command: ['node'], load: { kind: 'none' }, env: { ANY_NAME: '1' } } } }), undefined, 'env takes any name');
  const far = firstUnknownKey(root, { version: 1, scenarios: { web: { command: ['node'], load: { kind: 'none' }, zzz: 1 } } })!;
  t.notOk(far.suggestion, 'nothing close: no guess');
});

t.test('did you mean: at most a third of the letters wrong', async (t) => {
  t.equal(didYouMean('warmupS', ['warmupS', 'durationS']), 'warmupS');
  t.equal(didYouMean('Warmups', ['warmupS', 'durationS']), 'warmupS', 'case aside');
  t.equal(didYouMean('durationSeconds', ['warmupS', 'durationS']), undefined);
  t.equal(didYouMean('x', []), undefined);
});

t.test('perf-collect says it in one line, exit 2', async (t) => {
  const dir = tempRoot('unknown-keys-');
  writeFileSync(join(dir, 'perf-scenarios.json'), JSON.stringify({ version: 1, scenarios: { default: { comand: ['node', 'a.js'], load: { kind: 'none' } } } }));
  const r = runBin('perf-collect', ['--run-profile', '--dry-run'], { cwd: dir });
  t.equal(r.code, 2);
  t.match(r.stderr, /perf-scenarios\.json: \$\.scenarios\.default: unknown key 'comand' \(did you mean 'command'\?\); expected \{/);
  t.equal(r.stderr.trim().split('\n').length, 1);
});
