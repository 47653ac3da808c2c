// "Is the target ready?": an HTTP URL answering below 500, a TCP port
// accepting connections, or a line on its output matching a regex.

import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { usage } from '../base/errors.js';
import type { ReadyCheck } from './types.js';
import type { Target } from './target.js';

export const DEFAULT_READY_TIMEOUT_MS = 30_000;
const POLL_MS = 100;

export function describeReady(check: ReadyCheck): string {
  const what = check.http ? `GET ${check.http} answers` : check.tcp !== undefined ? `TCP ${String(check.tcp)} accepts` : `a line matches /${check.line}/`;
  return `${what} (timeout ${(check.timeoutMs ?? DEFAULT_READY_TIMEOUT_MS) / 1000} s)`;
}

async function httpAnswers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000), redirect: 'manual' });
    await res.arrayBuffer();
    return res.status < 500;
  } catch {
    return false;
  }
}

function tcpAccepts(spec: number | string): Promise<boolean> {
  const [host, port] = typeof spec === 'number' ? ['127.0.0.1', spec] : [spec.slice(0, spec.lastIndexOf(':')), Number(spec.slice(spec.lastIndexOf(':') + 1))];
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(1000);
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

/** Resolves true once ready; false on timeout. Stops early (false) if `stop` aborts. */
export async function waitReady(check: ReadyCheck, target: Target, stop: AbortSignal): Promise<boolean> {
  const deadline = Date.now() + (check.timeoutMs ?? DEFAULT_READY_TIMEOUT_MS);
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
    while (!stop.aborted && target.exit === undefined) {
      if (regex && sawLine) return true;
      if (check.http && (await httpAnswers(check.http))) return true;
      if (check.tcp !== undefined && (await tcpAccepts(check.tcp))) return true;
      if (Date.now() > deadline) return false;
      await sleep(POLL_MS);
    }
    return false;
  } finally {
    off();
  }
}
