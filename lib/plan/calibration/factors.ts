// From calibration points to a strategy's factor for one finding: corpus and
// project points put in the fit's terms, the fit, and the prior when the fit
// has nothing. One function serves the plan and the leave-one-out evaluation,
// so what is evaluated is exactly what plans use.

import type { Runtime } from '../../rules/types.js';
import type { StrategyId } from '../../rules/strategy-ids.js';
import { STRATEGIES } from '../strategies.js';
import type { Range } from '../strategies/types.js';
import { collateralOf, effectiveShare, unownedRuntimePct, type Collateral } from './collateral.js';
import { evidenceKey } from './evidence.js';
import { fitFactor, type Factor } from './fit.js';
import type { CorpusPoint, FactorPoint } from './points.js';

/**
 * A point whose fix removed more than twice what the finding held says the
 * profile charged the cause elsewhere (C's qsort comparator holding the time
 * of the caller that sorts per query; exception unwinding in native code the
 * Python sampler does not see): it measures the profiler's attribution, not
 * the strategy, so it is evaluated (leave-one-out predicts it) but never fits.
 */
export const MAX_FIT_F = { value: 2, reason: 'beyond 2× the finding\'s share, the fix removed time the profile charged elsewhere' } as const;

/** What a pair's fix removes besides the finding's own time (collateral.ts), read as a plan reads it. */
export function pointCollateral(p: CorpusPoint): Collateral {
  const unowned = p.userPct !== undefined && p.originPct ? unownedRuntimePct({ user: p.userPct, ...p.originPct }) : p.gcPct;
  return collateralOf(unowned, p.gcChargedPct);
}

/** The share a pair's fix could remove: the finding's, and its part of the runtime's unowned work. */
export function pointShare(p: CorpusPoint): number {
  return effectiveShare(p.share, pointCollateral(p));
}

export function corpusFactorPoints(points: readonly CorpusPoint[]): FactorPoint[] {
  return points
    .filter((p) => p.share > 0 && p.gain / pointShare(p) <= MAX_FIT_F.value)
    .map((p) => ({ pair: p.pair, runtime: p.runtime, strategy: p.strategy, key: evidenceKey(p.strategy, p), share: pointShare(p), gain: p.gain, f: p.gain / pointShare(p), project: false }));
}

export interface ResolvedFactor extends Factor {
  /** Where f comes from, in words for the plan's method text. */
  source: string;
}

const LEVEL_TEXT: Record<Factor['level'], string> = {
  'runtime+evidence': 'same runtime and evidence',
  runtime: 'same runtime, other evidence',
  evidence: 'same evidence on other runtimes',
  strategy: 'the strategy on other runtimes',
  'evidence-any-strategy': 'other strategies with the same evidence on this runtime',
  'critical-path': "this run's requests",
  prior: 'no corpus pair',
};

const pct = (r: Range) => `${Math.round(r.low * 100)}–${Math.round(r.high * 100)}% (expected ${Math.round(r.expected * 100)}%)`;

/** The factor for a strategy on a finding: fitted when points support it, else the strategy's prior. */
export function factorFor(points: readonly FactorPoint[], strategy: StrategyId, runtime: Runtime | undefined, key: string, leaveOut?: string): ResolvedFactor {
  const entry = STRATEGIES[strategy];
  const fitted = fitFactor(points, { strategy, ...(runtime ? { runtime } : {}), key, ...(entry.runtimes ? { holdsOn: entry.runtimes } : {}), ...(entry.ownRuntimeOnly ? { ownRuntimeOnly: entry.classTransfers ? ('per-call' as const) : true } : {}) }, leaveOut);
  if (!fitted) {
    return { f: entry.speedup, level: 'prior', pairs: 0, projectPoints: 0, spread: entry.speedup.high - entry.speedup.low, confidence: 'low', source: `f = ${pct(entry.speedup)}, the strategy's prior (${entry.source.ref}): no calibration pair supports it` };
  }
  const project = fitted.projectPoints > 0 ? `${fitted.projectPoints} measured fix${fitted.projectPoints === 1 ? '' : 'es'} of this project (weighted ×3) and ` : 'no point of this project and ';
  const source =
    `f = ${pct(fitted.f)} from ${project}${fitted.pairs} calibration pair${fitted.pairs === 1 ? '' : 's'} ` +
    `(${LEVEL_TEXT[fitted.level]}: ${strategy}${runtime ? ` on ${runtime}` : ''}, evidence ${key}; spread of f ${fitted.spread}; bench/results/calibration.md)`;
  return { ...fitted, source };
}
