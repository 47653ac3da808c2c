// The time a fix removes besides the function's own: the runtime's. A CPU
// profile charges the runtime's own work to no function when no user frame
// is on the stack: V8's "(garbage collector)" and "(program)" (compiling,
// running outside JavaScript), Go's background mark workers and scheduler.
// That work follows the user's work (garbage from its allocations, code to
// compile), so a fix that removes a function's work removes its part of it
// too; with nothing to say which part, it is taken in proportion to the
// function's share of the rest of the run:
//   p_eff = p / (1 − g),  g = the runtime's unowned share no finding was charged.
// The unowned share is what has no user frame, less what has a dependency or
// kernel frame or is idle (framework code and waits do not shrink with the
// user's work; subtracting every sample with such a frame makes g a lower
// bound), less the GC the analyzer charged to findings by an allocation
// profile (inside their shares already). Without origin shares, the GC
// frames' share stands for it.
// A range's low end takes none of it (the function may allocate nothing), so
// the collateral widens the range upwards; the expected gain includes it.
// The corpus is read the same way (a pair's f = gain / p_eff), so a factor
// fitted there is the fall of the function's own cost, at most 1.

import type { Range } from '../strategies/types.js';
import { shareInterval } from './share-noise.js';

export interface Collateral {
  /** The run's GC share (0..1) that no finding was charged: what a fix may remove besides the function's own time. */
  gc: number;
}

export const NO_COLLATERAL: Collateral = { gc: 0 };

/** Percent of a profile's samples with a frame of each origin on the stack (perf-analyze's origin groups, cum). */
export interface OriginShares {
  user: number;
  dependency: number;
  kernel: number;
}

/** The origin shares from a profile's origin group records; undefined when it has no user group. */
export function originShares(groups: readonly { name: string; cumPct: number }[]): OriginShares | undefined {
  const cum = (name: string) => groups.find((g) => g.name === name)?.cumPct;
  const user = cum('user');
  return user === undefined ? undefined : { user, dependency: cum('dependency') ?? 0, kernel: cum('kernel') ?? 0 };
}

/** The runtime's own work with no user, dependency or kernel frame and not idle, percent (a lower bound). */
export function unownedRuntimePct(o: OriginShares, idlePct = 0): number {
  return Math.max(0, 100 - o.user - o.dependency - o.kernel - idlePct);
}

/** A share of at most this much GC is apportioned (beyond it the run is the collector's, and p / (1 − g) says little). */
const MAX_GC = 0.5;

/**
 * The collateral of a run: the runtime's unowned percent (unownedRuntimePct),
 * or without origin shares its GC percent (evidence.ts gcShare), less the GC
 * the analyzer charged to findings (percent of the run's CPU, inside their shares).
 */
export function collateralOf(unownedPct: number | undefined, chargedPct = 0): Collateral {
  const uncharged = (unownedPct ?? 0) - chargedPct;
  if (!(uncharged > 0)) return NO_COLLATERAL;
  return { gc: Math.min(MAX_GC, uncharged / 100) };
}

/** The share a fix of the function removes at most: its own, and its part of the unapportioned GC. */
export function effectiveShare(p: number, c: Collateral): number {
  return Math.min(1, p / (1 - c.gc));
}

/**
 * The removed share at each end of the range: the expected one is the share
 * as read with its GC; the ends take the ends of the share's sampling
 * interval from `samples` (share-noise.ts), the low end without the GC.
 * `scale`: p is a sampled share times this (a CPU share times the run's busy
 * share ρ), so the interval is the sampled share's, scaled: ρ·interval(p/ρ),
 * narrower than interval(p) since the samples saw p/ρ, not p.
 */
export function removedRange(p: number, f: Range, c: Collateral, samples?: number, scale = 1): Range {
  const sampled = scale > 0 && scale <= 1 ? scale : 1;
  const read = shareInterval(p / sampled, samples);
  const iv = { low: read.low * sampled, high: read.high * sampled };
  const ends = (x: number) => [iv.low * x, iv.high * x];
  return {
    low: Math.min(...ends(f.low)),
    expected: effectiveShare(p, c) * f.expected,
    high: Math.max(effectiveShare(iv.high, c) * f.high, effectiveShare(iv.low, c) * f.high),
  };
}
