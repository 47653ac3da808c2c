// The shape of one rule in the catalog. Rules are data: a matcher reads the
// fields; no rule carries code of its own (clinic.js Doctor's analyses share
// one signature; ours share one matcher and one table).

import type { ProfileKind } from '../model/profile.js';
import type { BottleneckCategory } from '../records/types.js';
import type { StrategyId } from './strategy-ids.js';

export type Runtime = 'node' | 'go' | 'java' | 'python' | 'native';

/** A share threshold: the value, its unit, and why it is that value. */
export interface Threshold {
  value: number;
  unit: '% of profile';
  reason: string;
}

export interface RuleMatch {
  /** Profile kinds the rule reads. */
  kinds: readonly ProfileKind[];
  /**
   * Name of a frame that is not user code, between the sample's leaf and its
   * nearest user caller (or anywhere, when no user frame is on the stack).
   */
  frame?: RegExp;
  /** The same frame's file (both must match when both are given). */
  file?: RegExp;
  /**
   * Text of the user function's hot line: how work that the runtime inlines
   * into the caller (V8 builtins such as JSON.parse, Array.prototype.includes,
   * irregexp) is still recognised.
   */
  source?: RegExp;
  /** With `source`: must also match the hot line or one of the lines just above it (a loop). */
  context?: RegExp;
  /**
   * The frame says only that the work entered a layer (a kernel syscall
   * entry), not what it did there: a rule matching a frame deeper on the
   * stack (the syscall itself) names the cause instead, and among this
   * rule's own frames the deepest is the evidence.
   */
  yields?: boolean;
  /** Matches whatever no other rule explained, for these kinds (the catalog's last rules). */
  fallback?: boolean;
  /** The stacks have no user frame (GC threads, V8's GC): charge the time to the main allocator. */
  chargeTo?: 'allocator';
}

export interface Rule {
  id: string;
  runtimes: readonly Runtime[];
  match: RuleMatch;
  minShare: Threshold;
  category: BottleneckCategory;
  cause: string;
  /** One line: what this means for the user. */
  explain: string;
  /** What the evidence lines report. */
  evidence: string;
  strategies: readonly StrategyId[];
  /**
   * Set when the matched time is the runtime's own cost of the work (sending
   * a response), which no change in the user's code removes: the run-level
   * diagnosis reports it as evidence about the run, never as a finding. Says
   * what the time is. Such a rule names no strategies.
   */
  runCost?: string;
  /**
   * Set when the matched waiting time is the program waiting for work to
   * arrive (a server's accept loop, a kept-alive connection waiting for the
   * next request): idle time, said about the run, never a finding. Says what
   * it waits for. Such a rule names no strategies.
   */
  idle?: string;
}

export type Verdict = 'match' | 'no-match' | 'not-enough-data';
