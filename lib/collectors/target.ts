// The program under test: spawned as argv (no shell) in its own process
// group, so Ctrl-C in the terminal reaches perf-collect only (which then stops
// the run in order) and so the whole tree can be signalled at once.

import type { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Result, ResultPromise } from 'execa';
import type { Spawn } from '../base/io.js';

export const STOP_GRACE_MS = 5000;
const TAIL_LINES = 20;

/** Start argv (no shell) as the leader of a new process group, output piped, never throwing. */
export function spawnGroup(spawn: Spawn, command: string[], cwd: string, env: NodeJS.ProcessEnv): ResultPromise {
  return spawn(command[0]!, command.slice(1), {
    cwd,
    env,
    extendEnv: false,
    detached: true,
    stdin: 'ignore',
    stdout: 'pipe',
    stderr: 'pipe',
    reject: false,
    buffer: false,
    cleanup: true,
  });
}

/** Why a process could not start at all (ENOENT, EACCES), from execa's result; undefined if it ran. */
export function startErrorOf(r: Result): string | undefined {
  return r.failed && r.exitCode === undefined && !r.signal ? r.shortMessage : undefined;
}

/** Signal a process group; a group already gone is not an error. */
export function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  try {
    if (pid) process.kill(-pid, signal);
  } catch {
    // ESRCH: already gone
  }
}

/**
 * Longest line kept from the target's output. readline kept a line without a
 * newline whole: a target flooding 512 MiB without one took perf-collect's RSS
 * to 693 MiB (test/safety/faults.test.ts). Beyond this, the line's rest is dropped.
 */
const MAX_LINE_CHARS = 64 * 1024;
const capped = (text: string): string => (text.length > MAX_LINE_CHARS ? text.slice(0, MAX_LINE_CHARS) : text);

/** Calls `each` per line of `input` (CR LF or LF), each at most MAX_LINE_CHARS long, the last one even without a newline. */
function eachLine(input: Readable, each: (line: string) => void): void {
  let partial = '';
  input.setEncoding('utf8');
  input.on('data', (chunk: string) => {
    const parts = chunk.split('\n');
    const last = parts.pop()!;
    for (const part of parts) {
      each(capped(partial + part).replace(/\r$/, ''));
      partial = '';
    }
    partial = capped(partial + last);
  });
  input.on('end', () => partial !== '' && each(partial));
}

export interface TargetExit {
  code: number | null;
  signal: string | null;
}

export class Target {
  readonly proc: ResultPromise;
  readonly pid: number;
  /** Resolves when the target's main process has exited. */
  readonly exited: Promise<TargetExit>;
  exit?: TargetExit;
  private readonly tails: { stdout: string[]; stderr: string[] } = { stdout: [], stderr: [] };
  private readonly lineListeners = new Set<(line: string) => void>();

  /** Whether the process started (its 'spawn' event) or could not (its 'error' event). */
  private readonly spawned: Promise<boolean>;
  /** The real clock in epoch ms (io.clock): the stop's grace period. */
  private readonly clock: () => number;

  constructor(command: string[], options: { spawn: Spawn; clock: () => number; cwd: string; env: NodeJS.ProcessEnv; echo?: (line: string, stream: 'stdout' | 'stderr') => void }) {
    this.clock = options.clock;
    this.proc = spawnGroup(options.spawn, command, options.cwd, options.env);
    // Listened to at once: both events come after this tick, exactly one of them.
    this.spawned = new Promise((resolve) => {
      this.proc.once('spawn', () => resolve(true));
      this.proc.once('error', () => resolve(false));
    });
    this.pid = this.proc.pid ?? -1;
    for (const stream of ['stdout', 'stderr'] as const) {
      eachLine(this.proc[stream]!, (line) => {
        const tail = this.tails[stream];
        tail.push(line);
        if (tail.length > TAIL_LINES) tail.shift();
        options.echo?.(line, stream);
        for (const listen of this.lineListeners) listen(line);
      });
    }
    this.exited = this.proc.then((r) => {
      this.exit = { code: r.exitCode ?? null, signal: r.signal ?? null };
      if (startErrorOf(r)) this.exit.code = 127; // could not start (ENOENT), as a shell says
      return this.exit;
    });
  }

  /** Every line seen so far is replayed, then new lines as they come. */
  onLine(listen: (line: string) => void): () => void {
    for (const line of [...this.tails.stdout, ...this.tails.stderr]) listen(line);
    this.lineListeners.add(listen);
    return () => this.lineListeners.delete(listen);
  }

  /** The last lines of stderr (or stdout when stderr is empty), for error messages. */
  tail(lines = 5): string {
    const source = this.tails.stderr.length > 0 ? this.tails.stderr : this.tails.stdout;
    return source.slice(-lines).join(' | ');
  }

  /**
   * Undefined once the process runs; why it could not start when it could not (execa's
   * message, e.g. ENOENT). Decided by the process' own 'spawn' or 'error' event, not a wait.
   */
  async startError(): Promise<string | undefined> {
    return (await this.spawned) ? undefined : startErrorOf(await this.proc);
  }

  /**
   * SIGTERM to the whole group, SIGKILL after the grace period, then the same
   * for any straggler pid given (processes that left the group).
   */
  async stop(stragglers: () => number[], graceMs = STOP_GRACE_MS): Promise<void> {
    const signalAll = (sig: NodeJS.Signals) => {
      killGroup(this.pid, sig);
      for (const pid of stragglers()) {
        try {
          process.kill(pid, sig);
        } catch {
          // ESRCH: already gone
        }
      }
    };
    if (this.pid <= 0) return;
    signalAll('SIGTERM');
    const deadline = this.clock() + graceMs;
    while (this.clock() < deadline && (this.exit === undefined || stragglers().length > 0)) await sleep(50);
    if (this.exit === undefined || stragglers().length > 0) signalAll('SIGKILL');
    await this.exited;
    while (stragglers().length > 0 && this.clock() < deadline + graceMs) await sleep(50);
  }
}
