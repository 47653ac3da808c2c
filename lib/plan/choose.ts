// Which strategy leads a plan item, and what each one is expected to gain:
// every strategy the finding's rule offers (plus "rewrite the pattern" when
// recheck finds the hot regex backtracks), less those that do not hold on the
// finding's runtime, each estimated with its calibrated factor for this
// runtime and evidence; the primary is the highest expected gain, ties broken
// by confidence (which comes from the calibration data), then catalog order.
// Evidence from the finding's own runtime comes first: a strategy measured
// there (with the finding's evidence before other evidence) leads one whose
// factor is borrowed from other runtimes or strategies (the borrowed one has
// the wider range and the lower confidence, and another runtime's allocator,
// caches and profiler attribution are not this one's); the gain decides
// among strategies whose evidence matches alike.
// Strategies no calibration pair supports (only a prior) rank after those
// the corpus or this project has measured, in the rule's order.

import type { Runtime } from '../rules/types.js';
import { STRATEGY_IDS, type StrategyId } from '../rules/strategy-ids.js';
import { CORPUS_POINTS } from './calibration/corpus-points.js';
import { NO_COLLATERAL, removedRange, type Collateral } from './calibration/collateral.js';
import { evidenceKey, evidenceOf, runtimeOfFile, type Evidence } from './calibration/evidence.js';
import { corpusFactorPoints, factorFor, type ResolvedFactor } from './calibration/factors.js';
import { evidenceMatch } from './calibration/fit.js';
import { historyFactorPoints, type CalibrationPointRecord } from './calibration/history.js';
import type { FactorPoint } from './calibration/points.js';
import type { Share } from './basis.js';
import { gainRange, type Direction } from './estimate.js';
import { metricGainPct, type LoadModel } from './load-model.js';
import { holdsFor, STRATEGIES } from './strategies.js';
import type { Range } from './strategies/types.js';

export interface Candidate {
  id: StrategyId;
  factor: ResolvedFactor;
  key: string;
  gain: Range;
  /** The share of the metric the candidate's f applies to: the subject's, its CPU part, or a wait's critical-path share. */
  p: number;
  /** How p was obtained. */
  how: string;
  /** Confidence steps lost because p is indirect. */
  penalty: number;
  /** p is a sampled share times this (basis.ts Share.scale). */
  scale?: number;
}

export interface Choice {
  runtime?: Runtime;
  evidence: Evidence;
  /** Best first. */
  candidates: Candidate[];
  /** Strategies the rule offered that do not hold on this runtime, with the reason. */
  rejected: { id: StrategyId; reason: string }[];
}

const CONFIDENCE_RANK = { low: 0, medium: 1, high: 2 } as const;
const corpus = corpusFactorPoints(CORPUS_POINTS);

/** The fit's points for a project: the corpus and this project's history. */
export function factorPoints(history: readonly CalibrationPointRecord[] = []): FactorPoint[] {
  return history.length === 0 ? corpus : [...corpus, ...historyFactorPoints(history)];
}

/** What the choice needs to know of the finding (or bottleneck) a plan item addresses. */
export interface ChoiceSubject {
  file: string;
  line: number;
  cause: string;
  ruleId?: string;
  strategies: readonly string[];
}

/** A strategy's own estimate that bypasses the calibrated factor: a wait's critical-path projection (wait-gain.ts). */
export interface OwnEstimate {
  p: number;
  f: Range;
  how: string;
}

/** What the strategy needs that this subject's evidence does not show, if anything. */
export function unshown(id: StrategyId, s: Pick<ChoiceSubject, 'cause'>): string | undefined {
  const needs = STRATEGIES[id].needs;
  return needs && !needs.shownBy?.includes(s.cause) ? needs.what : undefined;
}

function offered(s: ChoiceSubject): StrategyId[] {
  return s.strategies.filter((id): id is StrategyId => (STRATEGY_IDS as readonly string[]).includes(id));
}

/** A projection is measured on this run's own requests: as good as a calibrated factor, but no corpus pair stands behind it. */
function ownFactor(e: OwnEstimate): ResolvedFactor {
  const spread = Math.round((e.f.high - e.f.low) * 1000) / 1000;
  const text = `${Math.round(e.f.low * 100)}–${Math.round(e.f.high * 100)}% of it at the low and high ends`;
  return { f: e.f, level: 'critical-path', pairs: 0, projectPoints: 0, spread, confidence: 'medium', source: `f = ${text}, from the projection of the recorded requests` };
}

export interface ChoiceInput {
  /** The subject's share of the metric (every strategy that may remove any of its time). */
  share: Share;
  /** Its CPU part as a share of the metric (strategies that remove CPU work only, cpu-share.ts); absent: the share. */
  cpuShare?: Share;
  direction: Direction;
  metric: string;
  load: LoadModel;
  points: readonly FactorPoint[];
  /** Evidence computed ahead (with the regex verdict, which needs the source); else read from the record alone. */
  evidence?: Evidence;
  hotspots: Parameters<typeof evidenceOf>[1];
  /** A strategy's own estimate, when it has one (waits); the others are estimated from their calibrated factor. */
  own?: (id: StrategyId) => OwnEstimate | undefined;
  /** What a fix removes besides the subject's own CPU time (the GC no finding was charged); absent: nothing. */
  collateral?: Collateral;
  /** The samples the share was read from: its sampling interval widens the range (calibration/share-noise.ts). */
  samples?: number;
}

export function chooseStrategies(subject: ChoiceSubject, input: ChoiceInput): Choice {
  const runtime = runtimeOfFile(subject.file);
  const evidence = input.evidence ?? evidenceOf(subject, input.hotspots);
  const ids = offered(subject);
  const backtracks = evidence.regex?.complexity === 'exponential' || evidence.regex?.complexity === 'polynomial';
  if (backtracks && !ids.includes('simplify-regex')) ids.unshift('simplify-regex');
  const rejected: Choice['rejected'] = [];
  const candidates: Candidate[] = [];
  for (const id of ids) {
    if (!holdsFor(id, runtime)) {
      rejected.push({ id, reason: STRATEGIES[id].notFor?.[runtime!] ?? `${id} does not apply to ${runtime} code` });
      continue;
    }
    const key = evidenceKey(id, evidence);
    const own = input.own?.(id);
    if (own) {
      candidates.push({ id, factor: ownFactor(own), key, gain: gainRange(own.p, own.f, input.direction), p: own.p, how: own.how, penalty: 0 });
      continue;
    }
    const factor = factorFor(input.points, id, runtime, key);
    const share = STRATEGIES[id].acts === 'cpu' && input.cpuShare ? input.cpuShare : input.share;
    const removed = removedRange(share.p, factor.f, input.collateral ?? NO_COLLATERAL, input.samples, share.scale);
    const at = (point: keyof Range) => metricGainPct(removed[point], input.direction, input.metric, input.load);
    candidates.push({ id, factor, key, gain: { low: at('low'), expected: at('expected'), high: at('high') }, p: share.p, how: share.how, penalty: share.penalty, ...(share.scale !== undefined ? { scale: share.scale } : {}) });
  }
  const order = new Map(ids.map((id, i) => [id, i]));
  // A prior is a guess: a strategy the calibration has measured ranks before one it has not, and
  // among guesses the rule's order (its author's judgement of which fix fits the cause) decides.
  // An estimate resting on a precondition the recording cannot show ranks after one that needs none;
  // then a factor measured on this runtime before one borrowed from elsewhere (fit.ts evidenceMatch).
  const measured = (c: Candidate) => (c.factor.level === 'prior' ? 0 : unshown(c.id, subject) ? 1 : 1 + evidenceMatch(c.factor));
  const byGain = (a: Candidate, b: Candidate) => (measured(a) === 0 ? 0 : b.gain.expected - a.gain.expected || CONFIDENCE_RANK[b.factor.confidence] - CONFIDENCE_RANK[a.factor.confidence]);
  candidates.sort((a, b) => measured(b) - measured(a) || byGain(a, b) || order.get(a.id)! - order.get(b.id)!);
  return { ...(runtime ? { runtime } : {}), evidence, candidates, rejected };
}
