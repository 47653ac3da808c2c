// The phases of one profiled run, in order: start, ready, warm-up, measure,
// stop, collect. Each takes the run's state (ScenarioRun) and moves it on; a
// phase that cannot go on throws CutShort with the reason, and stop + collect
// then run whatever happened before (run-scenario.ts sequences them).

import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { oneLine } from '../base/errors.js';
import type { CliIO } from '../base/io.js';
import { runCommandLoad, type CommandLoadResult } from './load-command.js';
import { DEFAULT_HTTP_DURATION_S, DEFAULT_REQUEST_TIMEOUT_MS, runHttpLoad, type HttpLoad, type HttpLoadResult } from './load-http.js';
import type { Measured, MetricValue } from './measurements.js';
import { RUN_TAG_VARIABLE, TreeSampler, reapedChildrenCpu, type CpuReading } from './process-tree.js';
import { Progress } from './progress.js';
import { describeReady, waitReady } from './ready.js';
import { Target } from './target.js';
import { OutputKeeper, shownLine, type KeptOutput } from './target-output.js';
import type { CollectedProfile, Collector, CollectorContext, MemorySeries, ProfilerSettings, ReadyCheck, Scenario } from './types.js';

export type CutReason = 'interrupted' | 'ready-timeout' | 'target-exited' | 'load-failed' | 'target-failed';

export interface RunOutcome {
  metrics: MetricValue[];
  profiles: CollectedProfile[];
  /** The target's own output, bounded (target-output.ts). */
  output?: KeptOutput;
  /** Set when the run did not complete as planned. */
  cutShort?: { reason: CutReason; message: string };
  /** Things worth a warning diagnostic. */
  notes: string[];
  exitCode: number;
  /** The raw measurements the metrics came from (perf-collect --repeat pools them). */
  measured: Measured;
}

/** Why a phase stopped the run early; what was recorded until then is still collected. */
export class CutShort extends Error {
  constructor(
    readonly reason: CutReason,
    message: string,
  ) {
    super(message);
  }
}

/** Everything one run holds while it goes through its phases. */
export interface ScenarioRun {
  scenario: Scenario;
  collector: Collector;
  io: CliIO;
  /** Aborted by SIGINT/SIGTERM to perf-collect. */
  interrupt: AbortSignal;
  verbose: boolean;
  /** Stops every wait; fired by an interrupt or by the first failure. */
  stop: AbortController;
  progress: Progress;
  ctx: CollectorContext;
  outcome: RunOutcome;
  measured: Measured;
  /** The measurement window's length for an http load given in seconds (not in requests). */
  windowS?: number;
  target?: Target;
  sampler?: TreeSampler;
  /** The load running now (warm-up or measurement), awaited by stopRun. */
  load?: Promise<unknown>;
  window?: { start: number; cpu: CpuReading; reaped: CpuReading; end?: number };
  /** The collector's heap over time (memorySeries), read with its profiles. */
  heapSeries: MemorySeries[];
  /** Everything the target wrote, bounded: kept in the run folder. */
  output: OutputKeeper;
}

export interface RunDeps {
  io: CliIO;
  interrupt: AbortSignal;
  verbose: boolean;
}

export function windowSecondsFor(scenario: Scenario): number | undefined {
  const load = scenario.load;
  if (load.kind !== 'http' || load.amount !== undefined) return undefined;
  return load.durationS ?? scenario.durationS ?? DEFAULT_HTTP_DURATION_S;
}

/** The state of a run before its first phase; workDir is the collector's private temp folder. */
export function newRun(scenario: Scenario, settings: ProfilerSettings, cwd: string, collector: Collector, deps: RunDeps, workDir: string): ScenarioRun {
  const { io } = deps;
  const progress = new Progress(io.stderr as NodeJS.WriteStream, () => io.clock());
  const stop = new AbortController();
  const outcome: RunOutcome = { metrics: [], profiles: [], notes: [], exitCode: 0, measured: {} };
  const ctx: CollectorContext = { scenario, settings, cwd, workDir, env: io.env, signal: stop.signal, spawn: io.spawn, clock: io.clock, log: (m) => progress.note(m), warn: (m) => outcome.notes.push(m) };
  return { scenario, collector, io, interrupt: deps.interrupt, verbose: deps.verbose, stop, progress, ctx, outcome, measured: {}, windowS: windowSecondsFor(scenario), heapSeries: [], output: new OutputKeeper() };
}

function throwIfInterrupted(run: ScenarioRun): void {
  if (run.interrupt.aborted) throw new CutShort('interrupted', `interrupted by ${String(run.interrupt.reason ?? 'a signal')}`);
}

function throwIfExited(run: ScenarioRun, when: string): void {
  const target = run.target;
  if (target?.exit === undefined) return;
  const { code, signal } = target.exit;
  const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
  const tail = target.tail();
  throw new CutShort('target-exited', `the target ${how} ${when}${tail ? `; its last output: ${tail}` : ''}`);
}

/** p's value, unless the run was interrupted or the target exited meanwhile (which stops p early). */
function whileTargetRuns<T>(run: ScenarioRun, p: Promise<T>, when: string): Promise<T> {
  return p.then((v) => {
    throwIfInterrupted(run);
    throwIfExited(run, when);
    return v;
  });
}

/** autocannon refusing its options (a bad URL, say) is a load failure, not an internal error. */
function httpLoad(run: ScenarioRun, spec: HttpLoad, seconds: number): Promise<HttpLoadResult> {
  return runHttpLoad(spec, seconds, { signal: run.stop.signal, clock: run.io.clock, onSecond: (n) => run.progress.requests(n) }).catch((err: unknown) => {
    throw new CutShort('load-failed', `the http load could not run: ${oneLine(err)}`);
  });
}

async function openWindow(run: ScenarioRun): Promise<void> {
  await run.collector.onMeasureStart?.(run.ctx, run.windowS ?? 0);
  run.window = { start: run.io.clock(), cpu: run.sampler?.sample() ?? { userS: 0, systemS: 0 }, reaped: reapedChildrenCpu() };
}

/** Closes the measurement window once (a second call does nothing): CPU and wall time of the window. */
export async function closeWindow(run: ScenarioRun): Promise<void> {
  const window = run.window;
  if (!window || window.end !== undefined) return;
  window.end = run.io.clock();
  const sampled = run.sampler ? diff(run.sampler.sample(), window.cpu) : { userS: 0, systemS: 0 };
  // Load none: the target has been reaped, so the kernel's exact total beats
  // the last /proc sample (other loads still run the target, or a driver we reaped).
  const reaped = run.scenario.load.kind === 'none' ? diff(reapedChildrenCpu(), window.reaped) : sampled;
  run.measured.cpu = { userS: Math.max(sampled.userS, reaped.userS), systemS: Math.max(sampled.systemS, reaped.systemS) };
  run.measured.wallS = (window.end - window.start) / 1000;
  run.progress.enter('writing profiles');
  await run.collector.onMeasureEnd?.(run.ctx);
}

function diff(end: CpuReading, start: CpuReading): CpuReading {
  return { userS: Math.max(0, end.userS - start.userS), systemS: Math.max(0, end.systemS - start.systemS) };
}

/** Start: the collector checks its tool and wraps the command; the target starts in its own group, watched by the tree sampler. */
export async function startTarget(run: ScenarioRun): Promise<void> {
  const { scenario, collector, ctx, io } = run;
  await collector.check(ctx);
  const launch = await collector.prepare(ctx);
  // With no load, the program is the workload: the window is its whole life.
  if (scenario.load.kind === 'none') await openWindow(run);
  run.progress.enter(`starting ${launch.command.join(' ')}`);
  // On a terminal the target's output is shown as it comes (dimmed, prefixed); off one only with --verbose. Always kept.
  const terminal = (io.stderr as { isTTY?: boolean }).isTTY === true;
  const color = terminal && !io.env.NO_COLOR;
  const show = terminal ? (line: string) => run.progress.passthrough(shownLine(line, color)) : run.verbose ? (line: string) => run.progress.note(`target: ${line}`) : undefined;
  const echo = (line: string, stream: 'stdout' | 'stderr') => {
    run.output.add(line, stream);
    show?.(line);
  };
  // Every process of the run inherits this tag, so stop() finds even those that left the tree.
  const tag = `${process.pid}-${randomBytes(6).toString('hex')}`;
  const env = { ...io.env, ...scenario.env, ...launch.env, [RUN_TAG_VARIABLE]: tag };
  const target = new Target(launch.command, { spawn: io.spawn, clock: io.clock, cwd: ctx.cwd, env, echo });
  run.target = target;
  // A server that exits before the run is over ends every wait at once.
  if (scenario.load.kind !== 'none') void target.exited.then(() => run.stop.abort());
  run.sampler = new TreeSampler(target.pid, tag, () => run.io.clock());
  run.sampler.start();
  const startError = await target.startError();
  if (startError) throw new CutShort('target-exited', `cannot start the target: ${startError}`);
}

/** Without a ready check, an http load waits for its own URL to answer. */
function readyCheckFor(scenario: Scenario): ReadyCheck | undefined {
  if (scenario.ready) return scenario.ready;
  return scenario.load.kind === 'http' ? { http: scenario.load.url } : undefined;
}

/** Why a load got no successful response, in words that name the cause. */
export function noResponseMessage(load: HttpLoad, http: HttpLoadResult): string {
  // autocannon counts a timeout as an error too.
  const connectionErrors = Math.max(0, http.errors - http.timeouts);
  const pending = Math.max(0, http.sent - http.completed - http.errors);
  if (connectionErrors === 0 && http.non2xx === 0 && http.timeouts + pending > 0) {
    const limit = (load.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS) / 1000;
    return `the target at ${load.url} accepted connections but answered none of ${http.sent} requests (${http.timeouts} timed out after ${limit} s, ${pending} still pending when the load ended): it is hung or never responds`;
  }
  return `no request to ${load.url} succeeded (${http.errors} connection errors, ${http.non2xx} non-2xx${http.timeouts ? `, ${http.timeouts} timeouts` : ''})`;
}

/** Ready: wait for the scenario's ready check (or the load's URL); nothing to wait for without one. */
export async function waitUntilReady(run: ScenarioRun): Promise<void> {
  const ready = readyCheckFor(run.scenario);
  const target = run.target!;
  if (!ready) return;
  run.progress.enter(`waiting until ready: ${describeReady(ready)}`);
  const answer = await waitReady(ready, target, run.stop.signal, run.io.clock);
  throwIfInterrupted(run);
  throwIfExited(run, 'before it was ready');
  if (!answer.ready) {
    const why = answer.lastFailure ? `; last attempt: ${answer.lastFailure}` : '';
    throw new CutShort('ready-timeout', `the target was not ready in time (${describeReady(ready)})${why}${target.tail() ? `; its last output: ${target.tail()}` : ''}`);
  }
}

/** Warm-up: the http load (or, for a command load, a pause) for warmupS, outside the measurement window. */
export async function warmUp(run: ScenarioRun): Promise<void> {
  const { scenario } = run;
  const warmupS = scenario.warmupS ?? 0;
  if (warmupS <= 0) return;
  run.progress.enter('warm-up', warmupS);
  const warm =
    scenario.load.kind === 'http'
      ? httpLoad(run, scenario.load, warmupS)
      : sleep(warmupS * 1000, undefined, { signal: run.stop.signal }).catch(() => undefined);
  run.load = warm;
  await whileTargetRuns(run, warm, 'during warm-up');
}

/** Measure: open the window, drive the load to its end (or, with no load, let the program run to exit), close the window. */
export async function measure(run: ScenarioRun): Promise<void> {
  const { scenario, io } = run;
  const target = run.target!;
  if (scenario.load.kind === 'none') {
    run.progress.enter('running (the program is the workload)');
    await Promise.race([target.exited, new Promise((r) => run.stop.signal.addEventListener('abort', r, { once: true }))]);
    await closeWindow(run);
    throwIfInterrupted(run);
    const exit = target.exit!;
    if (exit.code !== 0) {
      const tail = target.tail();
      throw new CutShort('target-failed', `the target ${exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`}${tail ? `; its last output: ${tail}` : ''}`);
    }
    return;
  }
  await openWindow(run);
  run.progress.enter('measuring', run.windowS);
  if (scenario.load.kind === 'http') {
    // Kept even when the run is cut short: the load measured until then.
    const running = httpLoad(run, scenario.load, run.windowS ?? 0).then((h) => (run.measured.http = h));
    run.load = running;
    const http: HttpLoadResult = await whileTargetRuns(run, running, 'during the measurement');
    if (http.completed === 0) {
      throw new CutShort('load-failed', noResponseMessage(scenario.load, http));
    }
  } else {
    const running = runCommandLoad(io.spawn, scenario.load, run.ctx.cwd, io.env, io.stderr, run.stop.signal);
    run.load = running;
    const driver: CommandLoadResult = await whileTargetRuns(run, running, 'during the measurement');
    if (driver.startError) throw new CutShort('load-failed', `cannot start the load driver: ${driver.startError}`);
    if (driver.exitCode !== 0) {
      throw new CutShort('load-failed', `the load driver ${scenario.load.command.join(' ')} ${driver.signal ? `was killed by ${driver.signal}` : `exited with code ${driver.exitCode}`}`);
    }
  }
  await closeWindow(run);
}

/** Stop: however the run ended, the load is stopped, the window closed, the target group stopped and reaped. */
export async function stopRun(run: ScenarioRun): Promise<void> {
  run.stop.abort(); // stops the load, if still running
  await run.load?.catch(() => undefined);
  await closeWindow(run).catch((err: unknown) => run.outcome.notes.push(`closing the measurement window: ${oneLine(err)}`));
  const { target, sampler, measured } = run;
  if (target) {
    run.progress.enter('stopping the target');
    const wasRunning = target.exit === undefined;
    await target.stop(() => sampler?.pids() ?? []);
    measured.exit = { ...target.exit!, stoppedByUs: wasRunning };
  }
  measured.peakRss = sampler?.peakRss;
  sampler?.stop();
}

/** Collect: the collector turns what it recorded into profiles; a failure there is a note, not a lost run. */
export async function collectProfiles(run: ScenarioRun): Promise<void> {
  const { collector } = run;
  try {
    run.outcome.profiles = await collector.collect(run.ctx);
    run.heapSeries = (await collector.memorySeries?.(run.ctx)) ?? [];
  } catch (err) {
    run.outcome.notes.push(`${collector.name}: could not read what was recorded: ${oneLine(err)}`);
  }
  if (run.outcome.profiles.length === 0) run.outcome.notes.push(`${collector.name}: no profile was recorded (did the command start a process ${collector.name} can profile?)`);
}
