// Frames a runtime splits or merges nondeterministically, folded one fixed
// way, so that two runs of the same code compare function by function. Used
// before every run-to-run comparison (never before analysis: the rules read
// these frames as evidence). Pure: a profile in, a new profile out.
//
// - V8 `RegExp: <pattern>` code objects: V8 charges regex time to them or to
//   the caller depending on how the regex was compiled; folded into the caller.
// - JIT tiers: `LazyCompile:*f`, `JS:~f`, `Function:^f` name one function at
//   different tiers (perf maps, older V8); the tier marks are dropped.
// - `(garbage collector)` (V8) and `GC` (JVM pseudo-frame): charged to whatever
//   ran when the collector started; moved to the root, alone.
// - perf's `[unknown]`: a frame the unwinder could not name, present or not
//   from one sample to the next; dropped, and runs of one unnamed library
//   frame (`[libc.so.6]` repeated) kept once.
// Inlined functions need no rule here: the comparison judges functions by
// their inclusive cost, which is the same whether a callee was inlined or
// not, and names a callee missing from one run as `gone` with its callers.

import { builderLike } from './builder.js';
import type { Frame, Profile } from './profile.js';

const REGEXP_CODE = /^RegExp: /;
const TIER_PREFIX = /^(?:LazyCompile|Function|InterpretedFunction|Script|JS):\s*[*~^+]?|^[*~^+](?=[\w$<])/;
const GC_FRAMES = new Set(['(garbage collector)', 'GC']);
const UNNAMED = '[unknown]';
const LIBRARY_STANDIN = /^\[[^\]]+\]$/;

export function normalisedName(name: string): string {
  return name.replace(TIER_PREFIX, '');
}

/** The stack (leaf first) of frame ids after folding; ids index `frames`. */
function foldStack(stack: number[], frames: Frame[]): number[] {
  const gc = stack.find((id) => GC_FRAMES.has(frames[id]!.name));
  if (gc !== undefined) return [gc];
  const out: number[] = [];
  for (const id of stack) {
    const name = frames[id]!.name;
    if (REGEXP_CODE.test(name) || name === UNNAMED) continue;
    const prev = out[out.length - 1];
    if (prev !== undefined && LIBRARY_STANDIN.test(name) && frames[prev]!.name === name) continue;
    out.push(id);
  }
  return out;
}

export function normaliseFrames(profile: Profile): Profile {
  const builder = builderLike(profile);
  const ids = profile.frames.map((f) => builder.frameId({ ...f, name: normalisedName(f.name) }));
  for (const sample of profile.samples) {
    const folded = foldStack(sample.stack, profile.frames);
    // A stack of nothing but folded frames keeps its leaf: its time is not lost.
    const stack = (folded.length > 0 ? folded : sample.stack.slice(0, 1)).map((id) => ids[id]!);
    builder.addSample(stack, sample.values, sample.labels);
  }
  const out = builder.build();
  out.comments = profile.comments;
  return out;
}
