// Names JavaScript frames after the code that ran, from the user's source
// (lib/analysis/js-functions.ts parses it): a leaf whose line lies in another
// function than the one V8 charged it to (V8 inlined that function into its
// caller) becomes that function, called from the caller; anonymous functions
// and a module's top level get names a person can place. Called once per
// profile by analyzeProfile, before attribution; hotspots keep V8's own frames
// so they agree with `go tool pprof` on the saved profile.

import type { Frame, Profile, Sample } from '../model/profile.js';
import { jsFunctionsOf, nameCaller, nameLeaf, type JsFunctionIndex } from './js-functions.js';
import type { SourceLookup } from './source-files.js';

/** Formats whose leaf frames carry the sampled line (V8's positionTicks) rather than the function's. */
export const LEAF_POSITION_FORMATS = new Set(['v8-cpuprofile', 'chrome-trace']);
const JS_FILE = /\.[cm]?js$/i;

export interface InlinedFunction {
  /** The function that ran, as the renamed frames name it. */
  function: string;
  file: string;
  /** The callers V8 inlined it into (and charged its samples to), sorted. */
  into: string[];
}

export interface NamedProfile {
  profile: Profile;
  inlined: InlinedFunction[];
}

// One parse per source file and run: the lookup hands out one array per file.
const indexes = new WeakMap<readonly string[], JsFunctionIndex | null>();

/** The parsed functions of a JavaScript file, once per file and run (undefined when unreadable or not JavaScript). */
export function jsIndexOf(file: string, source: SourceLookup | undefined): JsFunctionIndex | undefined {
  if (!source || !JS_FILE.test(file)) return undefined;
  const lines = source(file);
  if (!lines) return undefined;
  let index = indexes.get(lines);
  if (index === undefined) indexes.set(lines, (index = jsFunctionsOf(lines.join('\n'), file) ?? null));
  return index ?? undefined;
}

export function nameJsFunctions(profile: Profile, source: SourceLookup | undefined, options: { leafPositions: boolean }): NamedProfile {
  const frames: Frame[] = [];
  const ids = new Map<string, number>();
  const intern = (f: Frame): number => {
    const key = `${f.name}\u0000${f.file}\u0000${f.line}\u0000${f.column}`;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = frames.push(f) - 1));
    return id;
  };
  const callers = profile.frames.map((f) => {
    const index = jsIndexOf(f.file, source);
    return intern(index ? { ...f, name: nameCaller(index, f) } : f);
  });
  // A leaf frame to its frame ids, leaf first: [ran] or [ran, caller it was inlined into].
  const leaves = new Map<number, number[]>();
  const inlined = new Map<string, InlinedFunction>();
  const leafOf = (id: number): number[] => {
    let out = leaves.get(id);
    if (out) return out;
    const f = profile.frames[id]!;
    const index = options.leafPositions ? jsIndexOf(f.file, source) : undefined;
    const named = index && f.line > 0 ? nameLeaf(index, f) : undefined;
    if (!named) out = [callers[id]!];
    else if (!named.inlinedInto) out = [intern({ ...f, name: named.name })];
    else {
      out = [intern({ name: named.name, file: f.file, line: f.line, column: 0 }), intern({ name: named.inlinedInto.name, file: f.file, line: named.inlinedInto.line, column: f.column })];
      const key = `${named.name}\u0000${f.file}`;
      const entry = inlined.get(key) ?? { function: named.name, file: f.file, into: [] };
      if (!entry.into.includes(named.inlinedInto.name)) entry.into = [...entry.into, named.inlinedInto.name].sort();
      inlined.set(key, entry);
    }
    leaves.set(id, out);
    return out;
  };
  // No frame renamed (no JavaScript source, as in a Go or perf profile): the samples stay as they are, not copied
  // (copying a 200k-sample profile's stacks was a tenth of perf-analyze, most of it GC).
  const unchanged = frames.length === profile.frames.length && callers.every((id, i) => id === i);
  const samples = profile.samples.map((s): Sample => {
    if (s.stack.length === 0) return s;
    const leaf = leafOf(s.stack[0]!);
    if (unchanged && leaf.length === 1 && leaf[0] === s.stack[0]) return s;
    const stack = [...leaf];
    for (let i = 1; i < s.stack.length; i++) stack.push(callers[s.stack[i]!]!);
    return { ...s, stack };
  });
  const list = [...inlined.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.function < b.function ? -1 : a.function > b.function ? 1 : 0));
  return { profile: { ...profile, frames, samples }, inlined: list };
}

/** The evidence line for a function V8 inlined, or undefined. */
export function inliningEvidence(inlined: readonly InlinedFunction[], fn: string, file: string): string | undefined {
  const entry = inlined.find((i) => i.function === fn && i.file === file);
  return entry && `V8 inlined ${fn} into ${entry.into.join(', ')}, which its samples were charged to; the source names the code that ran`;
}
