// The one tree the exports draw from: a profile's samples of one sample type
// merged by function along the stack, root first, built once per profile and
// type (memoised) and read by the flame graphs and the folded export. Typed
// arrays, one slot per node, so a 200k-sample profile is a few arrays rather
// than a string or an object per sample. Only positive values count (a zero or
// negative value draws nothing); an empty stack counts at the root.

import { functionKey, sampleIndexFor, type Frame, type Profile } from '../model/profile.js';

export interface StackTree {
  /** Nodes; node 0 is the root. A node's parent was made before it, so its index is lower. */
  size: number;
  /** The function of each node (an index into `functions`); -1 for the root. */
  fn: Int32Array;
  parent: Int32Array;
  /** Value of the samples whose stack ends at the node. */
  self: Float64Array;
  /** Self plus everything below. */
  total: Float64Array;
  /** Children as linked lists, in the order they were first met in the samples. */
  firstChild: Int32Array;
  nextSibling: Int32Array;
  /** By function id: its first frame (all of its frames share the name and file). */
  functions: Frame[];
  sampleIndex: number;
}

/** Function id of every frame, and the functions; frames of one function (name + file) share an id. */
export function functionsOf(profile: Profile): { fnOf: Int32Array; functions: Frame[] } {
  const ids = new Map<string, number>();
  const functions: Frame[] = [];
  const fnOf = new Int32Array(profile.frames.length);
  profile.frames.forEach((frame, i) => {
    const key = functionKey(frame);
    let id = ids.get(key);
    if (id === undefined) {
      ids.set(key, (id = functions.length));
      functions.push(frame);
    }
    fnOf[i] = id;
  });
  return { fnOf, functions };
}

class Nodes {
  capacity = 1024;
  size = 1;
  fn = new Int32Array(this.capacity).fill(-1, 0, 1);
  parent = new Int32Array(this.capacity).fill(-1, 0, 1);
  self = new Float64Array(this.capacity);
  firstChild = new Int32Array(this.capacity).fill(-1);
  nextSibling = new Int32Array(this.capacity).fill(-1);
  lastChild = new Int32Array(this.capacity).fill(-1);

  /** The child of `node` for function `fn`, made (last among its siblings) when there is none. */
  child(node: number, fn: number): number {
    for (let c = this.firstChild[node]!; c >= 0; c = this.nextSibling[c]!) if (this.fn[c] === fn) return c;
    if (this.size === this.capacity) this.grow();
    const c = this.size++;
    this.fn[c] = fn;
    this.parent[c] = node;
    if (this.lastChild[node]! < 0) this.firstChild[node] = c;
    else this.nextSibling[this.lastChild[node]!] = c;
    this.lastChild[node] = c;
    return c;
  }

  private grow(): void {
    const more = <T extends Int32Array | Float64Array>(a: T, fill: number): T => {
      const bigger = new (a.constructor as new (n: number) => T)(this.capacity * 2);
      bigger.fill(fill);
      bigger.set(a);
      return bigger;
    };
    this.fn = more(this.fn, -1);
    this.parent = more(this.parent, -1);
    this.self = more(this.self, 0);
    this.firstChild = more(this.firstChild, -1);
    this.nextSibling = more(this.nextSibling, -1);
    this.lastChild = more(this.lastChild, -1);
    this.capacity *= 2;
  }
}

export function buildStackTree(profile: Profile, sampleType?: string): StackTree {
  const sampleIndex = sampleIndexFor(profile, sampleType);
  const { fnOf, functions } = functionsOf(profile);
  const nodes = new Nodes();
  for (const sample of profile.samples) {
    const value = sample.values[sampleIndex] ?? 0;
    if (!(value > 0)) continue;
    let node = 0;
    const stack = sample.stack;
    for (let d = stack.length - 1; d >= 0; d--) node = nodes.child(node, fnOf[stack[d]!]!);
    nodes.self[node] += value;
  }
  const { size, fn, parent, self, firstChild, nextSibling } = nodes;
  const total = self.slice(0, size);
  for (let n = size - 1; n > 0; n--) total[parent[n]!] += total[n]!;
  return { size, fn, parent, self, total, firstChild, nextSibling, functions, sampleIndex };
}

const trees = new WeakMap<Profile, Map<number, StackTree>>();

/** The stack tree of `profile` for a sample type, built once (exporters only read it). */
export function stackTreeOf(profile: Profile, sampleType?: string): StackTree {
  let built = trees.get(profile);
  if (!built) trees.set(profile, (built = new Map()));
  const index = sampleIndexFor(profile, sampleType);
  let tree = built.get(index);
  if (!tree) built.set(index, (tree = buildStackTree(profile, sampleType)));
  return tree;
}

/** The children of `node`, in the order they were first met. */
export function childrenOf(tree: StackTree, node: number): number[] {
  const out: number[] = [];
  for (let c = tree.firstChild[node]!; c >= 0; c = tree.nextSibling[c]!) out.push(c);
  return out;
}
