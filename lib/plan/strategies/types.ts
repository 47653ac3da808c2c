// The shape of one strategy in the catalog, and the small helpers the data
// files share. A strategy is data: what to do (templates naming the user's
// function and file:line), how to guard the gain, for which runtimes it holds,
// whether it removes the whole call or part of it, and a prior local speed-up
// used only where the calibration corpus has no pair for it.

import type { Runtime } from '../../rules/types.js';

/** Fractions (0..1) of the bottleneck's time removed by the strategy. */
export interface Range {
  low: number;
  expected: number;
  high: number;
}

export type SourceKind = 'bench' | 'rule-of-thumb';

/** What the fix takes away: the whole call the finding names, or part of the work inside it. */
export type Removal = 'whole-call' | 'part';

/**
 * Which of the finding's time the strategy can remove: only its CPU work
 * ('cpu': a better algorithm does not shorten a wait), or whatever it costs
 * ('any': caching a call's result skips its waits too).
 */
export type Acts = 'cpu' | 'any';

export interface RuntimeText {
  title?: string;
  action?: string;
}

export interface StrategyEntry {
  /** Ticket title; placeholders {fn} {at} {caller} {callerAt}. */
  title: string;
  /** The concrete action, same placeholders. */
  action: string;
  /** The test or benchmark to add so the gain cannot silently regress. */
  guard: string;
  /** Where the strategy holds; a runtime not listed gets no item with it. Absent: every runtime. */
  runtimes?: readonly Runtime[];
  /** Why the strategy does not hold for a runtime (said in the plan's diagnostics), e.g. Go's RE2 never backtracks. */
  notFor?: Partial<Record<Runtime, string>>;
  /** The idiom of a runtime, where it differs from the general text. */
  byRuntime?: Partial<Record<Runtime, RuntimeText>>;
  removes: Removal;
  /** Absent: 'any'. */
  acts?: Acts;
  /**
   * Why a factor measured on one runtime says nothing about another (the fit then uses only this
   * runtime's pairs, else the prior): e.g. whether the runtime caches compiled patterns.
   */
  ownRuntimeOnly?: string;
  /**
   * With ownRuntimeOnly: a factor whose evidence has a known complexity class (quadratic, ...)
   * still transfers across runtimes, since the class, not the runtime, says what the fix removes.
   */
  classTransfers?: boolean;
  /**
   * A precondition the recording does not show (a batch endpoint exists, the inputs repeat): the
   * estimate holds only if it is true, so the strategy ranks after those that need nothing unseen,
   * unless the finding's cause is one that shows it (`shownBy`: the wait analysis saw the same key
   * asked again).
   */
  needs?: { what: string; shownBy?: readonly string[] };
  /** Prior local speed-up: used only when the calibration corpus has no pair for the strategy. */
  speedup: Range;
  source: { kind: SourceKind; ref: string };
  /** The most confidence the source allows. */
  maxConfidence?: 'low' | 'medium' | 'high';
}

export const r = (low: number, expected: number, high: number): Range => ({ low, expected, high });

export const thumb = (ref: string) => ({ kind: 'rule-of-thumb' as const, ref: `rule of thumb: ${ref}` });

export const BENCH_GUARD =
  'add a benchmark that calls {fn} on a representative input and fails when it is slower than ' +
  'the time measured after the change';
