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
  const walk = (node: FlameNode, depth: number, x: number, parent: number): void => {
    const i = out.length;
    const placed: Placed = { node, depth, x, parent, end: 0 };
    out.push(placed);
    let cx = x;
    for (const child of node.children) {
      walk(child, depth + 1, cx, i);
      cx += child.total;
    }
    placed.end = out.length;
  };
  walk(root, 0, 0, -1);
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
