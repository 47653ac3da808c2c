// A finding's share is read from a sample of the run: N profile samples of
// which a fraction p landed in the function. A short run (Go's 100 Hz pprof
// over a third of a second, JFR's 20 ms sampling) gives a few dozen samples,
// and then the function's true share may lie several points either side of
// p. A fix removes at most all of the function's own cost (f ≤ 1), so the
// only honest way for a range to reach a measured gain above p is the share's
// own uncertainty: the range's ends use the ends of the share's 95% interval
// (Wilson's score interval, lib/base/share-interval.ts), the expected gain
// the share as read.

import type { ValueType } from '../../model/profile.js';

export { shareInterval, type ShareInterval } from '../../base/share-interval.js';

/** The number of samples in a profile record: the total of its count-typed sample type (undefined when it has none). */
export function sampleCount(record: { sampleTypes: readonly ValueType[]; totals?: readonly number[] } | undefined): number | undefined {
  if (!record?.totals) return undefined;
  const i = record.sampleTypes.findIndex((t) => t.unit === 'count');
  const n = i < 0 ? undefined : record.totals[i];
  return n !== undefined && n > 0 ? n : undefined;
}
