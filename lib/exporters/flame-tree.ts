// The call tree a flame graph draws: samples merged by function along the
// stack (root first), children sorted by name then file so the same profile
// always gives the same tree. Pure: no I/O.

import { functionLines } from '../model/function-lines.js';
import { functionKey, type Profile } from '../model/profile.js';
import { stackTreeOf, type StackTree } from './stack-tree.js';

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

/** The tables' line of each of the tree's functions, by function id. */
function functionLinesById(profile: Profile, tree: StackTree): number[] {
  const lines = functionLines(profile, tree.sampleIndex);
  return tree.functions.map((f) => lines.get(functionKey(f)) ?? 0);
}

/**
 * The stack tree (stack-tree.ts) as the nodes a flame graph draws. FlameGraph's
 * minwidth, as a merge instead of a drop: under each node, the children whose
 * total is below `minFraction` of the whole become one node with no children
 * (their values kept, so every parent stays as wide as its value; a lone narrow
 * child keeps its name). Built top-down, so a narrow subtree is never made into
 * nodes: large profiles cost time for the frames drawn, not for every path.
 */
export function buildFlameTree(profile: Profile, sampleType?: string, minFraction = 0): FlameTree {
  const tree = stackTreeOf(profile, sampleType);
  const functionLine = functionLinesById(profile, tree);
  const minTotal = tree.total[0]! * minFraction;
  // Iterative, not recursive: stacks thousands of frames deep must not overflow ours.
  const root: FlameNode = { name: 'all', file: '', line: 0, self: tree.self[0]!, total: tree.total[0]!, children: [], merged: 0 };
  const work: { node: FlameNode; at: number }[] = [{ node: root, at: 0 }];
  for (let item = work.pop(); item; item = work.pop()) {
    const { node, at } = item;
    const narrow: FlameNode[] = [];
    for (let c = tree.firstChild[at]!; c >= 0; c = tree.nextSibling[c]!) {
      const { name, file } = tree.functions[tree.fn[c]!]!;
      const sum = tree.total[c]!;
      const child: FlameNode = { name, file, line: functionLine[tree.fn[c]!]!, self: tree.self[c]!, total: sum, children: [], merged: 0 };
      if (sum >= minTotal) {
        node.children.push(child);
        work.push({ node: child, at: c });
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
  const type = profile.sampleTypes[tree.sampleIndex]!;
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
