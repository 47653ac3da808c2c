// How sure a change is: a confidence interval for the relative change of a
// statistic between two runs, by a two-level bootstrap. A run is a list of
// repeats (separate processes: between-run noise such as JIT decisions and
// a neighbour's load), each a list of blocks (seconds of the window, or one
// block per repeat for profile totals: within-run noise). Each bootstrap
// round resamples repeats, then blocks within each picked repeat, and draws
// a block's profile sample count from a Poisson law (sampling noise).
// Seeded: the same input gives the same interval.

import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { median, quantileSorted } from 'simple-statistics';

/** One block of a repeat: num/den is its value (cost / units of work); `count` profile samples back num. */
export interface Block {
  num: number;
  den: number;
  count?: number;
}

export type Repeat = Block[];

/** ratio: Σnum / Σden (costs per unit of work); median: the median of num/den over blocks (per-second latency percentiles). */
export type Statistic = 'ratio' | 'median';

export interface Change {
  /** The statistic on each side. */
  before: number;
  after: number;
  /** (after / before − 1) in percent, and its interval. */
  pct: number;
  low: number;
  high: number;
  /** Confidence level of [low, high], e.g. 0.95. */
  level: number;
  /** Repeats on each side, and whether between-run noise could be measured. */
  repeats: { before: number; after: number };
  betweenRuns: boolean;
}

/** Rounds per interval: enough for stable 2.5/97.5% quantiles, cheap for 20 functions. */
export const BOOTSTRAP_ROUNDS = 2000;
export const CONFIDENCE = 0.95;
const SEED = 0x5eed;

type Rng = ReturnType<typeof xoroshiro128plus>;

/** Knuth's method for small means, a normal approximation above 50 (off by < 1% there). */
function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 50) {
    const u1 = (uniformInt(rng, 1, 0x7fffffff) / 0x7fffffff);
    const u2 = uniformInt(rng, 0, 0x7fffffff) / 0x7fffffff;
    const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    return Math.max(0, Math.round(mean + z * Math.sqrt(mean)));
  }
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = uniformInt(rng, 1, 0x7fffffff) / 0x7fffffff; p > limit; p *= uniformInt(rng, 1, 0x7fffffff) / 0x7fffffff) k++;
  return k;
}

export function statisticOf(blocks: Block[], statistic: Statistic): number {
  if (blocks.length === 0) return NaN;
  if (statistic === 'median') return median(blocks.map((b) => (b.den === 0 ? 0 : b.num / b.den)));
  let num = 0;
  let den = 0;
  for (const b of blocks) {
    num += b.num;
    den += b.den;
  }
  return den === 0 ? NaN : num / den;
}

function resample(rng: Rng, repeats: Repeat[], statistic: Statistic): number {
  const picked: Block[] = [];
  for (let i = 0; i < repeats.length; i++) {
    const repeat = repeats[uniformInt(rng, 0, repeats.length - 1)]!;
    for (let j = 0; j < repeat.length; j++) {
      const b = repeat[uniformInt(rng, 0, repeat.length - 1)]!;
      if (b.count === undefined || b.count === 0) picked.push(b);
      else picked.push({ num: (b.num * poisson(rng, b.count)) / b.count, den: b.den });
    }
  }
  return statisticOf(picked, statistic);
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * The interval of after/before − 1. A side with one repeat has no measured
 * between-run noise; when the other side has several, its spread between
 * repeats (as log deviations) is lent to it, on the assumption that the same
 * machine and scenario vary alike. With one repeat on both sides only
 * within-run noise is known (betweenRuns false: the interval is too narrow).
 */
export function changeInterval(before: Repeat[], after: Repeat[], statistic: Statistic, level = CONFIDENCE): Change {
  const b0 = statisticOf(before.flat(), statistic);
  const a0 = statisticOf(after.flat(), statistic);
  const rng = xoroshiro128plus(SEED);
  const lend = (own: Repeat[], other: Repeat[]): number[] => {
    if (own.length > 1 || other.length < 2) return [0];
    const logs = other.map((r) => Math.log(statisticOf(r, statistic))).filter(Number.isFinite);
    const centre = logs.reduce((s, x) => s + x, 0) / Math.max(1, logs.length);
    // Deviations from a mean of n values under-state the spread by sqrt((n-1)/n).
    const widen = Math.sqrt(logs.length / Math.max(1, logs.length - 1));
    return logs.map((x) => (x - centre) * widen);
  };
  const lentBefore = lend(before, after);
  const lentAfter = lend(after, before);
  const ratios: number[] = [];
  for (let i = 0; i < BOOTSTRAP_ROUNDS; i++) {
    const b = resample(rng, before, statistic) * Math.exp(lentBefore[uniformInt(rng, 0, lentBefore.length - 1)]!);
    const a = resample(rng, after, statistic) * Math.exp(lentAfter[uniformInt(rng, 0, lentAfter.length - 1)]!);
    if (b > 0 && Number.isFinite(a)) ratios.push(a / b - 1);
  }
  ratios.sort((x, y) => x - y);
  const tail = (1 - level) / 2;
  const q = (p: number) => (ratios.length === 0 ? NaN : quantileSorted(ratios, p) * 100);
  return {
    before: b0,
    after: a0,
    pct: b0 > 0 ? round((a0 / b0 - 1) * 100) : NaN,
    low: round(q(tail)),
    high: round(q(1 - tail)),
    level,
    repeats: { before: before.length, after: after.length },
    betweenRuns: before.length > 1 || after.length > 1,
  };
}

/**
 * Repeats needed for the interval's half-width to shrink under `targetPct`:
 * the width falls as 1/sqrt(repeats) (both sides repeated alike).
 */
export function repeatsToResolve(change: Change, targetPct: number): number {
  const half = (change.high - change.low) / 2;
  const now = Math.max(change.repeats.before, change.repeats.after, 1);
  if (!(half > 0) || targetPct <= 0) return now;
  return Math.max(now + 1, Math.ceil(now * (half / targetPct) ** 2));
}
