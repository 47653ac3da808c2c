// The scenarios file: broken JSON, wrong shapes, regexes and URLs that do not
// parse, numbers out of range, huge arrays. Every file is a scenario set or one
// clean exit-2 error naming the place; through the real bin with --dry-run it
// never writes a file, crashes or hangs.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import t from 'tap';
import { parseScenariosFile } from '../../lib/scenarios/load.js';
import { ROOT, runBin, tempRoot } from '../helpers.js';
import { endsCleanly, fuzzParams, mutationsOf } from './harness.js';

const DEMO = readFileSync(join(ROOT, 'examples/demo-service/perf-scenarios.json'));
const parse = (text: string) => () => parseScenariosFile(text, 'perf-scenarios.json');
// Compile the schema once before timing any case: the first call pays for it.
parseScenariosFile(DEMO.toString('utf8'), 'perf-scenarios.json');

/** Values a hostile or careless file might hold where a number, string or list is expected. */
const wild = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.double(),
  fc.integer({ min: -1e15, max: 1e15 }),
  fc.constantFrom(0, -1, 65536, 3600001, 1e308, '', 'http://', 'ftp://x', 'http://[::1', '(', '[a-', '(a+)+$', '\\'),
);
const regexish = fc.oneof(fc.string({ maxLength: 12 }), fc.stringMatching(/^[()[\]{}*+?|\\^$.a-z0-9]{1,10}$/));
const urlish = fc.oneof(fc.webUrl(), fc.string({ maxLength: 20 }).map((s) => `http://${s}`), fc.constantFrom('http://127.0.0.1:0', 'https://x:99999/', 'http:// bad'));
const scenario = fc.record(
  {
    command: fc.oneof(fc.constant(['node', 'server.js']), fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }), wild),
    ready: fc.record({ http: urlish, tcp: fc.oneof(fc.integer({ min: -5, max: 70000 }), fc.string({ maxLength: 12 })), line: regexish, timeoutMs: wild }, { requiredKeys: [] }),
    warmupS: wild,
    durationS: wild,
    load: fc.oneof(
      fc.record({ kind: fc.constant('http'), url: urlish, connections: wild, paths: fc.oneof(fc.array(fc.string({ maxLength: 6 }), { maxLength: 4 }), fc.integer({ min: 0, max: 50_000 }).map((n) => Array(n).fill('/x'))), timeoutMs: wild }, { requiredKeys: ['kind'] }),
      fc.record({ kind: fc.constantFrom('command', 'none', 'grpc'), command: fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }) }, { requiredKeys: ['kind'] }),
    ),
    profiler: fc.record({ name: fc.constantFrom('node', 'perf', 'nope', ''), intervalUs: wild }, { requiredKeys: [] }),
    comand: fc.constant(['typo']),
  },
  { requiredKeys: ['command', 'load'] },
);
/** A valid scenario with zero to two of its fields made hostile: so valid files are among the cases too. */
const BASE = { command: ['node', 'server.js'], ready: { line: 'listening on', timeoutMs: 5000 }, durationS: 1, load: { kind: 'http', url: 'http://127.0.0.1:3457', paths: ['/a'] } };
const nearlyValid = fc
  .tuple(scenario, fc.subarray(['command', 'ready', 'durationS', 'load', 'profiler', 'warmupS'], { maxLength: 2 }))
  .map(([wildOne, keys]) => ({ ...BASE, ...Object.fromEntries(keys.filter((k) => k in wildOne).map((k) => [k, (wildOne as Record<string, unknown>)[k]])) }));
const file = fc.record({ version: fc.oneof(fc.constant(1), fc.constant(1), wild), scenarios: fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(scenario, nearlyValid), { maxKeys: 3 }) }, { requiredKeys: ['scenarios'] });

/** For the bin: mostly files that get past the outer shape, so the run's own checks are reached too. */
const binFile = fc.record({
  version: fc.constant(1),
  scenarios: fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), fc.oneof({ weight: 3, arbitrary: nearlyValid }, { weight: 1, arbitrary: scenario }), { minKeys: 1, maxKeys: 2 }),
});

t.test('the demo scenarios file, mutated', async () => {
  await fc.assert(fc.asyncProperty(mutationsOf(DEMO), (bytes) => endsCleanly(parse(Buffer.from(bytes).toString('utf8')))), fuzzParams);
});

t.test('random JSON text', async () => {
  await fc.assert(fc.asyncProperty(fc.oneof(fc.json(), fc.string({ maxLength: 200 })), (text) => endsCleanly(parse(text))), fuzzParams);
});

t.test('well-formed JSON with hostile values: regexes, URLs, numbers, huge arrays, unknown keys', async () => {
  await fc.assert(fc.asyncProperty(file, (f) => endsCleanly(parse(JSON.stringify(f)))), fuzzParams);
});

t.test('invalid regexes and URLs are named by their path before anything runs', async (t) => {
  const one = (s: object) => JSON.stringify({ version: 1, scenarios: { default: { command: ['node', 'x.js'], load: { kind: 'none' }, ...s } } });
  t.throws(parse(one({ ready: { line: '(unclosed' } })), { exitCode: 2, message: /\$\.scenarios\.default\.ready\.line: \/\(unclosed\/ is not a valid regular expression/ });
  t.throws(parse(one({ ready: { http: 'http://[::1' } })), { exitCode: 2, message: /\$\.scenarios\.default\.ready\.http: 'http:\/\/\[::1' is not a valid URL/ });
});

t.test('through perf-collect --dry-run: exit 0 or one line and exit 2, never a file written', async (t) => {
  const root = tempRoot('perf-fuzz-scenarios-');
  const cases = fc.sample(binFile, { numRuns: Math.min(40, Number(process.env.FUZZ_RUNS ?? 40)), seed: fuzzParams.seed });
  const counts = { ok: 0, refused: 0 };
  for (const [i, f] of cases.entries()) {
    writeFileSync(join(root, 'perf-scenarios.json'), JSON.stringify(f));
    const name = Object.keys(f.scenarios)[0];
    const r = runBin('perf-collect', ['--run-profile', '--dry-run', ...(name !== undefined ? ['--scenario', name] : [])], { cwd: root });
    if (r.code === 0) counts.ok++;
    else {
      counts.refused++;
      t.equal(r.code, 2, `case ${i}: exit 2 (${r.stderr.trim()})`);
      t.equal(r.stderr.trim().split('\n').length, 1, `case ${i}: one line`);
    }
  }
  t.same(readdirSync(root), ['perf-scenarios.json'], 'nothing but the scenarios file in the project');
  t.comment(`${counts.ok} accepted, ${counts.refused} refused`);
});
