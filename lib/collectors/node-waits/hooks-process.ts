// Timer and child-process waits. A timer is a wait when it fires (a cleared
// timeout guard never made anyone wait); a child process from its start to
// its 'close'. exec -> execFile -> spawn call each other inside Node, so only
// the outermost call counts.

import childProcess from 'node:child_process';
import timers from 'node:timers';
import timersPromises from 'node:timers/promises';
import { promisify } from 'node:util';
import type { ChildProcess } from 'node:child_process';
import type { WaitRecorder } from './recorder.js';
import { commandText, uniqueKey } from './targets.js';

type AnyFn = ((...a: unknown[]) => unknown) & { [promisify.custom]?: AnyFn };

function wrapSetTimeout(rec: WaitRecorder): void {
  const original = globalThis.setTimeout as unknown as AnyFn;
  const recordedSetTimeout = function (this: unknown, callback: unknown, ms?: number, ...args: unknown[]) {
    if (!rec.recording || typeof callback !== 'function' || !(Number(ms) >= 1)) return original.call(globalThis, callback, ms, ...args);
    const target = `setTimeout ${Math.round(Number(ms))} ms`;
    const w = rec.begin('timer', target, uniqueKey(target), recordedSetTimeout);
    return original.call(
      globalThis,
      function (this: unknown, ...a: unknown[]) {
        rec.end(w);
        return (callback as AnyFn).apply(this, a);
      },
      ms,
      ...args,
    );
  } as unknown as typeof setTimeout;
  Object.assign(recordedSetTimeout, original); // keeps setTimeout[promisify.custom]
  globalThis.setTimeout = recordedSetTimeout;
  (timers as { setTimeout: typeof setTimeout }).setTimeout = recordedSetTimeout;

  const sleep = timersPromises.setTimeout;
  (timersPromises as { setTimeout: unknown }).setTimeout = function recordedSleep(this: unknown, ms?: number, ...rest: unknown[]) {
    if (!rec.recording || !(Number(ms) >= 1)) return (sleep as AnyFn).call(this, ms, ...rest);
    const target = `setTimeout ${Math.round(Number(ms))} ms`;
    const w = rec.begin('timer', target, uniqueKey(target), recordedSleep);
    const p = (sleep as AnyFn).call(this, ms, ...rest) as Promise<unknown>;
    // An aborted sleep was cut short, not waited for to its end: still a wait, marked as such.
    p.then(() => rec.end(w), () => rec.end(w, true));
    return p;
  };
}

function wrapChildProcess(rec: WaitRecorder): void {
  const table = childProcess as unknown as Record<string, AnyFn>;
  let inside = 0;
  for (const name of ['spawn', 'exec', 'execFile', 'fork'] as const) {
    const original = table[name]!;
    const recordedChild = function (this: unknown, ...args: unknown[]) {
      if (!rec.recording || inside > 0) return original.apply(this, args);
      const target = `${name} ${commandText(args[0], Array.isArray(args[1]) ? args[1] : undefined)}`;
      const w = rec.begin('child', target, target, recordedChild);
      inside++;
      try {
        const child = original.apply(this, args) as ChildProcess;
        child.once('close', (code: number | null) => rec.end(w, code !== 0));
        child.once('error', () => rec.end(w, true));
        return child;
      } finally {
        inside--;
      }
    } as AnyFn;
    const custom = original[promisify.custom];
    if (custom) {
      // promisify(exec) resolves through this; it calls execFile inside, which the guard leaves alone.
      recordedChild[promisify.custom] = function recordedChildPromise(this: unknown, ...args: unknown[]) {
        if (!rec.recording || inside > 0) return custom.apply(this, args);
        const target = `${name} ${commandText(args[0], undefined)}`;
        const w = rec.begin('child', target, target, recordedChildPromise);
        inside++;
        try {
          const p = custom.apply(this, args) as Promise<unknown>;
          p.then(() => rec.end(w), () => rec.end(w, true));
          return p;
        } finally {
          inside--;
        }
      };
    }
    table[name] = recordedChild;
  }
}

export function installProcessHooks(rec: WaitRecorder): void {
  wrapSetTimeout(rec);
  wrapChildProcess(rec);
}
