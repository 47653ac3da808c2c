// Stacks the profiler could not unwind. perf walks frame pointers by
// default, and code built without them (the C library and most of a
// distribution's libraries) breaks the chain: the walk ends in a frame perf
// cannot name, `[unknown]`, and the sample reaches none of the user's
// callers, so its time is charged to no function of theirs (a qsort whose
// comparator parses with sscanf showed 79% of its samples ending there).
// When that is a large share of a profile, say so about the run, with the
// fix: DWARF unwinding. Pure.

import { samplesOf } from '../significance.js';
import type { ProfileInput } from './facts.js';

/**
 * Samples whose stack ends in an unnamed frame, at or above this share of a
 * profile, get the diagnostic. A few percent is usual (a libc leaf seen
 * before its frame is set up); a fifth can hide a finding the size of the top
 * one.
 */
export const CUT_STACKS = { value: 20, unit: '% of samples', reason: "a fifth of the samples with no caller can hide a finding as large as the top one; a few percent is usual where libc keeps no frame pointers" } as const;

/** What perf calls a frame it could not name (perf-script.ts keeps the name; stackcollapse-perf too). */
const UNNAMED = '[unknown]';
/** Formats whose stacks come from perf's unwinder: they say `callGraph: dwarf` is the fix. */
const PERF_FORMATS: ReadonlySet<string> = new Set(['perf-script', 'folded']);

export interface CutStacks {
  profileId: string;
  sharePct: number;
  samples: number;
  totalSamples: number;
}

/** The share of a profile's samples whose outermost frame is `[unknown]` (undefined when none). */
export function cutStacks(input: Pick<ProfileInput, 'record' | 'profile'>): CutStacks | undefined {
  const { profile, record } = input;
  if (!PERF_FORMATS.has(record.sourceFormat)) return undefined;
  const counts = profile.sampleTypes.findIndex((t) => t.unit === 'count');
  let cut = 0;
  for (const s of profile.samples) {
    const root = s.stack[s.stack.length - 1];
    if (root !== undefined && profile.frames[root]!.name === UNNAMED) cut += counts < 0 ? 1 : (s.values[counts] ?? 0);
  }
  const total = samplesOf(profile);
  if (cut === 0 || total === 0) return undefined;
  return { profileId: record.profileId, sharePct: Math.round((cut / total) * 1000) / 10, samples: cut, totalSamples: total };
}

/** The run-level warning for each profile whose stacks are cut short (CUT_STACKS), with the fix. */
export function cutStacksMessages(inputs: Pick<ProfileInput, 'record' | 'profile'>[]): string[] {
  return inputs
    .map(cutStacks)
    .filter((c): c is CutStacks => c !== undefined && c.sharePct >= CUT_STACKS.value)
    .map(
      (c) =>
        `${c.profileId}: ${c.sharePct}% of its samples (${c.samples} of ${c.totalSamples}) end in a frame perf could not name (${UNNAMED}): ` +
        `frame-pointer unwinding stops in code built without frame pointers (the C library, most distribution libraries), so those samples reach ` +
        `none of your callers and their time is charged to no function of yours. Re-run with DWARF unwinding: in the scenario, ` +
        `"profiler": {"name": "perf", "callGraph": "dwarf"} (by hand: perf record --call-graph dwarf)`,
    );
}
