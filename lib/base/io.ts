// The world a command sees, passed in so tests need no globals (pprof's
// driver takes its UI, fetcher and writer the same way).

import type { Readable, Writable } from 'node:stream';

export interface CliIO {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Milliseconds since the epoch; SOURCE_DATE_EPOCH pins it for reproducible output. */
  now(): number;
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
