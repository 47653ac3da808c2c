// perf-collect --run-profile's run() in-process: --dry-run says what would
// run and starts nothing; a stop signal through io ends a run in order, its
// records kept. (The built modules: the node collector preloads its compiled agent.)
import t from 'tap';
import { writeScenarios } from '../collectors/backend-run.js';
import { built, tempRoot } from '../helpers.js';
import { testIO } from '../test-io.js';
import { records } from './stages.js';

const { collectScenario } = await built<typeof import('../../lib/cli/collect-scenario.js')>('lib/cli/collect-scenario.js');

const LOOP = `setInterval(() => { let x = 0; for (let i = 0; i < 1e6; i++) x += i; }, 1)`;

t.test('--dry-run: the command, env, profiler, ready check and load on stderr; nothing on stdout', async (t) => {
  const dir = tempRoot('perf-dry-');
  writeScenarios(dir, { default: { command: ['node', '-e', LOOP], env: { MODE: 'x' }, ready: { line: 'up', timeoutMs: 5000 }, warmupS: 2, load: { kind: 'command', command: ['sleep', '1'] } } });
  const { io, stdout, stderr } = testIO({ cwd: dir });
  t.equal(await collectScenario({ dryRun: true, verbose: false, command: [], cwd: dir }, io), 0);
  t.equal(stdout(), '');
  const lines = stderr().split('\n');
  t.match(lines[0], /^perf-collect: dry run, nothing started: scenario 'default' from .*perf-scenarios\.json$/);
  t.ok(lines.some((l) => /^perf-collect: {3}env: MODE=x NODE_OPTIONS=.*node-preload/.test(l)), stderr());
  t.ok(lines.includes('perf-collect:   ready when: a line matches /up/ (timeout 5 s)'));
  t.ok(lines.includes('perf-collect:   warm-up: 2 s'));
  t.ok(lines.includes('perf-collect:   load: command: sleep 1 (runs until it exits)'));
});

t.test('a stop signal through io: the run is cut short in order, the profile and a cut-short diagnostic emitted, exit 130', async (t) => {
  const dir = tempRoot('perf-stop-');
  writeScenarios(dir, { default: { command: ['node', '-e', LOOP], profiler: { name: 'node', kinds: ['cpu'] }, load: { kind: 'command', command: ['sleep', '30'] } } });
  const test = testIO({ cwd: dir });
  const running = collectScenario({ dryRun: false, verbose: false, command: [], cwd: dir, runId: 'stopped' }, test.io);
  const started = Date.now();
  while (!/measuring/.test(test.stderr()) && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 1000));
  test.sendStopSignal('SIGINT');
  t.equal(await running, 130, test.stderr());
  const out = records(test.stdout());
  t.equal(out[0]!.type, 'run');
  t.equal(out.filter((r) => r.type === 'profile').length, 1);
  t.match(out.at(-1), { type: 'diagnostic', code: 'run-cut-short', reason: 'interrupted' });
  t.match(test.stderr(), /perf-collect: SIGINT: stopping the run and keeping what was recorded/);
});
