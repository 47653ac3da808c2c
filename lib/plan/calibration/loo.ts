// Leave-one-out evaluation of the factors: each corpus pair is predicted by a
// fit that never saw it (all its sizes left out together), exactly as a new
// program would be. Reports how often the predicted gain range holds the
// measured gain, and the median distance between expected and measured gain,
// in percentage points of the slow run's CPU time.

import type { Runtime } from '../../rules/types.js';
import type { StrategyId } from '../../rules/strategy-ids.js';
import { gainPct } from '../estimate.js';
import { removedRange } from './collateral.js';
import type { Range } from '../strategies/types.js';
import { factorFor, corpusFactorPoints, pointCollateral } from './factors.js';
import { evidenceKey } from './evidence.js';
import type { CorpusPoint } from './points.js';
import type { Level } from './fit.js';

export interface Prediction {
  point: CorpusPoint;
  /** Predicted gain range in percent of the slow run's CPU time. */
  gain: Range;
  measured: number;
  hit: boolean;
  absError: number;
  level: Level;
  pairs: number;
  confidence: string;
}

export interface Score {
  points: number;
  hits: number;
  hitRate: number;
  medianAbsError: number;
  /**
   * Median width of the predicted ranges (high − low, points of the run): a
   * range that always hits says nothing, so the hit rate is read beside it.
   */
  medianWidth: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function leaveOneOut(points: readonly CorpusPoint[]): Prediction[] {
  const all = corpusFactorPoints(points);
  return points
    .filter((p) => p.share > 0)
    .map((point) => {
      const factor = factorFor(all, point.strategy as StrategyId, point.runtime, evidenceKey(point.strategy, point), point.pair);
      const removed = removedRange(point.share, factor.f, pointCollateral(point), point.samples);
      const gain = { low: gainPct(removed.low, 'lower-is-better'), expected: gainPct(removed.expected, 'lower-is-better'), high: gainPct(removed.high, 'lower-is-better') };
      const measured = round2(point.gain * 100);
      return {
        point, gain, measured, hit: measured >= gain.low && measured <= gain.high, absError: round2(Math.abs(gain.expected - measured)),
        level: factor.level, pairs: factor.pairs, confidence: factor.confidence,
      };
    });
}

export function score(predictions: readonly Prediction[]): Score {
  const hits = predictions.filter((p) => p.hit).length;
  return {
    points: predictions.length, hits, hitRate: predictions.length ? round2(hits / predictions.length) : 0,
    medianAbsError: round2(median(predictions.map((p) => p.absError))),
    medianWidth: round2(median(predictions.map((p) => p.gain.high - p.gain.low))),
  };
}

export function scoreByRuntime(predictions: readonly Prediction[]): { runtime: Runtime | 'all'; score: Score }[] {
  const runtimes = [...new Set(predictions.map((p) => p.point.runtime))].sort();
  return [...runtimes.map((runtime) => ({ runtime, score: score(predictions.filter((p) => p.point.runtime === runtime)) })), { runtime: 'all' as const, score: score(predictions) }];
}
