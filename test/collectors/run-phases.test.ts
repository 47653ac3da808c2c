// Each phase of a run on its own, in-process: real target programs under the
// real node collector, an injected io (stderr captured, clock pinned where the
// test reads it), and the cut-short reason each phase gives when it cannot go on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import type { ScenarioRun } from '../../lib/collectors/run-phases.js';
import type { Collector, LoadSpec, Scenario } from '../../lib/collectors/types.js';
import { built } from '../helpers.js';
import { testIO } from '../test-io.js';
import { survivors } from './run-helpers.js';

// The built modules: the node collector preloads its compiled agent (dist/lib/collectors/node-preload.js).
const { nodeCollector } = await built<typeof import('../../lib/collectors/node.js')>('lib/collectors/node.js');
const { CutShort, collectProfiles, measure, newRun, startTarget, stopRun, waitUntilReady, warmUp } = await built<typeof import('../../lib/collectors/run-phases.js')>('lib/collectors/run-phases.js');
const { runScenario } = await built<typeof import('../../lib/collectors/run-scenario.js')>('lib/collectors/run-scenario.js');

const node = (code: string) => [process.execPath, '-e', code];
const FOREVER = node('setInterval(() => {}, 1000)');

function scenarioOf(command: string[], load: LoadSpec, extra: Partial<Scenario> = {}): Scenario {
  return { name: 'phase', command, load, profiler: { name: 'node', kinds: ['cpu'] }, ...extra };
}

/** A run in its initial state; the caller goes through the phases it tests, and stopRun is always called at the end. */
function runOf(t: { teardown(fn: () => unknown): void }, scenario: Scenario, options: { collector?: Collector; clock?: () => number } = {}): { run: ScenarioRun; stderr: () => string } {
  const workDir = mkdtempSync(join(tmpdir(), 'perf-phase-'));
  const { io, stderr } = testIO(options.clock ? { clock: options.clock } : {});
  const run = newRun(scenario, scenario.profiler!, process.cwd(), options.collector ?? nodeCollector, { io, interrupt: new AbortController().signal, verbose: false }, workDir);
  t.teardown(async () => {
    await stopRun(run);
    rmSync(workDir, { recursive: true, force: true });
    run.progress.done();
  });
  return { run, stderr };
}

async function cutShortOf(p: Promise<unknown>): Promise<{ reason: string; message: string } | undefined> {
  try {
    await p;
    return undefined;
  } catch (err) {
    if (err instanceof CutShort) return { reason: err.reason, message: err.message };
    throw err;
  }
}

t.test('start: a command that does not exist cuts the run short, saying so', async (t) => {
  const { run } = runOf(t, scenarioOf(['/no/such/program-perf-test'], { kind: 'none' }));
  const cut = await cutShortOf(startTarget(run));
  t.equal(cut?.reason, 'target-exited');
  t.match(cut?.message, /^cannot start the target: .*ENOENT/);
});

t.test('start: the target runs with the io environment, the scenario env and the collector env', async (t) => {
  const { run } = runOf(t, scenarioOf(node('console.log(process.env.FROM_IO, process.env.FROM_SCENARIO, /--cpu-prof|perf/.test(process.env.NODE_OPTIONS ?? "") ? "wrapped" : "bare")'), { kind: 'none' }, { env: { FROM_SCENARIO: 'b' } }));
  run.io.env = { ...process.env, FROM_IO: 'a' };
  run.ctx.env = run.io.env;
  await startTarget(run);
  await run.target!.exited;
  t.match(run.target!.tail(), /^a b /);
});

t.test('ready: a target that never prints the ready line times out with its check named', async (t) => {
  const { run } = runOf(t, scenarioOf(FOREVER, { kind: 'command', command: ['true'] }, { ready: { line: 'never printed', timeoutMs: 300 } }));
  await startTarget(run);
  t.same(await cutShortOf(waitUntilReady(run)), { reason: 'ready-timeout', message: 'the target was not ready in time (a line matches /never printed/ (timeout 0.3 s))' });
});

t.test('ready: a target that exits before it is ready is cut short with its last output', async (t) => {
  const { run } = runOf(t, scenarioOf(node('console.error("no config file"); process.exit(3)'), { kind: 'command', command: ['true'] }, { ready: { line: 'listening', timeoutMs: 10000 } }));
  await startTarget(run);
  t.same(await cutShortOf(waitUntilReady(run)), { reason: 'target-exited', message: 'the target exited with code 3 before it was ready; its last output: no config file' });
});

t.test('ready: without a ready check and no http load there is nothing to wait for', async (t) => {
  const { run } = runOf(t, scenarioOf(FOREVER, { kind: 'command', command: ['true'] }));
  await startTarget(run);
  t.equal(await cutShortOf(waitUntilReady(run)), undefined);
});

t.test('warm-up: a target that exits during it is cut short, naming the phase', async (t) => {
  const { run } = runOf(t, scenarioOf(node('setTimeout(() => process.exit(0), 300)'), { kind: 'command', command: ['true'] }, { warmupS: 5 }));
  await startTarget(run);
  const cut = await cutShortOf(warmUp(run));
  t.equal(cut?.reason, 'target-exited');
  t.match(cut?.message, /^the target exited with code 0 during warm-up/);
});

t.test('measure: a load driver that fails is a load failure, and the window is closed with its wall and CPU time', async (t) => {
  const { run } = runOf(t, scenarioOf(FOREVER, { kind: 'command', command: node('process.exit(5)') }));
  await startTarget(run);
  const cut = await cutShortOf(measure(run));
  t.equal(cut?.reason, 'load-failed');
  t.match(cut?.message, /^the load driver .* exited with code 5$/);
  await stopRun(run);
  t.ok(run.measured.wallS !== undefined && run.measured.wallS >= 0, `wall ${run.measured.wallS} s`);
  t.ok(run.measured.cpu, 'cpu measured over the window');
});

t.test('measure: with no load, a program that fails is a target failure', async (t) => {
  const { run } = runOf(t, scenarioOf(node('console.error("bad input"); process.exit(3)'), { kind: 'none' }));
  await startTarget(run);
  t.same(await cutShortOf(measure(run)), { reason: 'target-failed', message: 'the target exited with code 3; its last output: bad input' });
  t.ok(run.window?.end !== undefined, 'the window closed when the program exited');
});

t.test('measure: the window and the progress lines are timed by the io clock', async (t) => {
  const pinned = Date.UTC(2030, 0, 2, 3, 4, 5);
  const { run, stderr } = runOf(t, scenarioOf(FOREVER, { kind: 'command', command: node('setTimeout(() => {}, 200)') }), { clock: () => pinned });
  await startTarget(run);
  await measure(run);
  t.equal(run.measured.wallS, 0, 'a clock that stands still measures no time, though the driver ran 200 ms');
  t.match(stderr(), /^2030-01-02T03:04:05\.000Z perf-collect: measuring$/m);
});

t.test('stop: a target still running is stopped with its whole group, and its exit says so', async (t) => {
  const { run } = runOf(t, scenarioOf(node('require("child_process").spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" }); setInterval(() => {}, 1000)'), { kind: 'command', command: ['true'] }));
  await startTarget(run);
  await new Promise((r) => setTimeout(r, 300));
  await stopRun(run);
  t.equal(run.measured.exit?.stoppedByUs, true);
  t.equal(run.measured.exit?.signal, 'SIGTERM');
  t.same(survivors(run.target!.pid), [], 'the target and its child are gone');
});

t.test('collect: the node collector hands back the cpu profile of a program that ran to its end', async (t) => {
  const { run } = runOf(t, scenarioOf(node('let x = 0; for (let i = 0; i < 3e7; i++) x += i; console.log(x)'), { kind: 'none' }));
  await startTarget(run);
  await measure(run);
  await stopRun(run);
  await collectProfiles(run);
  t.equal(run.outcome.profiles.length, 1, run.outcome.notes.join('; '));
  t.equal(run.outcome.profiles[0]!.kind, 'cpu');
  t.ok(run.outcome.profiles[0]!.profile.samples.length > 0);
});

t.test('collect: a collector that cannot read its recording leaves a note, not a lost run', async (t) => {
  const broken: Collector = { ...nodeCollector, collect: async () => { throw new Error('recording truncated'); } };
  const { run } = runOf(t, scenarioOf(node('0'), { kind: 'none' }), { collector: broken });
  await startTarget(run);
  await measure(run);
  await stopRun(run);
  await collectProfiles(run);
  t.same(run.outcome.notes, ['node: could not read what was recorded: recording truncated', 'node: no profile was recorded (did the command start a process node can profile?)']);
});

t.test('the whole run: an interrupt during the measurement keeps what was recorded and exits as SIGINT would', async (t) => {
  const { io, stderr } = testIO();
  const interrupt = new AbortController();
  const scenario = scenarioOf(node('setInterval(() => { let x = 0; for (let i = 0; i < 1e6; i++) x += i; }, 1)'), { kind: 'command', command: node('setTimeout(() => {}, 30000)') });
  setTimeout(() => interrupt.abort('SIGINT'), 1500);
  const outcome = await runScenario(scenario, scenario.profiler!, process.cwd(), nodeCollector, { io, interrupt: interrupt.signal, verbose: false });
  t.same(outcome.cutShort, { reason: 'interrupted', message: 'interrupted by SIGINT' });
  t.equal(outcome.exitCode, 130);
  t.equal(outcome.profiles.length, 1, `the cpu profile until then: ${outcome.notes.join('; ')}`);
  t.ok(outcome.metrics.some((m) => m.name === 'wall_time'));
  t.match(stderr(), /perf-collect: measuring/);
  t.match(stderr(), /perf-collect: stopping the target/);
});
