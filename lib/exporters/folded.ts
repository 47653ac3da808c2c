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

/** The folded lines, merged by their text and sorted: for when two functions share a text. */
function sortedLines(tree: StackTree, text: string[]): string[] {
  const merged = new Map<string, number>();
  for (const [stack, value] of paths(tree, text)) merged.set(stack, (merged.get(stack) ?? 0) + value);
  return [...merged].map(([stack, value]) => `${stack} ${value}`).sort(compare);
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
export function renderFoldedBuffer(profile: Profile, sampleType?: string): Buffer {
  const text = functionTexts(profile);
  const tree = stackTreeOf(profile, sampleType);
  // Bytes sort as code points, strings as UTF-16 units: the same unless a text holds a character from U+E000 up.
  if (new Set(text).size !== text.length || text.some((t) => /[\uD800-\uFFFF]/.test(t))) return linesBuffer(sortedLines(tree, text));
  const bytes = text.map((t) => Buffer.from(t));
  const { order, pathBytes } = walkInTextOrder(tree, bytes);
  const values = order.map((node) => (tree.self[node]! > 0 ? ` ${tree.self[node]}\n` : ''));
  let size = 0;
  let longest = 0;
  order.forEach((node, i) => {
    if (values[i]) size += pathBytes[node]! + values[i]!.length;
    longest = Math.max(longest, pathBytes[node]!);
  });
  const out = Buffer.allocUnsafe(size);
  const path = Buffer.allocUnsafe(longest);
  let at = 0;
  let previous = -1;
  for (let i = 0; i < order.length; i++) {
    const node = order[i]!;
    const parent = tree.parent[node]!;
    let p = parent === 0 ? 0 : pathBytes[parent]!;
    if (parent !== 0) path[p++] = 0x3b; // ';'
    bytes[tree.fn[node]!]!.copy(path, p);
    if (!values[i]) continue;
    const start = at;
    at += path.copy(out, at, 0, pathBytes[node]!);
    at += out.write(values[i]!, at, 'latin1');
    if (previous >= 0 && out.compare(out, previous, start - 1, start, at - 1) <= 0) return linesBuffer(sortedLines(tree, text));
    previous = start;
  }
  return out;
}

export function renderFolded(profile: Profile, sampleType?: string): string {
  return renderFoldedBuffer(profile, sampleType).toString('utf8');
}
