// Shared by the profiler backend tests (pprof, perf, jfr, python, cprofile,
// jprofiler): run the real perf-collect --run-profile into the real
// perf-analyze through a shell pipe, and read what came out.

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parseRecords, sh, type BinResult } from '../helpers.js';

export interface ProfiledRun extends BinResult {
  records: Record<string, any>[];
}

const quote = (word: string): string => `'${word.replace(/'/g, `'\\''`)}'`;

/** `perf-collect --run-profile <args> | perf-analyze --top <top>` in `cwd`. */
export function profiledRun(args: string[], options: { cwd: string; top?: number; env?: NodeJS.ProcessEnv }): ProfiledRun {
  const r = sh(`perf-collect --run-profile ${args.map(quote).join(' ')} | perf-analyze --top ${options.top ?? 10}`, {
    cwd: options.cwd,
    ...(options.env ? { env: options.env } : {}),
  });
  return { ...r, records: r.code === 0 ? parseRecords(r.stdout) : [] };
}

/** Writes perf-scenarios.json into `dir`. */
export function writeScenarios(dir: string, scenarios: Record<string, unknown>): string {
  const path = join(dir, 'perf-scenarios.json');
  writeFileSync(path, JSON.stringify({ version: 1, scenarios }, null, 2));
  return path;
}

/** Function names of the hotspot records of one kind, by self or cum, in rank order. */
export function hotspots(records: Record<string, any>[], kind: string, by: 'self' | 'cum' = 'self'): string[] {
  return records
    .filter((r) => r.type === 'hotspot' && r.kind === kind && r.by === by)
    .sort((a, b) => a.rank - b.rank)
    .map((r) => String(r.function));
}

export function metric(records: Record<string, any>[], name: string): number | undefined {
  return records.find((r) => r.type === 'metric' && r.name === name)?.value as number | undefined;
}

export function profileKinds(records: Record<string, any>[]): string[] {
  return records.filter((r) => r.type === 'profile').map((r) => String(r.kind)).sort();
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Run a build step; its stderr becomes the failure message. */
export function build(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): void {
  const r = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr || r.error?.message}`);
}

/** A scenario that starts the Python HTTP fixture on `port` and loads it for 2 s. */
export function pythonServerScenario(server: string, port: number, profiler: Record<string, unknown>): Record<string, unknown> {
  return {
    command: ['python3', server, String(port)],
    profiler,
    ready: { line: 'listening on', timeoutMs: 20000 },
    load: { kind: 'http', url: `http://127.0.0.1:${port}/`, connections: 2, durationS: 2 },
  };
}

/**
 * Run a two-phase fixture (prints "ready", `warmup_phase` for its first second,
 * then `window_phase` until stopped) with a 2 s warm-up and a 1.5 s window,
 * and say which phases the profile of `kind` holds.
 */
export function phasedRun(dir: string, command: string[], profiler: Record<string, unknown>, kind: string): ProfiledRun & { phases: string[]; why: string } {
  writeScenarios(dir, {
    default: { command, profiler, ready: { line: '^ready$', timeoutMs: 20000 }, warmupS: 2, load: { kind: 'command', command: ['sleep', '1.5'] } },
  });
  const r = profiledRun([], { cwd: dir, top: 10 });
  const cum = hotspots(r.records, kind, 'cum');
  const diagnostics = r.records.filter((rec) => rec.type === 'diagnostic').map((rec) => rec.message);
  return { ...r, phases: cum.filter((f) => /_phase$/.test(f)).sort(), why: `cum: ${cum.join(', ')}; diagnostics: ${diagnostics.join('; ')}` };
}
