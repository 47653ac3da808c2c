// Profile -> folded stacks (`root;caller;leaf value`, one line per distinct
// stack, sorted), the input of FlameGraph and inferno. Frames are written per
// function, as `name (file:line)` (the form lib/importers/folded.ts reads
// back) with the function's lowest line; kernel frames get perf's `_[k]`.
// Read off the shared stack tree: its paths are the distinct stacks, already
// merged, so no string is made per sample.

import type { Profile } from '../model/profile.js';
import { childrenOf, functionsOf, stackTreeOf, type StackTree } from './stack-tree.js';

const KERNEL_FILE = '[kernel.kallsyms]';

/** `;` separates frames and a newline ends the line: neither may appear in a frame. */
const clean = (text: string): string => text.replace(/;/g, ':').replace(/[\r\n]+/g, ' ');

/** Each function's text in a folded line, by function id (the stack tree's). */
function functionTexts(profile: Profile): string[] {
  const { fnOf, functions } = functionsOf(profile);
  const lowestLine = new Float64Array(functions.length);
  profile.frames.forEach((f, i) => {
    const seen = lowestLine[fnOf[i]!]!;
    if (f.line > 0 && (seen === 0 || f.line < seen)) lowestLine[fnOf[i]!] = f.line;
  });
  return functions.map((f, id) => {
    if (f.file === KERNEL_FILE) return `${clean(f.name)}_[k]`;
    if (!f.file) return clean(f.name);
    return `${clean(f.name)} (${clean(f.file)}:${lowestLine[id]})`;
  });
}

/** Every path of the tree with a self value, as [stack, value], in no particular order (the rare path: sorted after). */
function* paths(tree: StackTree, text: string[]): Generator<[string, number]> {
  const work: { node: number; prefix: string }[] = childrenOf(tree, 0).map((node) => ({ node, prefix: '' }));
  for (let item = work.pop(); item; item = work.pop()) {
    const stack = item.prefix === '' ? text[tree.fn[item.node]!]! : `${item.prefix};${text[tree.fn[item.node]!]!}`;
    if (tree.self[item.node]! > 0) yield [stack, tree.self[item.node]!];
    for (const c of childrenOf(tree, item.node)) work.push({ node: c, prefix: stack });
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Largest folded file written in full. A profile with many distinct deep stacks
 * folds to far more than its pprof (a 2 MB Go profile of 182k stacks: 287 MB,
 * 1.8 s to write, most of perf-apply's time and memory); past this size the
 * lightest stacks are summed into one line, so totals stay right and every
 * stack is still in the .pb.gz and the flame graph page. README: Exports.
 */
export const MAX_FOLDED_BYTES = 64 * 1024 * 1024;

/** The line standing for the stacks left out, with their summed value. */
export function leftOutLine(count: number, value: number, maxBytes: number): string {
  const size = maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / (1024 * 1024))} MiB` : `${maxBytes} bytes`;
  return `(${count} lighter stacks not written: the folded file is capped at ${size}; all are in the .pb.gz) ${value}`;
}

/**
 * Which lines a file of at most `maxBytes` keeps, given each line's bytes and
 * value: the heaviest first (ties: the earlier line), until the next does not
 * fit beside the left-out line. Undefined when all fit.
 */
function keptLines(lengths: ArrayLike<number>, values: ArrayLike<number>, maxBytes: number): Uint8Array | undefined {
  let size = 0;
  for (let i = 0; i < lengths.length; i++) size += lengths[i]!;
  if (size <= maxBytes) return undefined;
  const byWeight = Array.from({ length: lengths.length }, (_, i) => i).sort((a, b) => values[b]! - values[a]! || a - b);
  const keep = new Uint8Array(lengths.length);
  let used = Buffer.byteLength(leftOutLine(lengths.length, Number.MAX_SAFE_INTEGER, maxBytes)) + 1;
  for (const i of byWeight) {
    if (used + lengths[i]! > maxBytes) break;
    keep[i] = 1;
    used += lengths[i]!;
  }
  return keep;
}

/** The lines left out by `keep`: how many and their summed value. */
function leftOut(keep: Uint8Array, values: ArrayLike<number>): { count: number; value: number } {
  let count = 0;
  let value = 0;
  for (let i = 0; i < keep.length; i++) {
    if (keep[i]) continue;
    count++;
    value += values[i]!;
  }
  return { count, value };
}

/** The folded lines, merged by their text and sorted: for when two functions share a text. */
function sortedLines(tree: StackTree, text: string[], maxBytes: number): string[] {
  const merged = new Map<string, number>();
  for (const [stack, value] of paths(tree, text)) merged.set(stack, (merged.get(stack) ?? 0) + value);
  let lines = [...merged].map(([stack, value]) => `${stack} ${value}`);
  const values = [...merged.values()];
  const keep = keptLines(lines.map((l) => Buffer.byteLength(l) + 1), values, maxBytes);
  if (keep) {
    const { count, value } = leftOut(keep, values);
    lines = [...lines.filter((_, i) => keep[i]), leftOutLine(count, value, maxBytes)];
  }
  return lines.sort(compare);
}

/** Lines joined per chunk into one Buffer: a deep 500k-stack profile folds to more than V8's longest string. */
const CHUNK_LINES = 10_000;
function linesBuffer(lines: string[]): Buffer {
  const chunks: Buffer[] = [];
  for (let i = 0; i < lines.length; i += CHUNK_LINES) chunks.push(Buffer.from(lines.slice(i, i + CHUNK_LINES).join('\n') + '\n'));
  return Buffer.concat(chunks);
}

/**
 * The tree's nodes in the order of their folded lines (children in the order of
 * their text, depth first), with each path's length in bytes; each line is then
 * copied from one scratch path, so no string is made per line.
 */
function walkInTextOrder(tree: StackTree, bytes: Buffer[]): { order: number[]; pathBytes: Float64Array } {
  const byText = (a: number, b: number) => Buffer.compare(bytes[tree.fn[b]!]!, bytes[tree.fn[a]!]!); // reversed: popped from the end
  const pathBytes = new Float64Array(tree.size);
  const order: number[] = [];
  const work = childrenOf(tree, 0).sort(byText);
  for (let node = work.pop(); node !== undefined; node = work.pop()) {
    const parent = tree.parent[node]!;
    pathBytes[node] = (parent === 0 ? 0 : pathBytes[parent]! + 1) + bytes[tree.fn[node]!]!.length;
    order.push(node);
    for (const c of childrenOf(tree, node).sort(byText)) work.push(c);
  }
  return { order, pathBytes };
}

/**
 * The folded file. Written in the walk's order, which is the sorted order unless
 * one function's text is a prefix of a sibling's that sorts between them (checked
 * line by line); then, as when two functions share a text, the lines are made
 * as strings, merged and sorted.
 */
export function renderFoldedBuffer(profile: Profile, sampleType?: string, maxBytes = MAX_FOLDED_BYTES): Buffer {
  const text = functionTexts(profile);
  const tree = stackTreeOf(profile, sampleType);
  const sorted = () => linesBuffer(sortedLines(tree, text, maxBytes));
  // Bytes sort as code points, strings as UTF-16 units: the same unless a text holds a character from U+E000 up.
  if (new Set(text).size !== text.length || text.some((t) => /[\uD800-\uFFFF]/.test(t))) return sorted();
  const bytes = text.map((t) => Buffer.from(t));
  const { order, pathBytes } = walkInTextOrder(tree, bytes);
  const values = order.map((node) => (tree.self[node]! > 0 ? ` ${tree.self[node]}\n` : ''));
  const lines = order.flatMap((node, i) => (values[i] ? [i] : []));
  const keep = keptLines(lines.map((i) => pathBytes[order[i]!]! + values[i]!.length), lines.map((i) => tree.self[order[i]!]!), maxBytes);
  const kept = new Uint8Array(order.length);
  lines.forEach((i, k) => (kept[i] = keep ? keep[k]! : 1));
  const lump = keep && leftOut(keep, lines.map((i) => tree.self[order[i]!]!));
  const lumpLine = lump ? Buffer.from(leftOutLine(lump.count, lump.value, maxBytes)) : undefined;
  let size = lumpLine ? lumpLine.length + 1 : 0;
  let longest = 0;
  order.forEach((node, i) => {
    if (kept[i]) size += pathBytes[node]! + values[i]!.length;
    longest = Math.max(longest, pathBytes[node]!);
  });
  const out = Buffer.allocUnsafe(size);
  const path = Buffer.allocUnsafe(longest);
  let at = 0;
  let previous = -1;
  let lumpPending = lumpLine !== undefined;
  for (let i = 0; i < order.length; i++) {
    const node = order[i]!;
    const parent = tree.parent[node]!;
    let p = parent === 0 ? 0 : pathBytes[parent]!;
    if (parent !== 0) path[p++] = 0x3b; // ';'
    bytes[tree.fn[node]!]!.copy(path, p);
    if (!kept[i]) continue;
    let start = at;
    at += path.copy(out, at, 0, pathBytes[node]!);
    at += out.write(values[i]!, at, 'latin1');
    if (lumpPending && Buffer.compare(lumpLine!, out.subarray(start, at - 1)) < 0) {
      // The left-out line sorts before this one: put it in front.
      out.copyWithin(start + lumpLine!.length + 1, start, at);
      lumpLine!.copy(out, start);
      out[start + lumpLine!.length] = 0x0a;
      if (previous >= 0 && out.compare(out, previous, start - 1, start, start + lumpLine!.length) <= 0) return sorted();
      previous = start;
      start += lumpLine!.length + 1;
      at += lumpLine!.length + 1;
      lumpPending = false;
    }
    if (previous >= 0 && out.compare(out, previous, start - 1, start, at - 1) <= 0) return sorted();
    previous = start;
  }
  if (lumpPending) {
    const start = at;
    at += lumpLine!.copy(out, at);
    out[at++] = 0x0a;
    if (previous >= 0 && out.compare(out, previous, start - 1, start, at - 1) <= 0) return sorted();
  }
  return out;
}

export function renderFolded(profile: Profile, sampleType?: string): string {
  return renderFoldedBuffer(profile, sampleType).toString('utf8');
}
