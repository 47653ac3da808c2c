// The `command` load: the user's own driver (k6, wrk, a test suite) runs
// until it exits. Its output goes to our stderr: stdout carries records only.

import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { execa } from 'execa';
import type { LoadSpec } from './types.js';

export type CommandLoad = Extract<LoadSpec, { kind: 'command' }>;

export interface CommandLoadResult {
  exitCode: number | null;
  signal: string | null;
  /** Why it could not start (ENOENT ...), when it could not. */
  startError?: string;
}

export function runCommandLoad(load: CommandLoad, cwd: string, baseEnv: NodeJS.ProcessEnv, stderr: Writable, signal: AbortSignal): Promise<CommandLoadResult> {
  const proc = execa(load.command[0]!, load.command.slice(1), {
    cwd: resolve(cwd, load.cwd ?? '.'),
    env: { ...baseEnv, ...load.env },
    extendEnv: false,
    detached: true,
    stdin: 'ignore',
    stdout: 'pipe',
    stderr: 'pipe',
    reject: false,
    buffer: false,
    cleanup: true,
  });
  proc.stdout?.pipe(stderr, { end: false });
  proc.stderr?.pipe(stderr, { end: false });
  const stop = () => {
    try {
      if (proc.pid) process.kill(-proc.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  signal.addEventListener('abort', stop, { once: true });
  return proc.then((r) => {
    signal.removeEventListener('abort', stop);
    const startError = r.failed && r.exitCode === undefined && !r.signal ? r.shortMessage : undefined;
    return { exitCode: r.exitCode ?? null, signal: r.signal ?? null, ...(startError ? { startError } : {}) };
  });
}
