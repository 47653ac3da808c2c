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
import type { Frame, Profile } from '../model/profile.js';
import { moduleTopLevelName } from './js-functions.js';
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

export interface LocateContext {
  frameOf: (id: number) => Frame;
  originOf: (id: number) => Origin;
  /**
   * For a frame whose code is an anonymous callback, the named function it is
   * written in, read from the source (lib/analysis/js-functions.ts locateLine);
   * undefined when it is not a callback or the source is not readable.
   */
  enclosingOf?: (id: number) => string | undefined;
}

const ANONYMOUS = new Set(['(anonymous)', '', '<anonymous>']);
/** CPython names a module's top-level code `<module>`. */
const MODULE_NAME = '<module>';
/** Frames of Node's module loaders (CommonJS and ESM), which run a module's top level. */
const MODULE_LOADER_FILE = /^node:internal\/modules\//;

/** `stack` holds frame ids leaf first; `anchor` is the leaf-most user frame's index in it. */
export function locate(stack: readonly number[], anchor: number, c: LocateContext): Located {
  const frame = c.frameOf(stack[anchor]!);
  if (frame.name === MODULE_NAME) return { charged: anchor, lineFrom: anchor, name: moduleTopLevelName(frame.file) };
  const enclosing = c.enclosingOf?.(stack[anchor]!);
  if (!ANONYMOUS.has(frame.name) && enclosing === undefined) return { charged: anchor, lineFrom: anchor };
  let caller = anchor + 1;
  while (caller < stack.length && c.originOf(stack[caller]!) === 'runtime' && !MODULE_LOADER_FILE.test(c.frameOf(stack[caller]!).file)) caller++;
  const above = caller < stack.length ? c.frameOf(stack[caller]!) : undefined;
  if (ANONYMOUS.has(frame.name) && above && MODULE_LOADER_FILE.test(above.file)) return { charged: anchor, lineFrom: anchor, name: moduleTopLevelName(frame.file) };
  // A callback called (through the runtime only: map, forEach, sort) by the function it is written in is part of its work.
  const sameFile = above !== undefined && c.originOf(stack[caller]!) === 'user' && above.file === frame.file;
  const written = enclosing !== undefined ? above?.name === enclosing : above !== undefined && !ANONYMOUS.has(above.name);
  if (sameFile && written) {
    return { charged: caller, lineFrom: anchor, note: `callbacks written in it and called from it (such as those passed to map) in ${basename(frame.file)} are counted as part of it` };
  }
  return { charged: anchor, lineFrom: anchor };
}

/**
 * The profile with each module's top-level frame renamed as locate() names
 * its location ("module top level of server.py"), so a finding's name can be
 * looked up among the frames of another run of the same program (the plan
 * check). Other locations keep their frame's name already: a folded callback
 * is charged to a caller whose frame is on the same stack.
 */
export function nameModuleTopLevels(profile: Profile, originOf: (frame: Frame) => Origin): Profile {
  const origin = profile.frames.map((f) => originOf(f));
  const c: LocateContext = { frameOf: (id) => profile.frames[id]!, originOf: (id) => origin[id]! };
  const names = new Map<number, string>();
  for (const s of profile.samples) {
    s.stack.forEach((id, i) => {
      if (names.has(id) || origin[id] !== 'user') return;
      const f = profile.frames[id]!;
      if (f.name !== MODULE_NAME && !ANONYMOUS.has(f.name)) return;
      const at = locate(s.stack, i, c);
      if (at.charged === i && at.name !== undefined) names.set(id, at.name);
    });
  }
  if (names.size === 0) return profile;
  return { ...profile, frames: profile.frames.map((f, id) => (names.has(id) ? { ...f, name: names.get(id)! } : f)) };
}
