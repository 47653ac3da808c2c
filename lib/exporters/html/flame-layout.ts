// Where each frame of a flame tree goes: pre-order (so a node's subtree is
// the index range [i, end)), x in value units from the left, depth from the
// root. The static SVG and the page script both start from this.

import type { FlameNode } from '../flame-tree.js';

export const WIDTH = 1200;
export const ROW = 16;
export const FRAME_H = 15;
/** Width of one character of the 12px monospace font, a little generous so labels never overflow. */
export const CHAR_W = 7.4;
export const LABEL_PAD = 3;

export interface Placed {
  node: FlameNode;
  depth: number;
  /** Start, in value units from the left edge of the root. */
  x: number;
  parent: number;
  /** One past the last index of this node's subtree. */
  end: number;
}

export function place(root: FlameNode): Placed[] {
  const out: Placed[] = [];
  // Iterative pre-order: deep stacks must not overflow the call stack.
  const todo: { node: FlameNode; depth: number; x: number; parent: number }[] = [{ node: root, depth: 0, x: 0, parent: -1 }];
  const open: number[] = [];
  for (let item = todo.pop(); item; item = todo.pop()) {
    while (open.length > 0 && open[open.length - 1]! !== item.parent) out[open.pop()!]!.end = out.length;
    const i = out.length;
    out.push({ node: item.node, depth: item.depth, x: item.x, parent: item.parent, end: 0 });
    open.push(i);
    let cx = item.x + item.node.children.reduce((sum, c) => sum + c.total, 0);
    for (let c = item.node.children.length - 1; c >= 0; c--) {
      const child = item.node.children[c]!;
      cx -= child.total;
      todo.push({ node: child, depth: item.depth + 1, x: cx, parent: i });
    }
  }
  while (open.length > 0) out[open.pop()!]!.end = out.length;
  return out;
}

/** The label that fits in `px` pixels: whole, cut with an ellipsis, or nothing. */
export function fitLabel(name: string, px: number): string {
  const room = Math.floor((px - 2 * LABEL_PAD) / CHAR_W);
  if (room < 3) return '';
  const chars = Array.from(name);
  return chars.length <= room ? name : chars.slice(0, room - 1).join('') + '\u2026';
}

/** y of a row in flame (root at the bottom) or icicle (root at the top) orientation. */
export function rowY(depth: number, maxDepth: number, icicle: boolean): number {
  return (icicle ? depth : maxDepth - depth) * ROW;
}
