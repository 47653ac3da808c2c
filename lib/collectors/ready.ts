// "Is the target ready?": an HTTP URL answering below 500, a TCP port
// accepting connections, or a line on its output matching a regex.

import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { usage } from '../base/errors.js';
import type { ReadyCheck } from './types.js';
import type { Target } from './target.js';

export const DEFAULT_READY_TIMEOUT_MS = 30_000;
const POLL_MS = 100;
/** One attempt's limit: a target that accepts but never answers must not stall the check. */
const ATTEMPT_MS = 1000;

export function describeReady(check: ReadyCheck): string {
  const what = check.http ? `GET ${check.http} answers` : check.tcp !== undefined ? `TCP ${String(check.tcp)} accepts` : `a line matches /${check.line}/`;
  return `${what} (timeout ${(check.timeoutMs ?? DEFAULT_READY_TIMEOUT_MS) / 1000} s)`;
}

/** Undefined when the URL answers below 500; otherwise what went wrong, for the cut-short message. */
async function httpFailure(url: string): Promise<string | undefined> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(ATTEMPT_MS), redirect: 'manual' });
    await res.arrayBuffer();
    return res.status < 500 ? undefined : `GET ${url} answered ${res.status}`;
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    if (e.name === 'TimeoutError') return `GET ${url} got no response within ${ATTEMPT_MS / 1000} s (the port accepts connections, the target never answers)`;
    return `GET ${url} failed (${e.cause?.code ?? e.message})`;
  }
}

function tcpFailure(spec: number | string): Promise<string | undefined> {
  const [host, port] = typeof spec === 'number' ? ['127.0.0.1', spec] : [spec.slice(0, spec.lastIndexOf(':')), Number(spec.slice(spec.lastIndexOf(':') + 1))];
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(ATTEMPT_MS);
    const done = (why: string | undefined) => {
      socket.destroy();
      resolve(why);
    };
    socket.once('connect', () => done(undefined));
    socket.once('error', (err: NodeJS.ErrnoException) => done(`TCP ${host}:${port} ${err.code ?? err.message}`));
    socket.once('timeout', () => done(`TCP ${host}:${port} did not accept within ${ATTEMPT_MS / 1000} s`));
  });
}

export interface ReadyAnswer {
  ready: boolean;
  /** Why the last attempt failed, when it did. */
  lastFailure?: string;
}

/** Ready once the check passes; not ready on timeout (by `clock`, epoch ms), or early if `stop` aborts. */
export async function waitReady(check: ReadyCheck, target: Target, stop: AbortSignal, clock: () => number): Promise<ReadyAnswer> {
  const deadline = clock() + (check.timeoutMs ?? DEFAULT_READY_TIMEOUT_MS);
  let regex: RegExp | undefined;
  if (check.line !== undefined) {
    try {
      regex = new RegExp(check.line);
    } catch (err) {
      throw usage(`ready.line /${check.line}/ is not a valid regular expression (${(err as Error).message})`);
    }
  }
  let sawLine = false;
  const off = regex ? target.onLine((line) => (sawLine ||= regex!.test(line))) : () => {};
  try {
    let lastFailure: string | undefined;
    while (!stop.aborted && target.exit === undefined) {
      if (regex && sawLine) return { ready: true };
      if (check.http) lastFailure = await httpFailure(check.http);
      else if (check.tcp !== undefined) lastFailure = await tcpFailure(check.tcp);
      if ((check.http || check.tcp !== undefined) && lastFailure === undefined) return { ready: true };
      if (clock() > deadline) return { ready: false, lastFailure };
      await sleep(POLL_MS);
    }
    return { ready: false, lastFailure };
  } finally {
    off();
  }
}
