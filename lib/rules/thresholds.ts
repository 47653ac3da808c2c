// The share thresholds rules use, each a named constant with its unit and
// the reason for its value. A group of samples below its rule's threshold is
// not given that cause; it stays with its function as plain hot code.

import type { Threshold } from './types.js';

const share = (value: number, reason: string): Threshold => ({ value, unit: '% of profile', reason });

export const LIBRARY_CALL = share(
  2,
  'at 1 ms sampling a 2 s run has 2,000 samples; 2% (40 samples) is well above sampling noise and worth an edit',
);

export const SOURCE_LINE = share(
  3,
  'a match on source text is weaker evidence than a runtime frame, so the line must carry a clearer share',
);

export const GC_TIME = share(
  5,
  'a healthy V8 or Go service spends a few percent in GC; above 5% allocation drives the cost',
);

export const IDLE_TIME = share(
  20,
  'a process under load that waits more than a fifth of its samples is bound by I/O or a lock, not CPU',
);

export const SERVER_LOOP = share(
  0.01,
  "a server loop's own frames say the time is idle at any share: a busy service's accept loop is one thread of many, far under a fifth of the samples",
);

export const CONTENTION = share(
  1,
  'lock and block profiles record only waiting, so any site with a visible share of the delay matters',
);

export const HOT_FUNCTION = share(
  1,
  'the floor for any bottleneck: below 1% no change in one function is measurable end to end',
);

/** Samples a group needs before a rule names its cause; fewer, and the rule answers "not enough data". */
export const MIN_SAMPLES = {
  value: 5,
  unit: 'samples',
  reason: 'a cause read from fewer than five samples is a guess; the time stays with the function as plain hot code',
} as const;
