// The scenarios file through the real bins: every error is one line on stderr
// naming the file and the place (line:col for syntax, a JSON path for shape),
// exit 2, nothing on stdout and nothing started. Plus the bundled demo's file
// and the ad-hoc defaults.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { defaultProfilerFor } from '../../lib/collectors/registry.js';
import { parseScenariosFile, resolveScenario } from '../../lib/scenarios/load.js';
import { NOTHING_TO_DO } from '../../lib/cli/collect.js';
import { ProfilerError } from '../../lib/base/errors.js';
import { ROOT, readText, runBin, tempRoot } from '../helpers.js';

function collectWith(text: string | undefined) {
  const dir = tempRoot('perf-scenarios-');
  if (text !== undefined) writeFileSync(join(dir, 'perf-scenarios.json'), text);
  return runBin('perf-collect', ['--run-profile'], { cwd: dir });
}

const good = (load: object, extra: object = {}) => JSON.stringify({ version: 1, scenarios: { default: { command: ['node', 'x.js'], load, ...extra } } });

/** The one-line message resolveScenario throws for a scenarios file, or '' when it resolves. */
function errorFor(text: string | undefined, req: { scenario?: string; profiler?: string; command?: string[]; config?: string } = {}): string {
  const dir = tempRoot('perf-scenarios-');
  if (text !== undefined) writeFileSync(join(dir, 'perf-scenarios.json'), text);
  try {
    resolveScenario({ command: [], ...req, cwd: dir });
    return '';
  } catch (err) {
    if (!(err instanceof ProfilerError) || err.exitCode !== 2) throw err; // fails the test
    return err.message;
  }
}

t.test('errors name the file and the place, and show the expected shape', async (t) => {
  const cases: [string, string | undefined, Parameters<typeof errorFor>[1], RegExp][] = [
    ['missing --config file', undefined, { config: 'other.json' }, /^other\.json: no such scenarios file/],
    ['wrong version', JSON.stringify({ version: 2, scenarios: {} }), {}, /^perf-scenarios\.json: \$\.version: must be 1$/],
    ['unknown load kind', good({ kind: 'soak' }), {}, /\$\.scenarios\.default\.load\.kind: must be equal to one of the allowed values \("http", "command", "none"\)/],
    ['unknown key', good({ kind: 'none' }, { warmup: 3 }), {}, /\$\.scenarios\.default: unknown key 'warmup' \(did you mean 'warmupS'\?\); expected \{"description"\?: string, "command": \[string, \.\.\.\],/],
    ['typo of a required key', JSON.stringify({ version: 1, scenarios: { default: { comand: ['x'], load: { kind: 'none' } } } }), {}, /^perf-scenarios\.json: \$\.scenarios\.default: unknown key 'comand' \(did you mean 'command'\?\); expected \{/],
    ['typo inside a load kind', good({ kind: 'http', url: 'http://127.0.0.1:1', conections: 3 }), {}, /\$\.scenarios\.default\.load: unknown key 'conections' \(did you mean 'connections'\?\); expected \{"kind": "http", "url": string,/],
    ['nothing close', good({ kind: 'none' }, { zzzzzz: 1 }), {}, /\$\.scenarios\.default: unknown key 'zzzzzz'; expected \{/],
    ['a top-level typo', JSON.stringify({ version: 1, scenario: {} }), {}, /^perf-scenarios\.json: \$: unknown key 'scenario' \(did you mean 'scenarios'\?\); expected \{"\$schema"\?: string, "version": 1, "scenarios": \{\.\.\.\}\}$/],
    ['a value out of range shows its own range', good({ kind: 'none' }, { warmupS: -1 }), {}, /\$\.scenarios\.default\.warmupS: must be >= 0; expected number >= 0, <= 3600$/],
    ['a bad path', good({ kind: 'http', url: 'http://127.0.0.1:1', paths: ['/ok', 'no-slash'] }), {}, /\$\.scenarios\.default\.load\.paths\[1\]: must match pattern/],
    ['a bad profiler url', good({ kind: 'none' }, { profiler: { name: 'pprof', url: 'http://[::1' } }), {}, /\$\.scenarios\.default\.profiler\.url: 'http:\/\/\[::1' is not a valid URL/],
    ['command not an array', JSON.stringify({ version: 1, scenarios: { default: { command: 'node x.js', load: { kind: 'none' } } } }), {}, /\$\.scenarios\.default\.command: must be array/],
    ['ready without a check', good({ kind: 'none' }, { ready: { timeoutMs: 5 } }), {}, /\$\.scenarios\.default\.ready: needs one of 'http', 'tcp' or 'line'/],
    ['odd scenario name', JSON.stringify({ version: 1, scenarios: { 'a b': { command: ['x'], load: { kind: 'none' } } } }), {}, /\$\.scenarios: name 'a b' must match pattern "\^\[A-Za-z0-9\._-\]\{1,64\}\$"/],
    ['unknown scenario', good({ kind: 'none' }), { scenario: 'soak' }, /^perf-scenarios\.json: \$\.scenarios: no scenario 'soak'; scenarios in this file: default$/],
    ['unknown profiler', good({ kind: 'none' }), { profiler: 'dtrace' }, /^unknown --profiler 'dtrace'$/],
    ['file and ad-hoc command', good({ kind: 'none' }), { scenario: 'default', command: ['node', 'x.js'] }, /give either -- CMD ARGS .* not both/],
  ];
  for (const [what, text, req, expected] of cases) t.match(errorFor(text, req), expected, what);
  // The shape shown is the wrong part's, not the whole file's.
  t.notMatch(errorFor(good({ kind: 'http' })), /"version"/, 'a load error does not repeat the file shape');
  t.equal(errorFor(good({ kind: 'http', url: 'http://127.0.0.1:1', paths: ['/a'] }, { ready: { tcp: '127.0.0.1:1' } })), '', 'a good file resolves');
});

t.test('through the real bin: one line on stderr, exit 2, no records', async (t) => {
  const cases: [string, string | undefined, RegExp][] = [
    ['missing file', undefined, /^perf-collect: perf-scenarios\.json: no such scenarios file; create one \(expected \{"version": 1, .*\), pass --config FILE, or run a command ad hoc with -- CMD ARGS\n$/],
    ['invalid JSON', '{\n  "version": 1,\n  "scenarios": { "default": { "command": ["node"], } }\n}\n', /^perf-collect: perf-scenarios\.json:3:52: invalid JSON \(.+\); expected a JSON object\n$/],
    ['http load without url', good({ kind: 'http' }), /^perf-collect: perf-scenarios\.json: \$\.scenarios\.default\.load: missing property 'url'; expected .*\n$/],
  ];
  for (const [what, text, expected] of cases) {
    const r = collectWith(text);
    t.equal(r.code, 2, `${what}: exit 2`);
    t.match(r.stderr, expected, what);
    t.equal(r.stdout, '', `${what}: no records`);
  }
});

t.test('without --run-profile or --input: one message explaining both ways, exit 2', async (t) => {
  for (const bin of ['perf-collect', 'perf-profiler']) {
    const r = runBin(bin, [], { cwd: tempRoot() });
    t.equal(r.code, 2, bin);
    t.equal(r.stderr, `${bin}: ${NOTHING_TO_DO}\n`);
  }
});

t.test('the bundled demo scenarios file is valid and has default, api-stress-test and high-load', async (t) => {
  const file = join(ROOT, 'examples', 'demo-service', 'perf-scenarios.json');
  const scenarios = parseScenariosFile(readText(file), file);
  for (const name of ['default', 'api-stress-test', 'high-load']) t.ok(Object.hasOwn(scenarios, name), `has ${name}`);
  for (const s of Object.values(scenarios)) t.equal(s.load.kind, 'http');
  const resolved = resolveScenario({ config: file, scenario: 'api-stress-test', command: [], cwd: ROOT });
  t.equal(resolved.cwd, join(ROOT, 'examples', 'demo-service'), 'cwd is relative to the scenarios file');
  t.equal(resolved.settings.name, 'node');
});

t.test('ad hoc: no file, load none, profiler by runtime', async (t) => {
  const r = resolveScenario({ command: ['python3', 'job.py'], cwd: '/tmp' });
  t.same(r.scenario, { name: 'ad-hoc', command: ['python3', 'job.py'], load: { kind: 'none' } });
  t.equal(r.settings.name, 'python');
  t.equal(resolveScenario({ command: ['python3', 'job.py'], cwd: '/tmp', profiler: 'cprofile' }).settings.name, 'cprofile', '--profiler wins');
  const cases: [string[], string][] = [
    [['node', 'a.js'], 'node'],
    [['npm', 'start'], 'node'],
    [['npx', 'jest'], 'node'],
    [['./tool.mjs'], 'node'],
    [['/usr/bin/python3.12', 'x.py'], 'python'],
    [['java', '-jar', 'app.jar'], 'jfr'],
    [['./server'], 'perf'],
  ];
  for (const [command, name] of cases) t.equal(defaultProfilerFor(command), name, command.join(' '));
});
