// A calibration point: one measured fix. Corpus points come from make
// calibrate (bench/calibration, generated into corpus-points.ts); project
// points from the project's own verified fixes (history.ts). Both say which
// strategy was applied, on which runtime, with what evidence, at what share of
// the profile, and how much of the run it removed.

import type { Runtime } from '../../rules/types.js';
import type { Complexity } from './evidence.js';

export interface CorpusPoint {
  /** The pair, runtime/name (bench/calibration/cases.mjs). */
  pair: string;
  runtime: Runtime;
  strategy: string;
  size: number;
  complexity: Complexity;
  gcPct?: number;
  /** GC the analyzer charged to the finding (by an allocation profile), percent of the run's CPU: inside the share. */
  gcChargedPct?: number;
  /** Percent of the profile's samples with a user frame; with originPct, what the runtime's unowned work is read from. */
  userPct?: number;
  originPct?: { dependency: number; kernel: number };
  /** The samples of the profile the share was read from (its sampling interval widens the prediction). */
  samples?: number;
  /** The finding's share of the profile, 0..1. */
  share: number;
  /** Measured gain of the fix, fraction of the slow variant's CPU time. */
  gain: number;
  /** Measured gain by wall time (noisier on a shared machine). */
  wallGain: number;
}

/** A point the fit uses: from the corpus or from this project's history. */
export interface FactorPoint {
  /** Points of one pair are left out together in leave-one-out; project points are never left out. */
  pair: string;
  runtime: Runtime;
  strategy: string;
  /** evidence.ts evidenceKey(): complexity, and GC class for GC-sensitive strategies. */
  key: string;
  share: number;
  gain: number;
  /** The implied local speed-up: gain / share. */
  f: number;
  project: boolean;
}
