// File waits: every asynchronous fs call, callback and promise forms. The
// callback functions are found as those with a *Sync twin (readFile /
// readFileSync), so new fs calls are covered without a list. Sync calls are
// not waits (they block: the CPU profile shows them).

import fs from 'node:fs';
import type { WaitRecorder } from './recorder.js';
import { fsWait } from './targets.js';

type AnyFn = (...a: unknown[]) => unknown;

function wrapCallbackForm(rec: WaitRecorder, table: Record<string, unknown>, name: string): void {
  const original = table[name] as AnyFn;
  table[name] = function recordedFs(this: unknown, ...args: unknown[]) {
    const done = args[args.length - 1];
    if (!rec.recording || typeof done !== 'function') return original.apply(this, args);
    const { target, key } = fsWait(name, args);
    const w = rec.begin('fs', target, key, recordedFs);
    const resume = rec.bind(done as AnyFn);
    args[args.length - 1] = function (this: unknown, err: unknown, ...rest: unknown[]) {
      rec.end(w, !!err && name !== 'exists');
      return resume.call(this, err, ...rest);
    };
    return original.apply(this, args);
  };
}

function wrapPromiseForm(rec: WaitRecorder, table: Record<string, unknown>, name: string): void {
  const original = table[name] as (...a: unknown[]) => Promise<unknown>;
  table[name] = function recordedFsPromise(this: unknown, ...args: unknown[]) {
    if (!rec.recording) return original.apply(this, args);
    const { target, key } = fsWait(name, args);
    const w = rec.begin('fs', target, key, recordedFsPromise);
    const p = original.apply(this, args);
    p.then(() => rec.end(w), () => rec.end(w, true));
    return p;
  };
}

export function installFsHooks(rec: WaitRecorder): void {
  const callbacks = fs as unknown as Record<string, unknown>;
  for (const name of Object.keys(callbacks)) {
    if (typeof callbacks[name] === 'function' && typeof callbacks[`${name}Sync`] === 'function') wrapCallbackForm(rec, callbacks, name);
  }
  const promises = fs.promises as unknown as Record<string, unknown>;
  for (const name of Object.keys(promises)) {
    // watch() returns an async iterator, constants is data: neither is one wait.
    if (typeof promises[name] === 'function' && name !== 'watch') wrapPromiseForm(rec, promises, name);
  }
}
