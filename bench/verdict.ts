// Verdicts for the benchmark's targets, from the spread of the runs, not one
// lucky number. The machine is shared (2 cores, up to 8 sessions), so wall time
// is mostly the scheduler's: verdicts use CPU time (user + system, all threads
// and child processes), wall time is shown beside it. A target is "met" when
// even the worst pairing of runs meets it, "missed" when even the best misses
// it, and "inconclusive" when the noise spans the target.

import type { Measurement, Stat } from './measure.js';

export type Verdict = 'met' | 'missed' | 'inconclusive' | 'n/a';

export interface Judged {
  /** The figure on medians (a ratio, MiB/s or MB). */
  value?: number;
  /** Best and worst figure over the runs' min and max. */
  range?: [number, number];
  verdict: Verdict;
  note?: string;
}

const round = (n: number) => Math.round(n * 100) / 100;

function judge(value: number, best: number, worst: number, meets: (x: number) => boolean): Judged {
  const verdict: Verdict = meets(worst) ? 'met' : meets(best) ? 'inconclusive' : 'missed';
  return { value: round(value), range: [round(best), round(worst)], verdict };
}

const failed = (...ms: (Measurement | undefined)[]) => ms.some((m) => !m || !m.ok);

/** ours / theirs on CPU time, at most `max`. */
export function ratioAtMost(ours: Measurement, theirs: Measurement | undefined, max: number): Judged {
  if (failed(ours, theirs)) return { verdict: 'n/a', note: theirs ? 'a side failed; see its row' : 'no peer to compare with' };
  const o = ours.cpuS;
  const t = theirs!.cpuS;
  return judge(o.median / t.median, o.min / t.max, o.max / t.min, (x) => x <= max);
}

/** Input bytes per CPU second, in MiB/s, at least `min`. */
export function rateAtLeast(ours: Measurement, bytes: number, min: number): Judged {
  if (failed(ours)) return { verdict: 'n/a', note: 'failed; see its row' };
  const mib = bytes / 2 ** 20;
  const c = ours.cpuS;
  return judge(mib / c.median, mib / c.min, mib / c.max, (x) => x >= min);
}

/** Peak RSS in MB, at most `max`. */
export function rssAtMost(ours: Measurement, max: number): Judged {
  if (failed(ours)) return { verdict: 'n/a', note: 'failed; see its row' };
  const r = ours.rssMB;
  return judge(r.median, r.min, r.max, (x) => x <= max);
}

/** Wall ratio on medians, shown beside the CPU verdict. */
export function wallRatio(ours: Measurement, theirs?: Measurement): number | undefined {
  return !theirs || failed(ours, theirs) ? undefined : round(ours.wallS.median / theirs.wallS.median);
}

export const fmtStat = (s: Stat, unit: string) => `${round(s.median)}${unit} (${round(s.min)}–${round(s.max)})`;
