// One profiled run: start the target under the backend, wait until it is
// ready, warm up, open the measurement window, drive the load, close the
// window, stop everything, and collect. However it ends (done, ready timeout,
// early exit, load failure, Ctrl-C) the same clean-up runs: load stopped,
// window closed, target group stopped and reaped, temp dir removed, and what
// was recorded so far is handed back with the reason the run was cut short.

import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { oneLine } from '../base/errors.js';
import type { CliIO } from '../base/io.js';
import { runCommandLoad, type CommandLoadResult } from './load-command.js';
import { DEFAULT_HTTP_DURATION_S, runHttpLoad, type HttpLoad, type HttpLoadResult } from './load-http.js';
import { RUN_TAG_VARIABLE, TreeSampler, reapedChildrenCpu, type CpuReading } from './process-tree.js';
import { Progress } from './progress.js';
import { describeReady, waitReady } from './ready.js';
import { Target } from './target.js';
import { EXIT_CUT_SHORT, type CollectedProfile, type Collector, type CollectorContext, type MemorySeries, type ProfilerSettings, type ReadyCheck, type Scenario } from './types.js';
import { exitForSignal, measurementMetrics, type Measured, type MetricValue } from './measurements.js';
import { runMemoryMetrics } from './memory-over-time.js';

export type CutReason = 'interrupted' | 'ready-timeout' | 'target-exited' | 'load-failed' | 'target-failed';

export interface RunOutcome {
  metrics: MetricValue[];
  profiles: CollectedProfile[];
  /** Set when the run did not complete as planned. */
  cutShort?: { reason: CutReason; message: string };
  /** Things worth a warning diagnostic. */
  notes: string[];
  exitCode: number;
}

export interface RunDeps {
  io: CliIO;
  /** Aborted by SIGINT/SIGTERM to perf-collect. */
  interrupt: AbortSignal;
  verbose: boolean;
}

class CutShort extends Error {
  constructor(
    readonly reason: CutReason,
    message: string,
  ) {
    super(message);
  }
}

/** Without a ready check, an http load waits for its own URL to answer. */
function readyCheckFor(scenario: Scenario): ReadyCheck | undefined {
  if (scenario.ready) return scenario.ready;
  return scenario.load.kind === 'http' ? { http: scenario.load.url } : undefined;
}

export function windowSecondsFor(scenario: Scenario): number | undefined {
  const load = scenario.load;
  if (load.kind !== 'http' || load.amount !== undefined) return undefined;
  return load.durationS ?? scenario.durationS ?? DEFAULT_HTTP_DURATION_S;
}

export async function runScenario(scenario: Scenario, settings: ProfilerSettings, cwd: string, collector: Collector, deps: RunDeps): Promise<RunOutcome> {
  const { io } = deps;
  const progress = new Progress(io.stderr as NodeJS.WriteStream, () => Date.now());
  const stop = new AbortController(); // stops every wait; fired by an interrupt or by the first failure
  const onInterrupt = () => stop.abort();
  deps.interrupt.addEventListener('abort', onInterrupt, { once: true });
  const workDir = await mkdtemp(join(tmpdir(), 'perf-run-'));
  const outcome: RunOutcome = { metrics: [], profiles: [], notes: [], exitCode: 0 };
  const ctx: CollectorContext = { scenario, settings, cwd, workDir, signal: stop.signal, log: (m) => progress.note(m), warn: (m) => outcome.notes.push(m) };
  const measured: Measured = {};
  let target: Target | undefined;
  let sampler: TreeSampler | undefined;
  let load: Promise<unknown> | undefined;
  let window: { start: number; cpu: CpuReading; reaped: CpuReading; end?: number } | undefined;
  let failure: unknown;
  let heapSeries: MemorySeries[] = [];

  const interrupted = () => {
    if (deps.interrupt.aborted) throw new CutShort('interrupted', `interrupted by ${String(deps.interrupt.reason ?? 'a signal')}`);
  };
  const exitedEarly = (when: string) => {
    if (target?.exit === undefined) return;
    const { code, signal } = target.exit;
    const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
    const tail = target.tail();
    throw new CutShort('target-exited', `the target ${how} ${when}${tail ? `; its last output: ${tail}` : ''}`);
  };
  /** p's value, unless the run was interrupted or the target exited meanwhile (which stops p early). */
  const whileTargetRuns = <T>(p: Promise<T>, when: string): Promise<T> =>
    p.then((v) => {
      interrupted();
      exitedEarly(when);
      return v;
    });
  /** autocannon refusing its options (a bad URL, say) is a load failure, not an internal error. */
  const httpLoad = (spec: HttpLoad, seconds: number) =>
    runHttpLoad(spec, seconds, stop.signal, (n) => progress.requests(n)).catch((err: unknown) => {
      throw new CutShort('load-failed', `the http load could not run: ${oneLine(err)}`);
    });
  const openWindow = async (windowS?: number) => {
    await collector.onMeasureStart?.(ctx, windowS ?? 0);
    window = { start: Date.now(), cpu: sampler?.sample() ?? { userS: 0, systemS: 0 }, reaped: reapedChildrenCpu() };
  };
  const closeWindow = async () => {
    if (!window || window.end !== undefined) return;
    window.end = Date.now();
    const sampled = sampler ? diff(sampler.sample(), window.cpu) : { userS: 0, systemS: 0 };
    // Load none: the target has been reaped, so the kernel's exact total beats
    // the last /proc sample (other loads still run the target, or a driver we reaped).
    const reaped = scenario.load.kind === 'none' ? diff(reapedChildrenCpu(), window.reaped) : sampled;
    measured.cpu = { userS: Math.max(sampled.userS, reaped.userS), systemS: Math.max(sampled.systemS, reaped.systemS) };
    measured.wallS = (window.end - window.start) / 1000;
    progress.enter('writing profiles');
    await collector.onMeasureEnd?.(ctx);
  };

  try {
    await collector.check(ctx);
    const launch = await collector.prepare(ctx);
    const windowS = windowSecondsFor(scenario);
    // With no load, the program is the workload: the window is its whole life.
    if (scenario.load.kind === 'none') await openWindow();
    progress.enter(`starting ${launch.command.join(' ')}`);
    const echo = deps.verbose ? (line: string) => progress.note(`target: ${line}`) : undefined;
    // Every process of the run inherits this tag, so stop() finds even those that left the tree.
    const tag = `${process.pid}-${randomBytes(6).toString('hex')}`;
    target = new Target(launch.command, { cwd, env: { ...io.env, ...scenario.env, ...launch.env, [RUN_TAG_VARIABLE]: tag }, ...(echo ? { echo } : {}) });
    // A server that exits before the run is over ends every wait at once.
    if (scenario.load.kind !== 'none') void target.exited.then(() => stop.abort());
    sampler = new TreeSampler(target.pid, tag);
    sampler.start();
    const startError = await Promise.race([target.startError(), sleep(50).then(() => undefined)]);
    if (startError) throw new CutShort('target-exited', `cannot start the target: ${startError}`);
    if (scenario.load.kind === 'none') {
      progress.enter('running (the program is the workload)');
      await Promise.race([target.exited, new Promise((r) => stop.signal.addEventListener('abort', r, { once: true }))]);
      await closeWindow();
      interrupted();
      const exit = target.exit!;
      if (exit.code !== 0) {
        const tail = target.tail();
        throw new CutShort('target-failed', `the target ${exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`}${tail ? `; its last output: ${tail}` : ''}`);
      }
    } else {
      const ready = readyCheckFor(scenario);
      if (ready) {
        progress.enter(`waiting until ready: ${describeReady(ready)}`);
        const ok = await waitReady(ready, target, stop.signal);
        interrupted();
        exitedEarly('before it was ready');
        if (!ok) throw new CutShort('ready-timeout', `the target was not ready in time (${describeReady(ready)})${target.tail() ? `; its last output: ${target.tail()}` : ''}`);
      }
      const warmupS = scenario.warmupS ?? 0;
      if (warmupS > 0) {
        progress.enter('warm-up', warmupS);
        const warm =
          scenario.load.kind === 'http'
            ? httpLoad(scenario.load, warmupS)
            : sleep(warmupS * 1000, undefined, { signal: stop.signal }).catch(() => undefined);
        load = warm;
        await whileTargetRuns(warm, 'during warm-up');
      }
      await openWindow(windowS);
      progress.enter('measuring', windowS);
      if (scenario.load.kind === 'http') {
        // Kept even when the run is cut short: the load measured until then.
        const run = httpLoad(scenario.load, windowS ?? 0).then((h) => (measured.http = h));
        load = run;
        const http: HttpLoadResult = await whileTargetRuns(run, 'during the measurement');
        if (http.completed === 0) {
          throw new CutShort('load-failed', `no request to ${scenario.load.url} succeeded (${http.errors} connection errors, ${http.non2xx} non-2xx)`);
        }
      } else if (scenario.load.kind === 'command') {
        const run = runCommandLoad(scenario.load, cwd, io.env, io.stderr, stop.signal);
        load = run;
        const driver: CommandLoadResult = await whileTargetRuns(run, 'during the measurement');
        if (driver.startError) throw new CutShort('load-failed', `cannot start the load driver: ${driver.startError}`);
        if (driver.exitCode !== 0) {
          throw new CutShort('load-failed', `the load driver ${scenario.load.command.join(' ')} ${driver.signal ? `was killed by ${driver.signal}` : `exited with code ${driver.exitCode}`}`);
        }
      }
      await closeWindow();
    }
  } catch (err) {
    if (err instanceof CutShort) outcome.cutShort = { reason: err.reason, message: err.message };
    else if (deps.interrupt.aborted) outcome.cutShort = { reason: 'interrupted', message: `interrupted by ${String(deps.interrupt.reason)}` };
    else failure = err;
  } finally {
    deps.interrupt.removeEventListener('abort', onInterrupt);
    stop.abort(); // stops the load, if still running
    await load?.catch(() => undefined);
    await closeWindow().catch((err: unknown) => outcome.notes.push(`closing the measurement window: ${oneLine(err)}`));
    if (target) {
      progress.enter('stopping the target');
      const wasRunning = target.exit === undefined;
      await target.stop(() => sampler?.pids() ?? []);
      measured.exit = { ...target.exit!, stoppedByUs: wasRunning };
    }
    measured.peakRss = sampler?.peakRss;
    sampler?.stop();
    if (failure === undefined) {
      try {
        outcome.profiles = await collector.collect(ctx);
        heapSeries = (await collector.memorySeries?.(ctx)) ?? [];
      } catch (err) {
        outcome.notes.push(`${collector.name}: could not read what was recorded: ${oneLine(err)}`);
      }
    }
    await rm(workDir, { recursive: true, force: true });
    progress.done();
  }
  if (failure !== undefined) throw failure;
  outcome.metrics = [...measurementMetrics(measured), ...runMemoryMetrics(window, sampler?.rss ?? [], heapSeries, measured.http?.completed)];
  if (outcome.profiles.length === 0) outcome.notes.push(`${collector.name}: no profile was recorded (did the command start a process ${collector.name} can profile?)`);
  outcome.exitCode = !outcome.cutShort ? 0 : outcome.cutShort.reason === 'interrupted' ? exitForSignal(deps.interrupt.reason) : EXIT_CUT_SHORT;
  return outcome;
}

function diff(end: CpuReading, start: CpuReading): CpuReading {
  return { userS: Math.max(0, end.userS - start.userS), systemS: Math.max(0, end.systemS - start.systemS) };
}
