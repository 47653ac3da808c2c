// perf-collect --run-profile: pick the scenario and the backend, run it (or
// with --dry-run, only say what would run), and turn the outcome into
// records: run, metrics, profiles, then diagnostics for anything cut short.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diagnostic } from '../records/diagnostic.js';
import { loadSpawn, type CliIO } from '../base/io.js';
import { makeRunId, runRecord } from '../records/run-record.js';
import type { DiagnosticRecord } from '../records/types.js';
import { checkCommands } from '../scenarios/commands.js';
import { resolveScenario, type ResolvedScenario, type ScenarioRequest } from '../scenarios/load.js';
import { DEFAULT_CONNECTIONS, describeHttpLoad } from '../collectors/load-http.js';
import { describeReady } from '../collectors/ready.js';
import { collectorNamed } from '../collectors/registry.js';
import { mergeRepeats } from '../collectors/repeats.js';
import { runScenario, windowSecondsFor, type RunOutcome } from '../collectors/run-scenario.js';
import type { Collector, CollectedProfile, CollectorContext, Scenario } from '../collectors/types.js';
import { STAGE, emitCollected, uniqueId, type CollectedRun } from './collect-records.js';
import type { KeptOutput } from '../collectors/target-output.js';
import { stageOutput } from './stage-output.js';
import { collectSummary } from './summary/collect-summary.js';


export interface CollectScenarioOptions extends ScenarioRequest {
  runId?: string;
  /** Run the scenario this many times (fresh processes) and emit them as one run (lib/collectors/repeats.ts). */
  repeat?: number;
  dryRun: boolean;
  verbose: boolean;
  /** Write the summary for people instead of the records (stdout is a terminal). */
  summary?: boolean;
}

/** The metric a scenario is judged by (docs/contracts.md). */
export function mainMetricOf(scenario: Scenario): string {
  if (scenario.mainMetric) return scenario.mainMetric;
  return scenario.load.kind === 'http' ? 'http_latency_p99' : 'wall_time';
}

/**
 * How the load drives the program, for the plan's load model: connections
 * (closed loop) and a fixed rate when set; and the port it talks to, which
 * tells the wait estimate the process that serves the load from one behind it.
 */
function loadShape(scenario: Scenario): Record<string, number> {
  const load = scenario.load;
  if (load.kind !== 'http') return {};
  const port = portOfUrl(load.url);
  return { connections: load.connections ?? DEFAULT_CONNECTIONS, ...(load.rate !== undefined ? { rate: load.rate } : {}), ...(port !== undefined ? { port } : {}) };
}

function portOfUrl(url: string): number | undefined {
  try {
    const u = new URL(url);
    return Number(u.port || (u.protocol === 'https:' ? 443 : 80));
  } catch {
    return undefined;
  }
}

function describeLoad(scenario: Scenario): string {
  const load = scenario.load;
  if (load.kind === 'http') return describeHttpLoad(load, windowSecondsFor(scenario) ?? 0);
  if (load.kind === 'command') return `command: ${load.command.join(' ')} (runs until it exits)`;
  return 'none: the program itself is the workload; profiled from start to exit';
}

/** A collector context outside a run (the tool check before it, the dry run): never aborted, nothing logged. */
function contextOutsideRun({ scenario, settings, cwd }: ResolvedScenario, io: CliIO, workDir: string): CollectorContext {
  return { scenario, settings, cwd, workDir, env: io.env, signal: new AbortController().signal, spawn: io.spawn, clock: io.clock, log: () => {} };
}

async function dryRun(resolved: ResolvedScenario, collector: Collector, io: CliIO): Promise<number> {
  const { scenario, cwd } = resolved;
  const workDir = await mkdtemp(join(tmpdir(), 'perf-dry-run-'));
  try {
    const ctx = contextOutsideRun(resolved, io, workDir);
    const launch = await collector.prepare(ctx);
    const env = { ...scenario.env, ...launch.env };
    const lines = [
      `dry run, nothing started: scenario '${scenario.name}'${resolved.file ? ` from ${resolved.file}` : ' (ad hoc)'}`,
      `  command: ${launch.command.join(' ')}`,
      `  cwd: ${cwd}`,
      `  env: ${Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ') || '(none added)'}`,
      `  profiler: ${collector.describe(ctx, launch)}`,
      ...(scenario.ready ? [`  ready when: ${describeReady(scenario.ready)}`] : []),
      ...(scenario.load.kind !== 'none' ? [`  warm-up: ${scenario.warmupS ?? 0} s`] : []),
      `  load: ${describeLoad(scenario)}`,
    ];
    io.stderr.write(lines.map((l) => `${STAGE}: ${l}\n`).join(''));
    return 0;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** Profile ids "<profiler>-<label>", made unique in order. */
function profileIds(profiler: string, profiles: CollectedProfile[]): string[] {
  const taken = new Set<string>();
  return profiles.map((p) => uniqueId(`${profiler}-${p.label ?? p.kind}`.replace(/[^A-Za-z0-9._-]+/g, '_'), taken));
}

/** The collector's notes as warnings, then why the run was cut short, if it was. */
function runDiagnostics(outcome: RunOutcome, runId: string): DiagnosticRecord[] {
  const out = outcome.notes.map((note) => diagnostic(STAGE, 'warning', 'collector-warning', note, runId));
  if (outcome.cutShort) {
    const { reason, message } = outcome.cutShort;
    const record: DiagnosticRecord & { reason: string } = {
      ...diagnostic(STAGE, 'error', 'run-cut-short', `run cut short (${reason}): ${message}; what was recorded until then is included`, runId),
      reason,
    };
    out.push(record);
  }
  return out;
}

/** One target-output record per repeat that started the target; numbered only when there were several. */
function outputRecords(outputs: KeptOutput[]): CollectedRun['outputs'] {
  return outputs.map((o, i) => ({ ...(outputs.length > 1 ? { repeat: i + 1 } : {}), ...o }));
}

async function emit(outcome: RunOutcome, outputs: KeptOutput[], resolved: ResolvedScenario, collector: Collector, runId: string, io: CliIO, options: CollectScenarioOptions): Promise<void> {
  const { scenario } = resolved;
  const run = await runRecord(io, {
    runId,
    ...(options.runId !== undefined ? { runIdGiven: true } : {}),
    profiler: collector.name,
    command: scenario.command,
    // config: the scenarios file as given, so perf-plan's verification command re-runs the same file.
    scenario: { name: scenario.name, load: scenario.load.kind, ...loadShape(scenario), targets: scenario.targets ?? {}, mainMetric: mainMetricOf(scenario), ...(resolved.file ? { config: resolved.file } : {}) },
  });
  const ids = profileIds(collector.name, outcome.profiles);
  const profiles = outcome.profiles.map((imported, i) => ({ profileId: ids[i]!, imported }));
  await emitCollected(stageOutput(io, STAGE, options.summary ? collectSummary : undefined), { run, metrics: outcome.metrics, profiles, outputs: outputRecords(outputs), diagnostics: runDiagnostics(outcome, runId) });
}

export async function collectScenario(options: CollectScenarioOptions, io: CliIO): Promise<number> {
  await loadSpawn();
  const resolved = resolveScenario(options);
  const collector = collectorNamed(resolved.settings.name);
  // A missing profiler says what to install (exit 1) before a missing program is a usage error (exit 2);
  // both before anything starts. The run checks the tool again, in its own context.
  if (!options.dryRun) await collector.check(contextOutsideRun(resolved, io, tmpdir()));
  checkCommands(resolved, io.env);
  if (options.dryRun) return dryRun(resolved, collector, io);

  const interrupt = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (!interrupt.signal.aborted) io.stderr.write(`\n${STAGE}: ${signal}: stopping the run and keeping what was recorded\n`);
    interrupt.abort(signal);
  };
  const offSignal = io.onStopSignal(onSignal);
  try {
    const outcomes: RunOutcome[] = [];
    const repeats = options.repeat ?? 1;
    // A repeat cut short (or interrupted) ends the series: what was recorded so far is emitted.
    for (let r = 1; r <= repeats && !outcomes.some((o) => o.cutShort); r++) {
      if (repeats > 1) io.stderr.write(`${STAGE}: repeat ${r} of ${repeats}\n`);
      outcomes.push(await runScenario(resolved.scenario, resolved.settings, resolved.cwd, collector, { io, interrupt: interrupt.signal, verbose: options.verbose }));
    }
    const outcome = mergeRepeats(outcomes);
    const runId = options.runId ?? makeRunId(io.now(), JSON.stringify([resolved.scenario.name, resolved.scenario.command]));
    await emit(outcome, outcomes.flatMap((o) => (o.output ? [o.output] : [])), resolved, collector, runId, io, options);
    if (outcome.cutShort) io.stderr.write(`${STAGE}: run cut short (${outcome.cutShort.reason}): ${outcome.cutShort.message}\n`);
    return outcome.exitCode;
  } finally {
    offSignal();
  }
}
