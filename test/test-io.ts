// An io for calling a command's run() (or the run orchestration) in-process:
// stdin from a string, stdout and stderr captured, the real clock and spawn
// unless a test pins them, and stop signals sent by the test, not the OS.

import { PassThrough, Readable } from 'node:stream';
import { execa } from 'execa';
import type { CliIO } from '../lib/base/io.js';
import { ROOT } from './helpers.js';

export interface TestIO {
  io: CliIO;
  stdout(): string;
  stderr(): string;
  /** As if perf-collect received `signal` (SIGINT on Ctrl-C). */
  sendStopSignal(signal: NodeJS.Signals): void;
}

function capture(): { stream: PassThrough; text(): string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

export function testIO(options: { stdin?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv; now?: number; clock?: () => number } = {}): TestIO {
  const out = capture();
  const err = capture();
  const handlers = new Set<(signal: NodeJS.Signals) => void>();
  const stdin = options.stdin === undefined ? Readable.from([]) : Readable.from([Buffer.from(options.stdin)]);
  const io: CliIO = {
    stdin,
    stdout: out.stream,
    stderr: err.stream,
    cwd: options.cwd ?? ROOT,
    env: options.env ?? { ...process.env },
    now: () => options.now ?? Date.now(),
    clock: options.clock ?? (() => Date.now()),
    onStopSignal: (handler) => {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    spawn: execa,
  };
  return { io, stdout: out.text, stderr: err.text, sendStopSignal: (signal) => [...handlers].forEach((h) => h(signal)) };
}
