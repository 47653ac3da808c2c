// The `perf` profiler: Linux perf samples the whole command (any language that
// has symbols: C, C++, Rust, Go, and Node with --perf-basic-prof), with call
// graphs: `perf record -g -F <hz> -o <workDir>/perf.data -- <command>`.
// With a load, perf starts with its events off (-D -1) and the measurement
// window switches them on and off through a control FIFO, so warm-up is not
// in the profile; with load `none` the whole run is the window.
// Afterwards `perf script` text, with source lines and inlined functions from
// the binaries' DWARF (perf-symbolize.ts), streams into the perf-script importer.
// perf forwards SIGTERM to the command and still writes perf.data, so the
// orchestration stops it like any target.

import { constants } from 'node:fs';
import { open, readFile, readdir, stat, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { ProfilerError, oneLine } from '../base/errors.js';
import { importProfiles } from '../importers/registry.js';
import { DEFAULT_LIMITS } from '../importers/types.js';
import { annotated, findSymbolizer, resolveAll } from './perf-symbolize.js';
import { appendOption, findCommand, missing, streamSource, targetEnv } from './tool.js';
import type { Collector, CollectorContext } from './types.js';

export const DEFAULT_FREQUENCY_HZ = 999;
const PARANOID_FILE = '/proc/sys/kernel/perf_event_paranoid';
const INSTALL = 'install it (Debian/Ubuntu: apt-get install linux-perf; Fedora: dnf install perf)';
/** Node flags that give JIT-compiled and interpreted JavaScript frames their names in perf. */
const NODE_PERF_FLAGS = '--perf-basic-prof --interpreted-frames-native-stack';

/** Does the command start Node (so perf needs Node's symbol map)? */
export function isNodeCommand(command: readonly string[]): boolean {
  const program = basename(command[0] ?? '');
  return /^(node|nodejs|npm|npx|pnpm|yarn|tsx|ts-node)$/.test(program) || /\.[cm]?js$/.test(program);
}

function frequencyOf(ctx: CollectorContext): number {
  const hz = ctx.settings.frequencyHz ?? DEFAULT_FREQUENCY_HZ;
  if (!Number.isInteger(hz) || hz < 1 || hz > 100_000) {
    throw new ProfilerError('usage', `scenario '${ctx.scenario.name}': profiler.frequencyHz must be a whole number from 1 to 100000, got ${String(hz)}`);
  }
  return hz;
}

function controlFifo(ctx: CollectorContext): string {
  return join(ctx.workDir, 'perf.ctl');
}

/**
 * How perf walks the stack: frame pointers (-g, the default: cheap) or DWARF
 * (settings.callGraph 'dwarf': a copy of the stack per sample, unwound
 * afterwards). Frame pointers lose the caller of a leaf without a frame (a
 * libc strcmp or write called from user code is charged to the caller's
 * caller); DWARF keeps it.
 */
function callGraphArgs(ctx: CollectorContext): string[] {
  const mode = ctx.settings['callGraph'] ?? 'fp';
  if (mode === 'fp') return ['-g'];
  if (mode === 'dwarf') return ['--call-graph', 'dwarf'];
  throw new ProfilerError('usage', `scenario '${ctx.scenario.name}': profiler.callGraph must be fp or dwarf, got ${String(mode)}`);
}

/** `windowed`: start with events off, switched by the measurement window through the control FIFO. */
export function perfRecordArgs(ctx: CollectorContext, windowed: boolean): string[] {
  const window = windowed ? ['-D', '-1', '--control', `fifo:${controlFifo(ctx)}`] : [];
  return ['perf', 'record', ...callGraphArgs(ctx), '-F', String(frequencyOf(ctx)), ...window, '-o', join(ctx.workDir, 'perf.data'), '--', ...ctx.scenario.command];
}

/** Ask the running perf to enable or disable its events. perf holds the FIFO open, so this never blocks. */
async function control(ctx: CollectorContext, command: 'enable' | 'disable'): Promise<void> {
  if (!windowed.has(ctx.workDir)) return;
  try {
    const fifo = await open(controlFifo(ctx), constants.O_WRONLY | constants.O_NONBLOCK);
    try {
      await fifo.write(`${command}\n`);
    } finally {
      await fifo.close();
    }
  } catch (err) {
    ctx.log(`perf: could not ${command} recording through ${controlFifo(ctx)} (${oneLine(err)})`);
  }
}

/** What perf_event_paranoid allows an unprivileged user, and what to change when it is not enough. */
export function paranoidAdvice(level: number | undefined): string {
  const now = level === undefined ? 'unknown' : String(level);
  return `kernel.perf_event_paranoid is ${now}; run as root, or allow profiling with 'sysctl kernel.perf_event_paranoid=1' (needs root; in a container also --cap-add PERFMON or SYS_ADMIN)`;
}

async function paranoidLevel(): Promise<number | undefined> {
  const text = await readFile(PARANOID_FILE, 'utf8').catch(() => undefined);
  return text === undefined ? undefined : Number.parseInt(text.trim(), 10);
}

/** The Node symbol maps (/tmp/perf-<pid>.map) written during this run by processes that have exited. */
async function removeStaleMaps(since: number): Promise<void> {
  const dir = tmpdir();
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const m = /^perf-(\d+)\.map$/.exec(name);
    if (!m) continue;
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (!info || info.mtimeMs < since) continue;
    try {
      process.kill(Number(m[1]), 0);
      continue; // still running: not ours to remove
    } catch {
      await unlink(path).catch(() => undefined);
    }
  }
}

const started = new Map<string, number>();
/** Work dirs of runs whose perf records the measurement window only. */
const windowed = new Set<string>();

export const perfCollector: Collector = {
  name: 'perf',
  async check(ctx) {
    const env = targetEnv(ctx);
    if (!(await findCommand('perf', env))) throw missing('perf (Linux perf) not found on PATH', INSTALL);
    // Debian's /usr/bin/perf is a wrapper that fails when no perf matches the running kernel.
    const version = await ctx.spawn('perf', ['--version'], { env, reject: false });
    if (version.exitCode !== 0) throw missing(`perf does not run here (${oneLine(version.stderr || version.stdout)})`, INSTALL);
    const level = await paranoidLevel();
    const root = process.getuid?.() === 0;
    if (!root && level !== undefined && level > 2) {
      throw new ProfilerError('tool-missing', `perf is not permitted for this user: ${paranoidAdvice(level)}`);
    }
    // The real test: record a trivial command (seccomp and container limits show up only here).
    const probe = await ctx.spawn('perf', ['record', '-q', '-o', join(ctx.workDir, 'probe.data'), '--', 'true'], { env, reject: false });
    await unlink(join(ctx.workDir, 'probe.data')).catch(() => undefined);
    if (probe.exitCode !== 0) {
      const first = String(probe.stderr).split('\n').map((l) => l.trim()).find((l) => l !== '' && l !== 'Error:');
      throw new ProfilerError('tool-missing', `perf record failed (${first ?? `exit code ${probe.exitCode}`}): ${paranoidAdvice(level)}`);
    }
    if (!root && level === 2) ctx.log('perf: kernel.perf_event_paranoid is 2, so only user-space frames are recorded');
  },
  async prepare(ctx) {
    started.set(ctx.workDir, ctx.clock());
    const env: Record<string, string> = {};
    if (isNodeCommand(ctx.scenario.command)) env.NODE_OPTIONS = appendOption(ctx, 'NODE_OPTIONS', NODE_PERF_FLAGS);
    if (ctx.scenario.load.kind !== 'none') {
      const made = await ctx.spawn('mkfifo', [controlFifo(ctx)], { reject: false, stdin: 'ignore' });
      if (made.exitCode === 0) windowed.add(ctx.workDir);
      else ctx.log(`perf: no control FIFO (${oneLine(made.stderr || made.message)}); recording the whole run`);
    }
    return { command: perfRecordArgs(ctx, windowed.has(ctx.workDir)), env };
  },
  async onMeasureStart(ctx) {
    await control(ctx, 'enable');
  },
  async onMeasureEnd(ctx) {
    await control(ctx, 'disable');
  },
  async collect(ctx) {
    const data = join(ctx.workDir, 'perf.data');
    try {
      if (!(await stat(data).catch(() => undefined))) {
        throw new ProfilerError('runtime', `perf wrote no ${data}; perf record did not start (see the target's output above)`);
      }
      // The text goes to a file first: source lines and inlined functions need every address
      // before the first frame can be written out (one symbolizer run per binary).
      const text = join(ctx.workDir, 'perf-script.txt');
      const script = await ctx.spawn('perf', ['script', '-i', data], { env: targetEnv(ctx), stdout: { file: text }, reject: false, stdin: 'ignore' });
      const symbolizer = await findSymbolizer(targetEnv(ctx), ctx.spawn);
      if (!symbolizer) ctx.log('perf: neither llvm-symbolizer nor addr2line found; native frames get no source lines or inlined functions');
      const table = symbolizer ? await resolveAll(text, symbolizer) : new Map();
      const source = await streamSource(`perf script -i ${data}`, Readable.from(annotated(text, table)));
      if (!source) {
        throw new ProfilerError('runtime', `perf recorded no samples${script.exitCode !== 0 ? ` (perf script: ${oneLine(script.stderr)})` : ''}; the command may have ended too soon, or raise profiler.frequencyHz`);
      }
      const profiles = await importProfiles(source, DEFAULT_LIMITS, 'perf-script');
      return profiles.map((p) => ({ ...p, label: p.label ?? p.kind }));
    } finally {
      if (isNodeCommand(ctx.scenario.command)) await removeStaleMaps(started.get(ctx.workDir) ?? ctx.clock());
      started.delete(ctx.workDir);
      windowed.delete(ctx.workDir);
    }
  },
  describe(ctx, launch) {
    const node = launch.env.NODE_OPTIONS ? ` with NODE_OPTIONS=${launch.env.NODE_OPTIONS}` : '';
    const window = launch.command.includes('--control') ? ', recording the measurement window only' : '';
    return `perf: ${launch.command.join(' ')}${node}${window}, then perf script into the perf-script importer`;
  },
};
