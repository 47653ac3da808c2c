// Is a share above the floor, or only read above it by the luck of the
// sample? A location's share is read from N samples; near the floor (1%) a
// handful of samples moves it across, and a sampler that charges each sample
// the time until the next one (V8) gives a sample followed by a stall (the
// sampler thread descheduled on a busy machine, a pause V8 does not sample)
// many times the usual weight. The samples, not their weights, are what
// the sampler drew, so the floor is tested on them: the share of the samples
// must lie above it with 95% confidence (Wilson's interval).

import { shareInterval } from '../base/share-interval.js';
import type { Profile } from '../model/profile.js';

/**
 * True when `samples` of `totalSamples` (plus `extraShare`, a share charged
 * from other samples such as GC time, as a fraction) is above `floorPct`
 * with 95% confidence. Unknown totals: the share as read decides.
 */
export function significantlyAbove(samples: number, totalSamples: number | undefined, floorPct: number, extraShare = 0): boolean {
  if (!totalSamples || !(totalSamples > 0)) return true;
  const p = Math.min(1, samples / totalSamples + extraShare);
  return shareInterval(p, totalSamples).low * 100 >= floorPct;
}

/** The samples a profile was read from: its count sample type's total, else its stacks (as attribute.ts counts a group's). */
export function samplesOf(profile: Pick<Profile, 'sampleTypes' | 'samples'>): number {
  const counts = profile.sampleTypes.findIndex((t) => t.unit === 'count');
  return counts < 0 ? profile.samples.length : profile.samples.reduce((n, s) => n + (s.values[counts] ?? 0), 0);
}
