// The `command` load: the user's own driver (k6, wrk, a test suite) runs
// until it exits. Its output goes to our stderr: stdout carries records only.

import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { Spawn } from '../base/io.js';
import { killGroup, spawnGroup, startErrorOf } from './target.js';
import type { LoadSpec } from './types.js';

export type CommandLoad = Extract<LoadSpec, { kind: 'command' }>;

export interface CommandLoadResult {
  exitCode: number | null;
  signal: string | null;
  /** Why it could not start (ENOENT ...), when it could not. */
  startError?: string;
}

export function runCommandLoad(spawn: Spawn, load: CommandLoad, cwd: string, baseEnv: NodeJS.ProcessEnv, stderr: Writable, signal: AbortSignal): Promise<CommandLoadResult> {
  const proc = spawnGroup(spawn, load.command, resolve(cwd, load.cwd ?? '.'), { ...baseEnv, ...load.env });
  proc.stdout?.pipe(stderr, { end: false });
  proc.stderr?.pipe(stderr, { end: false });
  const stop = () => killGroup(proc.pid, 'SIGTERM');
  signal.addEventListener('abort', stop, { once: true });
  return proc.then((r) => {
    signal.removeEventListener('abort', stop);
    const startError = startErrorOf(r);
    return { exitCode: r.exitCode ?? null, signal: r.signal ?? null, ...(startError ? { startError } : {}) };
  });
}
