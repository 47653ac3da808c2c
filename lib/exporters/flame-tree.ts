// The call tree a flame graph draws: samples merged by function along the
// stack (root first), children sorted by name then file so the same profile
// always gives the same tree. Pure: no I/O.

import { functionLines } from '../model/function-lines.js';
import { functionKey, sampleIndexFor, type Profile } from '../model/profile.js';

export interface FlameNode {
  name: string;
  file: string;
  /** The function's line as the top-function tables give it (lib/model/function-lines.ts), so tooltip and tables agree. */
  line: number;
  self: number;
  total: number;
  children: FlameNode[];
  /** >0: this node stands for that many narrow sibling frames (with all their callees) merged below the width threshold. */
  merged: number;
}

export interface FlameTree {
  root: FlameNode;
  sampleType: string;
  unit: string;
}

export const byNameThenFile = (a: FlameNode, b: FlameNode): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0;

interface Samples {
  stacks: number[][];
  values: number[];
  /** Function id of each frame id. */
  fnOf: number[];
}

function positiveSamples(profile: Profile, index: number): Samples & { total: number } {
  const fnIds = new Map<string, number>();
  const fnOf = profile.frames.map((f) => {
    const key = functionKey(f);
    let id = fnIds.get(key);
    if (id === undefined) fnIds.set(key, (id = fnIds.size));
    return id;
  });
  const stacks: number[][] = [];
  const values: number[] = [];
  let total = 0;
  for (const sample of profile.samples) {
    const value = sample.values[index] ?? 0;
    if (!(value > 0)) continue;
    stacks.push(sample.stack);
    values.push(value);
    total += value;
  }
  return { stacks, values, fnOf, total };
}

/**
 * Merge every sample's stack into one tree of functions; non-positive values
 * are left out. FlameGraph's minwidth, as a merge instead of a drop: under
 * each node, the children whose total is below `minFraction` of the whole
 * become one node with no children (their values kept, so every parent stays
 * as wide as its value; a lone narrow child keeps its name). The tree is
 * built top-down by partitioning the samples, so a narrow subtree is never
 * built: large profiles cost time for the frames drawn, not for every path.
 */
export function buildFlameTree(profile: Profile, sampleType?: string, minFraction = 0): FlameTree {
  const index = sampleIndexFor(profile, sampleType);
  const { stacks, values, fnOf, total } = positiveSamples(profile, index);
  const minTotal = total * minFraction;
  const lineOf = functionLines(profile, index);
  const frameAt = (m: number, depth: number): number => {
    const stack = stacks[m]!;
    return stack[stack.length - 1 - depth]!;
  };

  // Iterative, not recursive: stacks thousands of frames deep must not overflow ours.
  const root: FlameNode = { name: 'all', file: '', line: 0, self: 0, total, children: [], merged: 0 };
  const work: { node: FlameNode; depth: number; members: number[] }[] = [{ node: root, depth: 0, members: stacks.map((_, i) => i) }];
  for (let item = work.pop(); item; item = work.pop()) {
    const { node, depth, members } = item;
    const groups = new Map<number, number[]>();
    for (const m of members) {
      if (stacks[m]!.length === depth) {
        node.self += values[m]!;
        continue;
      }
      const fn = fnOf[frameAt(m, depth)]!;
      const group = groups.get(fn);
      if (group) group.push(m);
      else groups.set(fn, [m]);
    }
    const narrow: FlameNode[] = [];
    for (const group of groups.values()) {
      let sum = 0;
      for (const m of group) sum += values[m]!;
      const frame = profile.frames[frameAt(group[0]!, depth)]!;
      const child: FlameNode = { name: frame.name, file: frame.file, line: lineOf.get(functionKey(frame)) ?? 0, self: 0, total: sum, children: [], merged: 0 };
      if (sum >= minTotal) {
        node.children.push(child);
        work.push({ node: child, depth: depth + 1, members: group });
      } else {
        narrow.push({ ...child, self: sum, merged: 1 });
      }
    }
    if (narrow.length === 1) node.children.push(narrow[0]!);
    if (narrow.length > 1) {
      const sum = narrow.reduce((a, n) => a + n.total, 0);
      node.children.push({ name: `(${narrow.length} narrow frames)`, file: '', line: 0, self: sum, total: sum, children: [], merged: narrow.length });
    }
    node.children.sort(byNameThenFile);
  }
  const type = profile.sampleTypes[index]!;
  return { root, sampleType: type.type, unit: type.unit };
}

export function countNodes(node: FlameNode): number {
  let n = 0;
  const todo = [node];
  for (let x = todo.pop(); x; x = todo.pop()) {
    n++;
    todo.push(...x.children);
  }
  return n;
}
