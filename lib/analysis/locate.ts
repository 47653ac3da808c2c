// Which location of the user's code a sample is charged to, as a person
// names it. The leaf-most user frame is the start; two cases are renamed:
//  - a module's top level (V8's `(anonymous)` run by the module loader,
//    CPython's `<module>`) is "module top level of server.js";
//  - an anonymous callback called from a user function of the same file
//    through runtime frames only (`rows.map((r) => ...)`) is part of that
//    function: the caller is charged and the callback's line kept as the
//    hot line, so nested work in one function stays one location.
// Pure: frames and origins in, a decision out. This is the one point where
// source-aware naming (a JavaScript parser) plugs in.

import { basename } from 'node:path';
import type { Frame } from '../model/profile.js';
import type { Origin } from './origin.js';

export interface Located {
  /** Index into the stack of the frame whose function is charged. */
  charged: number;
  /** Index of the frame whose line is the hot line (the callback's, when folded). */
  lineFrom: number;
  /** A name that replaces the charged frame's function name, when it is not a function of its own. */
  name?: string;
  /** Why the location differs from the leaf-most user frame, for the evidence. */
  note?: string;
}

const ANONYMOUS = new Set(['(anonymous)', '', '<anonymous>']);
/** CPython names a module's top-level code `<module>`. */
const MODULE_NAME = '<module>';
/** Frames of Node's module loaders (CommonJS and ESM), which run a module's top level. */
const MODULE_LOADER_FILE = /^node:internal\/modules\//;

export function moduleTopLevelName(file: string): string {
  return `module top level of ${basename(file) || file}`;
}

/**
 * `stack` holds frame ids leaf first, `anchor` is the leaf-most user frame's
 * index in it, `frameOf` and `originOf` describe frame ids.
 */
export function locate(stack: readonly number[], anchor: number, frameOf: (id: number) => Frame, originOf: (id: number) => Origin): Located {
  const frame = frameOf(stack[anchor]!);
  if (frame.name === MODULE_NAME) return { charged: anchor, lineFrom: anchor, name: moduleTopLevelName(frame.file) };
  if (!ANONYMOUS.has(frame.name)) return { charged: anchor, lineFrom: anchor };
  let caller = anchor + 1;
  while (caller < stack.length && originOf(stack[caller]!) === 'runtime' && !MODULE_LOADER_FILE.test(frameOf(stack[caller]!).file)) caller++;
  const above = caller < stack.length ? frameOf(stack[caller]!) : undefined;
  if (above && MODULE_LOADER_FILE.test(above.file)) return { charged: anchor, lineFrom: anchor, name: moduleTopLevelName(frame.file) };
  if (above && originOf(stack[caller]!) === 'user' && above.file === frame.file && !ANONYMOUS.has(above.name)) {
    return { charged: caller, lineFrom: anchor, note: `anonymous functions it calls in ${basename(frame.file)} (callbacks such as those passed to map) are counted as part of it` };
  }
  return { charged: anchor, lineFrom: anchor };
}
