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

const LEVELS: { level: Level; match: (p: FactorPoint, q: FactorQuery) => boolean }[] = [
  { level: 'runtime+evidence', match: (p, q) => p.strategy === q.strategy && p.runtime === q.runtime && p.key === q.key },
  { level: 'runtime', match: (p, q) => p.strategy === q.strategy && p.runtime === q.runtime },
  { level: 'evidence', match: (p, q) => p.strategy === q.strategy && p.key === q.key && holds(p, q) },
  { level: 'strategy', match: (p, q) => p.strategy === q.strategy && holds(p, q) },
  { level: 'evidence-any-strategy', match: (p, q) => p.key === q.key && p.key !== 'per-call' && p.runtime === q.runtime },
];

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
  for (const { level, match } of LEVELS) {
    const corpus = usable.filter((p) => !p.project && match(p, q));
    if (corpus.length === 0 && own.length === 0) continue;
    const chosen = [...own, ...corpus];
    const fs = chosen.map((p) => p.f);
    const pairs = new Set(corpus.map((p) => p.pair)).size;
    const spread = Math.max(...fs) - Math.min(...fs);
    const margin = MARGIN.base + (pairs + own.length <= 1 ? MARGIN.singlePair : 0) + (level === 'evidence' || level === 'strategy' || level === 'evidence-any-strategy' ? MARGIN.crossRuntime : 0);
    const expected = weightedMedian(chosen.map((p) => ({ v: p.f, w: p.project ? PROJECT_WEIGHT : 1 })));
    const f = { low: round3(Math.min(...fs) - margin), expected: round3(expected), high: round3(Math.max(...fs) + margin) };
    const sameRuntime = level === 'runtime+evidence' || level === 'runtime';
    const support = pairs + own.length;
    const confidence = sameRuntime && support >= 3 && spread <= 0.25 ? 'high' : support >= 2 && spread <= 0.4 ? 'medium' : 'low';
    return { f, level, pairs, projectPoints: own.length, spread: round3(spread), confidence };
  }
  return undefined;
}
