// One profiled run: start the target under the backend, wait until it is
// ready, warm up, open the measurement window, drive the load, close the
// window, stop everything, and collect (each phase is in run-phases.ts).
// However it ends (done, ready timeout, early exit, load failure, Ctrl-C) the
// same clean-up runs: load stopped, window closed, target group stopped and
// reaped, temp dir removed, and what was recorded so far is handed back with
// the reason the run was cut short.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measurementMetrics, exitForSignal } from './measurements.js';
import { runMemoryMetrics } from './memory-over-time.js';
import { CutShort, collectProfiles, measure, newRun, startTarget, stopRun, waitUntilReady, warmUp, type RunDeps, type RunOutcome, type ScenarioRun } from './run-phases.js';
import { EXIT_CUT_SHORT, type Collector, type ProfilerSettings, type Scenario } from './types.js';

export { windowSecondsFor, type CutReason, type RunDeps, type RunOutcome } from './run-phases.js';

/** The phases before stop, in order; the first to throw ends the run. */
async function runPhases(run: ScenarioRun): Promise<void> {
  await startTarget(run);
  if (run.scenario.load.kind !== 'none') {
    await waitUntilReady(run);
    await warmUp(run);
  }
  await measure(run);
}

export async function runScenario(scenario: Scenario, settings: ProfilerSettings, cwd: string, collector: Collector, deps: RunDeps): Promise<RunOutcome> {
  const workDir = await mkdtemp(join(tmpdir(), 'perf-run-'));
  const run = newRun(scenario, settings, cwd, collector, deps, workDir);
  const onInterrupt = () => run.stop.abort();
  deps.interrupt.addEventListener('abort', onInterrupt, { once: true });
  const { outcome } = run;
  let failure: unknown;
  try {
    await runPhases(run);
  } catch (err) {
    if (err instanceof CutShort) outcome.cutShort = { reason: err.reason, message: err.message };
    else if (deps.interrupt.aborted) outcome.cutShort = { reason: 'interrupted', message: `interrupted by ${String(deps.interrupt.reason)}` };
    else failure = err;
  } finally {
    deps.interrupt.removeEventListener('abort', onInterrupt);
    await stopRun(run);
    if (failure === undefined) await collectProfiles(run);
    await rm(workDir, { recursive: true, force: true });
    run.progress.done();
  }
  if (failure !== undefined) throw failure;
  outcome.measured = run.measured;
  if (run.target) outcome.output = run.output.kept();
  outcome.metrics = [...measurementMetrics(run.measured), ...runMemoryMetrics(run.window, run.sampler?.rss ?? [], run.heapSeries, run.measured.http?.completed)];
  outcome.exitCode = !outcome.cutShort ? 0 : outcome.cutShort.reason === 'interrupted' ? exitForSignal(deps.interrupt.reason) : EXIT_CUT_SHORT;
  return outcome;
}
