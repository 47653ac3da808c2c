// What the scenarios schema cannot say, checked when the file is read (so
// --dry-run catches it): every regex compiles and every URL parses, each
// error naming its JSON path; through the module and the real perf-collect.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { checkScenarioSemantics } from '../../lib/scenarios/semantics.js';
import { runBin, tempRoot } from '../helpers.js';

const base = { command: ['node', 'server.js'], load: { kind: 'none' as const } };

t.test('regexes and URLs, each at its path', async (t) => {
  const check = (scenario: object) => () => checkScenarioSemantics({ web: { ...base, ...scenario } as never }, 'perf-scenarios.json');
  t.doesNotThrow(check({ ready: { line: '^listening on \\d+$', http: 'http://127.0.0.1:8080/health' }, load: { kind: 'http', url: 'http://127.0.0.1:8080/', paths: ['/a', '/b?x=1'] } }));
  t.throws(check({ ready: { line: 'listening (on' } }), { code: 'bad-input', message: /^perf-scenarios\.json: \$\.scenarios\.web\.ready\.line: \/listening \(on\/ is not a valid regular expression \(/ });
  t.throws(check({ ready: { http: 'localhost:8080' } }), { message: /\$\.scenarios\.web\.ready\.http: 'localhost:8080' is not (a valid|an http\(s\)) URL/ });
  t.throws(check({ load: { kind: 'http', url: 'ftp://host/x' } }), { message: /\$\.scenarios\.web\.load\.url: 'ftp:\/\/host\/x' is not an http\(s\) URL/ });
  t.throws(check({ load: { kind: 'http', url: 'http://127.0.0.1:8080/', paths: ['/a', ':99999x'] } }), { message: /\$\.scenarios\.web\.load\.paths\[1\]: / });
  t.throws(check({ profiler: { name: 'pprof', url: 'not a url' } }), { message: /\$\.scenarios\.web\.profiler\.url: 'not a url' is not a valid URL/ });
});

t.test('--dry-run refuses a bad regex before anything starts', async (t) => {
  const dir = tempRoot('semantics-');
  writeFileSync(join(dir, 'perf-scenarios.json'), JSON.stringify({ version: 1, scenarios: { default: { ...base, ready: { line: '(' } } } }));
  const r = runBin('perf-collect', ['--run-profile', '--dry-run'], { cwd: dir });
  t.equal(r.code, 2);
  t.match(r.stderr, /perf-scenarios\.json: \$\.scenarios\.default\.ready\.line: \/\(\/ is not a valid regular expression/);
});
