// The `python` profiler: wall-clock stack sampling by the small stdlib-only
// sampler shipped in lib/collectors/python/sampler.py, which runs the user's
// script (or -m module) in its own process through runpy and writes folded
// stacks. Wall clock, so threads waiting on I/O or locks show up as well as
// those burning CPU; each sample carries its thread's state as the pprof label
// `state` (running, sleeping, io, lock, gil, waiting; see sampler.py), the
// innermost C call it waits in as `call`, and the thread's name as `thread`.
// Samples are counted inside the measurement window only (start/stop files
// the sampler polls). Child processes are not sampled.

import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProfilerError, badInput, usage } from '../base/errors.js';
import { isAlive } from '../base/process-alive.js';
import type { Profile } from '../model/profile.js';
import { readSampledStacks } from './python-stacks.js';
import { heapOutOf, pythonHeapSeries, pythonRetention, wantsHeap } from './python-memory.js';
import { findCommand, missing, targetEnv } from './tool.js';
import type { CollectedProfile, Collector, CollectorContext } from './types.js';

export const DEFAULT_PYTHON_INTERVAL_US = 5000;
/** How long the sampler may take to see `stop` and write what it holds. */
const WRITE_GRACE_MS = 10_000;

// tsc does not copy .py files: from dist/lib/collectors find the one in lib/.
const here = dirname(fileURLToPath(import.meta.url));
export const SAMPLER = [join(here, 'python', 'sampler.py'), join(here, '../../../lib/collectors/python/sampler.py')].find((p) => existsSync(p))!;

/** Interpreter options that take no value and may precede the script. */
const FLAG_OPTIONS = /^-(u|B|O|OO|E|s|S|I|b|bb|q|v|d)$/;

export interface PythonCommand {
  interpreter: string;
  options: string[];
  /** `script.py args...` or `-m module args...` */
  target: string[];
}

/** Split `python3 [options] script.py args` (or `script.py args`) into its parts, refusing what the runner cannot run. */
export function splitPythonCommand(command: readonly string[], scenario: string): PythonCommand {
  const program = basename(command[0] ?? '');
  if (/\.py$/.test(program)) return { interpreter: 'python3', options: [], target: [...command] };
  if (!/^python(\d+(\.\d+)*)?$/.test(program)) {
    throw usage(`scenario '${scenario}': the python and cprofile profilers run 'python3 script.py ...' or 'script.py ...'; the command starts with '${command[0] ?? ''}' (use the perf profiler for other programs)`);
  }
  const options: string[] = [];
  let i = 1;
  for (; i < command.length; i++) {
    const arg = command[i]!;
    if (FLAG_OPTIONS.test(arg)) options.push(arg);
    else if (arg === '-X' || arg === '-W') options.push(arg, command[++i] ?? '');
    else break;
  }
  const target = command.slice(i);
  if (target.length === 0 || target[0] === '-c' || target[0] === '-' || (target[0]!.startsWith('-') && target[0] !== '-m') || (target[0] === '-m' && target.length < 2)) {
    throw usage(`scenario '${scenario}': expected a script or '-m module' after ${command[0]}, got '${command.slice(1).join(' ')}'`);
  }
  return { interpreter: command[0]!, options, target };
}

/** The argv that runs the target under the shipped runner in `mode`. */
export function runnerCommand(ctx: CollectorContext, mode: 'sample' | 'cprofile', out: string, extra: string[] = []): string[] {
  const py = splitPythonCommand(ctx.scenario.command, ctx.scenario.name);
  return [py.interpreter, ...py.options, SAMPLER, '--mode', mode, ...extra, '--out', out, '--', ...py.target];
}

/** Is the interpreter there? Shared with the cprofile backend. */
export async function checkPython(ctx: CollectorContext): Promise<void> {
  const { interpreter } = splitPythonCommand(ctx.scenario.command, ctx.scenario.name);
  if (!(await findCommand(interpreter, targetEnv(ctx)))) {
    throw missing(`${interpreter} not found on PATH`, 'install Python 3 (Debian/Ubuntu: apt-get install python3)');
  }
}

function intervalOf(ctx: CollectorContext): number {
  const us = ctx.settings.intervalUs ?? DEFAULT_PYTHON_INTERVAL_US;
  if (!Number.isInteger(us) || us < 100) throw usage(`scenario '${ctx.scenario.name}': profiler.intervalUs must be a whole number of at least 100, got ${String(us)}`);
  return us;
}

function stacksPath(ctx: CollectorContext): string {
  return join(ctx.workDir, 'stacks.ndjson');
}

function windowDir(ctx: CollectorContext): string {
  return join(ctx.workDir, 'python-window');
}

export interface SamplerMeta {
  samples: number;
  elapsedNs: number;
  intervalUs: number;
}

/**
 * Counts of sampler ticks to a wall profile. A sampler that wrote each stack's
 * wall time (the time since the previous tick, summed per stack) is taken as
 * written: a C call holding the GIL is one tick however long it runs, and only
 * its time says how long. Counts alone (an older sampler's file) are each worth
 * the mean time between ticks actually measured.
 */
export function asWallProfile(profile: Profile, meta: SamplerMeta): Profile {
  const tickNs = meta.samples > 0 ? Math.round(meta.elapsedNs / meta.samples) : meta.intervalUs * 1000;
  const timed = profile.sampleTypes[1]?.type === 'wall';
  return {
    ...profile,
    sampleTypes: [{ type: 'samples', unit: 'count' }, { type: 'wall', unit: 'nanoseconds' }],
    defaultSampleIndex: 1,
    periodType: { type: 'wall', unit: 'nanoseconds' },
    period: tickNs,
    durationNs: meta.elapsedNs,
    samples: timed ? profile.samples : profile.samples.map((s) => ({ ...s, values: [s.values[0]!, s.values[0]! * tickNs] })),
  };
}

/**
 * The sampler sees `stop` on its next tick and writes stacks and heap there; the
 * target is stopped only after that, since a stop that comes first unwinds the
 * script (runpy drops its module) and what the window kept would read as freed.
 */
async function untilWritten(ctx: CollectorContext): Promise<void> {
  const pidText = await readFile(join(windowDir(ctx), 'sampler.pid'), 'utf8').catch(() => '');
  const pid = Number.parseInt(pidText, 10);
  const deadline = ctx.clock() + WRITE_GRACE_MS;
  while (!existsSync(`${stacksPath(ctx)}.meta.json`)) {
    if (!(pid > 0 && isAlive(pid)) || ctx.signal.aborted) return;
    if (ctx.clock() > deadline) {
      ctx.log(`python: the sampler (pid ${pid}) wrote no stacks within ${WRITE_GRACE_MS / 1000} s of the window's end`);
      return;
    }
    await sleep(20);
  }
}

export const pythonCollector: Collector = {
  name: 'python',
  check: checkPython,
  async prepare(ctx) {
    const extra = ['--interval-us', String(intervalOf(ctx)), '--window-dir', windowDir(ctx), ...(wantsHeap(ctx) ? ['--heap-out', heapOutOf(ctx)] : [])];
    await mkdir(windowDir(ctx), { recursive: true });
    return { command: runnerCommand(ctx, 'sample', stacksPath(ctx), extra), env: {} };
  },
  // The sampler polls for these files each tick: samples cover the measurement window only.
  async onMeasureStart(ctx) {
    await writeFile(join(windowDir(ctx), 'start'), '');
  },
  async onMeasureEnd(ctx) {
    await writeFile(join(windowDir(ctx), 'stop'), '');
    await untilWritten(ctx);
  },
  async collect(ctx) {
    const out = stacksPath(ctx);
    const metaText = await readFile(`${out}.meta.json`, 'utf8').catch(() => undefined);
    if (metaText === undefined) throw new ProfilerError('runtime', 'python: the sampler wrote no stacks (the target was killed before it could write them)');
    let meta: SamplerMeta;
    try {
      meta = JSON.parse(metaText) as SamplerMeta;
    } catch (err) {
      throw badInput(`${out}.meta.json`, `not JSON (${(err as Error).message})`);
    }
    const folded = await readFile(out);
    if (folded.length === 0) throw new ProfilerError('runtime', `python: no stacks sampled in the ${(meta.elapsedNs / 1e9).toFixed(2)} s window; the script ended before the first sample, or lower profiler.intervalUs`);
    const wall: CollectedProfile = { kind: 'wall', sourceFormat: 'python-sampler', label: 'wall', profile: asWallProfile(await readSampledStacks(out), meta) };
    return [wall, ...(await pythonRetention(ctx))];
  },
  async memorySeries(ctx) {
    return pythonHeapSeries(ctx);
  },
  describe(ctx, launch) {
    return `python: wall-clock stack sampling every ${intervalOf(ctx)} us: ${launch.command.join(' ')}`;
  },
};
