// The world a command sees, passed in so tests need no globals (pprof's
// driver takes its UI, fetcher and writer the same way).

import type { Readable, Writable } from 'node:stream';
import type { execa } from 'execa';

/** Starts a program (execa's signature): the one way collectors and the orchestrator spawn. */
export type Spawn = typeof execa;

let loadedExeca: Spawn | undefined;

/**
 * Loads execa for processIO's spawn. Only the commands that start programs call it
 * (perf-profiler, perf-collect --run-profile), before their first spawn: importing
 * execa was a quarter of every other bin's start (0.1 s of CPU of 0.45 s).
 */
export async function loadSpawn(): Promise<Spawn> {
  return (loadedExeca ??= (await import('execa')).execa);
}

const spawnOnceLoaded = ((...args: unknown[]) => {
  if (!loadedExeca) throw new Error('io.spawn before loadSpawn(): a command that starts programs must await loadSpawn() first');
  return (loadedExeca as (...a: unknown[]) => unknown)(...args);
}) as unknown as Spawn;

/** The signals that stop a run in order (Ctrl-C, kill). */
export const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

export interface CliIO {
  stdin: Readable & { isTTY?: boolean };
  /** isTTY when it is a terminal: the bins then write a summary for people instead of records. */
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Milliseconds since the epoch; SOURCE_DATE_EPOCH pins it for reproducible output. */
  now(): number;
  /** The real clock in milliseconds since the epoch, never pinned: for how long something took, and progress lines. */
  clock(): number;
  /** Calls `handler` on SIGINT or SIGTERM until the returned function is called. */
  onStopSignal(handler: (signal: NodeJS.Signals) => void): () => void;
  spawn: Spawn;
}

export function processIO(): CliIO {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    now: () => {
      const pinned = process.env.SOURCE_DATE_EPOCH;
      return pinned && /^\d+$/.test(pinned) ? Number(pinned) * 1000 : Date.now();
    },
    clock: () => Date.now(),
    onStopSignal: (handler) => {
      for (const signal of STOP_SIGNALS) process.on(signal, handler);
      return () => {
        for (const signal of STOP_SIGNALS) process.off(signal, handler);
      };
    },
    spawn: spawnOnceLoaded,
  };
}

/** A logger for stderr that stays quiet unless --verbose. */
export function logger(io: CliIO, stage: string, verbose: boolean): { info(msg: string): void; warn(msg: string): void } {
  return {
    info: (msg) => {
      if (verbose) io.stderr.write(`${stage}: ${msg}\n`);
    },
    warn: (msg) => io.stderr.write(`${stage}: warning: ${msg}\n`),
  };
}
