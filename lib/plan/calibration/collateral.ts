// The time a fix removes besides the function's own: the garbage collector's.
// A CPU profile charges GC to no function (V8's "(garbage collector)", Go's
// mark workers) unless the analyzer apportions it by an allocation profile
// (then it is inside each finding's share already). Work that allocates makes
// the collector run, so a fix that removes a function's work removes its part
// of the run's GC as well; with no allocation profile to say which part, it
// is taken in proportion to the function's share of the rest of the run:
//   p_eff = p / (1 − g),  g = the run's GC share that no finding was charged
// (an allocation profile may charge only part of it: allocations it did not
// sample, or GC it could not tie to a site, stay uncharged).
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

/** A share of at most this much GC is apportioned (beyond it the run is the collector's, and p / (1 − g) says little). */
const MAX_GC = 0.5;

/**
 * The collateral of a run: its GC percent (evidence.ts gcShare) less the GC
 * the analyzer charged to findings (percent of the run's CPU, inside their shares).
 */
export function collateralOf(gcPct: number | undefined, chargedPct = 0): Collateral {
  const uncharged = (gcPct ?? 0) - chargedPct;
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
 */
export function removedRange(p: number, f: Range, c: Collateral, samples?: number): Range {
  const iv = shareInterval(p, samples);
  const ends = (x: number) => [iv.low * x, iv.high * x];
  return {
    low: Math.min(...ends(f.low)),
    expected: effectiveShare(p, c) * f.expected,
    high: Math.max(effectiveShare(iv.high, c) * f.high, effectiveShare(iv.low, c) * f.high),
  };
}
