// The `jfr` profiler: Java Flight Recorder in the JVM the command starts,
// switched on through JAVA_TOOL_OPTIONS (every JVM reads it, so `java -jar`,
// mvn and gradle wrappers are covered) with the `profile` settings (allocation
// and lock events), execution samples every 1 ms (DEFAULT_JFR_INTERVAL_US) and the wait events'
// thresholds lowered to 1 ms (WAIT_EVENT_SETTINGS), dumped when the JVM
// exits, also on SIGTERM. Converted by the jfr importer (`jfr print --json`).
// JDK 17 names no pid in the file, so with several JVMs the last to exit wins.
// At the window's edges each JVM is asked for a GC and, at its end, for a dump
// with paths to GC roots: memory over time and retention (jfr-memory.ts).

import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ProfilerError, oneLine, usage } from '../base/errors.js';
import { appendOption, findCommand, importFile, missing, targetEnv } from './tool.js';
import { RECORDING_NAME, onJfrWindowEnd, onJfrWindowStart, readJfrMemory, type JfrMemory } from './jfr-memory.js';
import type { Collector, CollectorContext, MemorySeries } from './types.js';

const INSTALL = 'install a JDK 11 or newer (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless), or put its bin/ on PATH';

/**
 * The profile settings record every wait event of JDK 17 (socket and file reads and writes,
 * monitor enter and wait, park, sleep) but only those of 10 ms or more, which hides the
 * waits a request makes one after another; 1 ms keeps them at a bounded cost (each event
 * is a stack trace). Native method samples, the wall-clock view of threads in native code
 * (a socket read of any length), every 10 ms instead of 20, as execution samples are.
 */
export const WAIT_EVENT_SETTINGS = [
  ...['SocketRead', 'SocketWrite', 'FileRead', 'FileWrite', 'JavaMonitorEnter', 'JavaMonitorWait', 'ThreadPark', 'ThreadSleep'].map((e) => `jdk.${e}#threshold=1ms`),
  'jdk.NativeMethodSample#period=10ms',
].join(',');

/**
 * JFR's execution sampler takes only threads running Java code: a thread inside the JVM
 * (filling in an exception's stack trace, resolving a class) or in a native call is not
 * sampled at all. At the profile settings' 10 ms a 2 s program that throws per call gave
 * 6 or 7 execution samples (its thread was in the VM 95% of the time), too few for any
 * finding in about 2 runs of 3; at 1 ms it gives about a hundred. profiler.intervalUs
 * (whole milliseconds) overrides it.
 */
export const DEFAULT_JFR_INTERVAL_US = 1000;

function samplingPeriodMs(ctx: CollectorContext): number {
  const us = ctx.settings.intervalUs ?? DEFAULT_JFR_INTERVAL_US;
  if (!Number.isInteger(us) || us < 1000 || us % 1000 !== 0) throw usage(`scenario '${ctx.scenario.name}': profiler.intervalUs for jfr must be a whole number of milliseconds (1000, 2000, ...), got ${String(us)}`);
  return us / 1000;
}

export function recordingPath(ctx: CollectorContext): string {
  return join(ctx.workDir, 'rec.jfr');
}

export function flightRecorderOption(ctx: CollectorContext): string {
  const path = recordingPath(ctx);
  // JAVA_TOOL_OPTIONS splits on whitespace and the option on commas.
  if (/[\s,=]/.test(path)) throw usage(`jfr: the temp folder ${ctx.workDir} has a space, comma or '=' in its path; set TMPDIR to a plain path`);
  // Named, so the window's end can dump it (with paths to GC roots: jfr-memory.ts).
  return `-XX:StartFlightRecording=filename=${path},settings=profile,dumponexit=true,name=${RECORDING_NAME},${WAIT_EVENT_SETTINGS},jdk.ExecutionSample#period=${samplingPeriodMs(ctx)}ms`;
}

/** A JDK tool from $JAVA_HOME/bin, else PATH. */
async function jdkTool(ctx: CollectorContext, name: string): Promise<string | undefined> {
  const env = targetEnv(ctx);
  const home = env.JAVA_HOME;
  return (home && (await findCommand(join(home, 'bin', name)))) || (await findCommand(name, env));
}

/** The heap series of each run, read in collect() and handed back by memorySeries(). */
const heapSeries = new Map<string, MemorySeries[]>();

export const jfrCollector: Collector = {
  name: 'jfr',
  async check(ctx) {
    const jfr = await jdkTool(ctx, 'jfr');
    if (!jfr) throw missing('the JDK tool jfr (to read flight recordings) was not found in $JAVA_HOME/bin or on PATH', INSTALL);
    flightRecorderOption(ctx);
  },
  async prepare(ctx) {
    return { command: ctx.scenario.command, env: { JAVA_TOOL_OPTIONS: appendOption(ctx, 'JAVA_TOOL_OPTIONS', flightRecorderOption(ctx)) } };
  },
  async collect(ctx) {
    const path = recordingPath(ctx);
    if (!(await stat(path).catch(() => undefined))) {
      throw new ProfilerError('runtime', `jfr: no recording at ${path}; did the command start a JVM (java 11+), and did it exit or get SIGTERM rather than SIGKILL?`);
    }
    const imported = await importFile(path, 'jfr');
    const memory = await readJfrMemory(ctx, (await jdkTool(ctx, 'jfr')) ?? 'jfr', undefined).catch((err: unknown) => {
      (ctx.warn ?? ctx.log)(`jfr: the window's memory could not be read: ${oneLine(err)}`);
      return { series: [] } as JfrMemory;
    });
    heapSeries.set(ctx.workDir, memory.series);
    return [...imported.map((p) => ({ ...p, label: p.label ?? p.kind })), ...(memory.retention ? [memory.retention] : [])];
  },
  async onMeasureStart(ctx) {
    await onJfrWindowStart(ctx, recordingPath(ctx), await jdkTool(ctx, 'jcmd'));
  },
  async onMeasureEnd(ctx) {
    await onJfrWindowEnd(ctx);
  },
  async memorySeries(ctx) {
    const series = heapSeries.get(ctx.workDir) ?? [];
    heapSeries.delete(ctx.workDir);
    return series;
  },
  describe(_ctx, launch) {
    return `jfr: ${launch.command.join(' ')} with JAVA_TOOL_OPTIONS=${launch.env.JAVA_TOOL_OPTIONS}`;
  },
};
