// The call tree a flame graph draws: samples merged by function along the
// stack (root first), children sorted by name then file so the same profile
// always gives the same tree. Pure: no I/O.

import { functionKey, sampleIndexFor, type Profile } from '../model/profile.js';

export interface FlameNode {
  name: string;
  file: string;
  /** Lowest positive line seen for the function (closest to its start), else 0. */
  line: number;
  self: number;
  total: number;
  children: FlameNode[];
  /** >0: this node stands for that many narrow frames pooled below the width threshold. */
  merged: number;
}

export interface FlameTree {
  root: FlameNode;
  sampleType: string;
  unit: string;
}

interface Building extends FlameNode {
  byKey: Map<string, Building>;
}

const newNode = (name: string, file: string, line: number): Building => ({ name, file, line, self: 0, total: 0, children: [], merged: 0, byKey: new Map() });

export const byNameThenFile = (a: FlameNode, b: FlameNode): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0;

/** Merge every sample's stack into one tree of functions. Non-positive values are left out. */
export function buildFlameTree(profile: Profile, sampleType?: string): FlameTree {
  const index = sampleIndexFor(profile, sampleType);
  const keys = profile.frames.map(functionKey);
  const root = newNode('all', '', 0);
  for (const sample of profile.samples) {
    const value = sample.values[index] ?? 0;
    if (!(value > 0)) continue;
    root.total += value;
    let node = root;
    for (let i = sample.stack.length - 1; i >= 0; i--) {
      const id = sample.stack[i]!;
      let child = node.byKey.get(keys[id]!);
      const frame = profile.frames[id]!;
      if (!child) node.byKey.set(keys[id]!, (child = newNode(frame.name, frame.file, 0)));
      if (frame.line > 0 && (child.line === 0 || frame.line < child.line)) child.line = frame.line;
      child.total += value;
      node = child;
    }
    node.self += value;
  }
  const type = profile.sampleTypes[index]!;
  return { root: freeze(root), sampleType: type.type, unit: type.unit };
}

function freeze(node: Building): FlameNode {
  const children = [...node.byKey.values()].map(freeze).sort(byNameThenFile);
  return { name: node.name, file: node.file, line: node.line, self: node.self, total: node.total, children, merged: 0 };
}

/**
 * FlameGraph's minwidth, as a merge instead of a drop: under each node, the
 * children whose total is below `minTotal` become one node (their values
 * kept, so every parent stays as wide as its value), with no children.
 */
export function mergeNarrow(node: FlameNode, minTotal: number): FlameNode {
  const wide: FlameNode[] = [];
  const narrow: FlameNode[] = [];
  for (const child of node.children) (child.total < minTotal ? narrow : wide).push(child);
  const children = wide.map((c) => mergeNarrow(c, minTotal));
  if (narrow.length > 0) {
    const sum = narrow.reduce((s, c) => s + c.total, 0);
    const one = narrow.length === 1 ? narrow[0]! : undefined;
    children.push({
      name: one ? one.name : `(${narrow.length} narrow frames)`,
      file: one ? one.file : '',
      line: one ? one.line : 0,
      self: sum,
      total: sum,
      children: [],
      merged: narrow.reduce((s, c) => s + countNodes(c), 0),
    });
    children.sort(byNameThenFile);
  }
  return { ...node, children };
}

export function countNodes(node: FlameNode): number {
  let n = 1;
  for (const c of node.children) n += countNodes(c);
  return n;
}
