// The local speed-up f of a strategy for one finding, fitted from calibration
// points: the measured fixes of the same strategy on the same runtime with the
// same evidence when there are any, widening step by step (same runtime, same
// evidence on any runtime where the strategy holds, the strategy anywhere, any
// strategy with the same evidence) and falling back to the strategy's prior
// only when no pair supports it. The range spans the supporting pairs' f with
// a margin for measurement noise; confidence follows the number of pairs and
// their spread. Points from this project's own verified fixes come first and
// weigh more (PROJECT_WEIGHT): a project's real gain says more about its code.

import type { Runtime } from '../../rules/types.js';
import type { Range } from '../strategies/types.js';
import type { FactorPoint } from './points.js';

/** critical-path: not fitted, the strategy's own projection on this run's requests (waits). */
export type Level = 'runtime+evidence' | 'runtime' | 'evidence' | 'strategy' | 'evidence-any-strategy' | 'critical-path' | 'prior';

export interface FactorQuery {
  strategy: string;
  runtime?: Runtime;
  key: string;
  /** Runtimes the strategy holds for (cross-runtime levels use only these). */
  holdsOn?: readonly Runtime[];
  /** The strategy's factors do not transfer across runtimes: only same-runtime levels ('per-call': only without a known complexity class). */
  ownRuntimeOnly?: boolean | 'per-call';
}

export interface Factor {
  f: Range;
  level: Level;
  /** Distinct corpus pairs behind the factor. */
  pairs: number;
  /** Points of this project's history used. */
  projectPoints: number;
  /** Max − min of the supporting f values. */
  spread: number;
  confidence: 'low' | 'medium' | 'high';
}

/** Half-width of the range around a single pair's f: run-to-run noise and the unknown of a second pair. */
export const MARGIN = { base: 0.06, singlePair: 0.1, crossRuntime: 0.08 } as const;
/** One of this project's measured points counts as this many corpus points. */
export const PROJECT_WEIGHT = 3;

type LevelMatch = { level: Level; match: (p: FactorPoint, q: FactorQuery) => boolean };
const SAME_BOTH: LevelMatch = { level: 'runtime+evidence', match: (p, q) => p.strategy === q.strategy && p.runtime === q.runtime && p.key === q.key };
const SAME_RUNTIME: LevelMatch = { level: 'runtime', match: (p, q) => p.strategy === q.strategy && p.runtime === q.runtime };
const SAME_EVIDENCE: LevelMatch = { level: 'evidence', match: (p, q) => p.strategy === q.strategy && p.key === q.key && holds(p, q) };
const LAST: LevelMatch[] = [
  { level: 'strategy', match: (p, q) => p.strategy === q.strategy && holds(p, q) },
  { level: 'evidence-any-strategy', match: (p, q) => p.key === q.key && !p.key.startsWith('per-call') && p.runtime === q.runtime },
];

/**
 * The widening order. A known complexity class (quadratic, exponential, ...)
 * says more about what a fix removes than the runtime does: Go's and C's
 * quadratic concatenation both vanish with a builder, while Go's per-call
 * Sprintf does not. "per-call" is no class at all, so there the runtime
 * (its allocator, its caches) comes first.
 */
function levelsFor(q: FactorQuery): LevelMatch[] {
  const known = !q.key.startsWith('per-call');
  const levels = [SAME_BOTH, ...(known ? [SAME_EVIDENCE, SAME_RUNTIME] : [SAME_RUNTIME, SAME_EVIDENCE]), ...LAST];
  const ownRuntime = q.ownRuntimeOnly === true || (q.ownRuntimeOnly === 'per-call' && !known);
  return ownRuntime ? levels.filter((l) => l === SAME_BOTH || l === SAME_RUNTIME) : levels;
}

/**
 * A fix removes at most all of a function's own cost: f is a fraction of it,
 * so every point's f is taken as at most 1. An f above 1 means the fix also
 * removed time the profile charged elsewhere (GC, native or kernel time its
 * profiler does not put under the function); that part is the collateral
 * estimate's (collateral.ts), not the function's own fall.
 */
export const MAX_OWN_FALL = 1;

/** Levels whose points come from other runtimes or other strategies: a borrowed factor. */
const BORROWED: ReadonlySet<Level> = new Set(['evidence', 'strategy', 'evidence-any-strategy']);

/**
 * How closely a factor's evidence matches the finding, for ranking strategies:
 * measured on this runtime with this evidence (or by this project's own fixes,
 * or this run's own projection) 4; on this runtime with other evidence 3;
 * borrowed: the same evidence on other runtimes 2, the strategy elsewhere or
 * other strategies 1; a prior 0.
 */
export function evidenceMatch(f: Pick<Factor, 'level' | 'projectPoints'>): number {
  if (f.projectPoints > 0 || f.level === 'runtime+evidence' || f.level === 'critical-path') return 4;
  return { runtime: 3, evidence: 2, strategy: 1, 'evidence-any-strategy': 1, prior: 0 }[f.level];
}

const CONFIDENCE_STEPS = ['low', 'medium', 'high'] as const;

function holds(p: FactorPoint, q: FactorQuery): boolean {
  return q.holdsOn === undefined || q.holdsOn.includes(p.runtime);
}

function weightedMedian(values: { v: number; w: number }[]): number {
  const sorted = [...values].sort((a, b) => a.v - b.v);
  const total = sorted.reduce((s, x) => s + x.w, 0);
  let acc = 0;
  for (const x of sorted) {
    acc += x.w;
    if (acc >= total / 2) return x.v;
  }
  return sorted[sorted.length - 1]!.v;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** The fitted factor, or undefined when no point supports it (the caller then uses the prior). */
export function fitFactor(points: readonly FactorPoint[], q: FactorQuery, leaveOut?: string): Factor | undefined {
  const usable = points.filter((p) => p.pair !== leaveOut || p.project);
  const own = usable.filter((p) => p.project && p.strategy === q.strategy && p.runtime === q.runtime);
  for (const { level, match } of levelsFor(q)) {
    const corpus = usable.filter((p) => !p.project && match(p, q));
    if (corpus.length === 0 && own.length === 0) continue;
    const chosen = [...own, ...corpus].map((p) => (p.f > MAX_OWN_FALL ? { ...p, f: MAX_OWN_FALL } : p));
    const fs = chosen.map((p) => p.f);
    const pairs = new Set(corpus.map((p) => p.pair)).size;
    const spread = Math.max(...fs) - Math.min(...fs);
    const borrowed = BORROWED.has(level) && own.length === 0;
    const margin = MARGIN.base + (pairs + own.length <= 1 ? MARGIN.singlePair : 0) + (borrowed ? MARGIN.crossRuntime : 0);
    const expected = weightedMedian(chosen.map((p) => ({ v: p.f, w: p.project ? PROJECT_WEIGHT : 1 })));
    const f = { low: round3(Math.min(...fs) - margin), expected: round3(expected), high: round3(Math.min(MAX_OWN_FALL, Math.max(...fs) + margin)) };
    const support = pairs + own.length;
    const measured = support >= 3 && spread <= 0.25 ? 2 : support >= 2 && spread <= 0.4 ? 1 : 0;
    // A factor borrowed from other runtimes or strategies says less about this code: one step less sure.
    const confidence = CONFIDENCE_STEPS[Math.max(0, borrowed ? measured - 1 : measured)]!;
    return { f, level, pairs, projectPoints: own.length, spread: round3(spread), confidence };
  }
  return undefined;
}
