// JSON errors that point at the place: a broken scenarios file named by line
// and column, through the module and through the real perf-collect (exit 2,
// one line); JSON paths written as jq writes them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { jsonPath, lineColOf, parseJsonText } from '../../lib/scenarios/json-text.js';
import { runBin, tempRoot } from '../helpers.js';

const BROKEN = '{\n  "version": 1,\n  "scenarios": {\n    "default": { "command": ["node", "x.js"], }\n  }\n}\n';

t.test('a syntax error at its line and column', async (t) => {
  const at = BROKEN.indexOf('}', BROKEN.indexOf('x.js'));
  t.same(lineColOf(BROKEN, at), { line: 4, col: at - BROKEN.lastIndexOf('\n', at) });
  t.throws(() => parseJsonText(BROKEN, 'perf-scenarios.json'), { code: 'bad-input', message: new RegExp(`^perf-scenarios\\.json:4:${at - BROKEN.lastIndexOf('\n', at)}: invalid JSON \\(.*\\); expected a JSON object$`) });
  t.same(parseJsonText('{"a":[1]}', 'f'), { a: [1] });
  t.throws(() => parseJsonText('', 'empty.json'), { message: /^empty\.json:1:1: invalid JSON/ });
});

t.test('perf-collect names the place, in one line, exit 2', async (t) => {
  const dir = tempRoot('json-text-');
  writeFileSync(join(dir, 'perf-scenarios.json'), BROKEN);
  const r = runBin('perf-collect', ['--run-profile', '--dry-run'], { cwd: dir });
  t.equal(r.code, 2);
  t.match(r.stderr.trim(), /perf-scenarios\.json:4:\d+: invalid JSON/);
  t.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  t.equal(r.stdout, '');
});

t.test('JSON paths as jq writes them', async (t) => {
  t.equal(jsonPath(''), '$');
  t.equal(jsonPath('/scenarios/default/load/paths/0'), '$.scenarios.default.load.paths[0]');
  t.equal(jsonPath('/scenarios/my scenario/env/a~1b'), '$.scenarios["my scenario"].env["a/b"]');
  t.equal(jsonPath('/scenarios/01'), '$.scenarios["01"]', 'a name that only looks like an index');
});
