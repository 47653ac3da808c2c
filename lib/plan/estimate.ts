// Gain estimation with Amdahl's law. A bottleneck holds a share p (0..1) of
// the scenario's main metric; a strategy removes a fraction f (0..1) of the
// bottleneck's own time. Then, for the whole metric:
//   time or latency (lower is better): the metric falls by p·f, reported as
//     100·p·f percent of the current value;
//   throughput (higher is better): it rises by 1/(1 − p·f) − 1, reported as
//     100·(1/(1 − p·f) − 1) percent.
// Combined over several items we add the removed shares first, counting each
// sample once (a child bottleneck's time lies inside its parent's), and apply
// Amdahl once: never a sum of per-item gains.

import type { Range } from './strategies.js';

export type Direction = 'lower-is-better' | 'higher-is-better';

/** The largest share of the metric we accept as removable for throughput: p·f = 1 would mean infinite throughput. */
export const MAX_REMOVED = 0.99;

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The removed share as it is capped: a time can fall by all of it (a fix that
 * removes a quadratic lookup takes 99.5% of the run away, which a 99% cap
 * called a miss), a throughput only up to MAX_REMOVED.
 */
export function capRemoved(removed: number, direction: Direction): number {
  return Math.min(Math.max(removed, -1), direction === 'lower-is-better' ? 1 : MAX_REMOVED); // negative: the change makes it slower
}

/** Percent change of the metric when a fraction `removed` of it goes away. */
export function gainPct(removed: number, direction: Direction): number {
  const x = capRemoved(removed, direction);
  return round2(direction === 'lower-is-better' ? 100 * x : 100 * (1 / (1 - x) - 1));
}

/** The per-item range: Amdahl over share p with the strategy's local range f. */
export function gainRange(p: number, f: Range, direction: Direction): Range {
  return { low: gainPct(p * f.low, direction), expected: gainPct(p * f.expected, direction), high: gainPct(p * f.high, direction) };
}

export interface Removal {
  id: string;
  parentId?: string;
  /** The bottleneck's share of the metric (0..1), inclusive of its children. */
  share: number;
  /** The strategy's local speed-up range (fractions of the bottleneck's time). */
  f: Range;
}

type Point = keyof Range;

/**
 * The share of the metric removed by doing every item, counting each sample
 * once: in a nested group the part a child covers is removed either by the
 * child's strategy or the parent's, whichever removes more; the parent's own
 * remainder by the parent's. Roots are disjoint (their shares never sum past
 * 100), so their removals add.
 */
export function combinedRemoved(items: Removal[], point: Point): number {
  const byId = new Map(items.map((i) => [i.id, i]));
  const children = new Map<string, Removal[]>();
  const roots: Removal[] = [];
  for (const item of items) {
    const parent = item.parentId !== undefined && item.parentId !== item.id ? byId.get(item.parentId) : undefined;
    if (parent) children.set(parent.id, [...(children.get(parent.id) ?? []), item]);
    else roots.push(item);
  }
  const removed = (node: Removal, seen: Set<string>): number => {
    if (seen.has(node.id)) return 0;
    seen.add(node.id);
    const kids = children.get(node.id) ?? [];
    const own = node.share * node.f[point];
    if (kids.length === 0) return own;
    const covered = Math.min(node.share, kids.reduce((s, k) => s + k.share, 0));
    const viaChildren = Math.min(covered, kids.reduce((s, k) => s + removed(k, seen), 0));
    return Math.min(node.share, Math.max(own, viaChildren + (node.share - covered) * node.f[point]));
  };
  const seen = new Set<string>();
  return Math.min(1, roots.reduce((s, root) => s + removed(root, seen), 0));
}

/** Combined gain range for doing all items: combine removals, then Amdahl once. */
export function combinedGain(items: Removal[], direction: Direction): Range & { removed: Range } {
  const removed = { low: combinedRemoved(items, 'low'), expected: combinedRemoved(items, 'expected'), high: combinedRemoved(items, 'high') };
  return { low: gainPct(removed.low, direction), expected: gainPct(removed.expected, direction), high: gainPct(removed.high, direction), removed };
}

/** The value the metric should reach if the gain is realised. */
export function targetValue(current: number, gainPercent: number, direction: Direction): number {
  return direction === 'lower-is-better' ? current * (1 - gainPercent / 100) : current * (1 + gainPercent / 100);
}
