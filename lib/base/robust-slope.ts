// Theil–Sen slope with Sen's confidence interval: the median of the slopes of
// every pair of points, robust to the outliers a memory series is full of (a
// GC that frees a lot at once, a burst of allocation). The interval comes
// from Kendall's S statistic (Sen 1968; Hollander & Wolfe, "Nonparametric
// Statistical Methods"): the k-th smallest and largest pairwise slopes, k set
// by the normal approximation of S's variance. ml-regression-theil-sen gives
// the slope but not the interval, which is the point here.

export interface SlopeFit {
  /** Median pairwise slope, in units of y per unit of x. */
  slope: number;
  /** The interval's ends at the asked confidence (equal to slope when too few points). */
  low: number;
  high: number;
  /** Intercept: the median of y - slope·x. */
  intercept: number;
  points: number;
  confidence: number;
}

/** Two-sided normal quantiles for the confidences we use. */
const Z: Record<string, number> = { '0.8': 1.2816, '0.9': 1.6449, '0.95': 1.96, '0.99': 2.5758 };

function median(sorted: number[]): number {
  const n = sorted.length;
  if (n === 0) return 0;
  return n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
}

/**
 * Fit y = intercept + slope·x. Points with the same x give no slope. Fewer
 * than 3 distinct x: the interval is as wide as the slopes seen (no claim).
 */
export function theilSen(xs: readonly number[], ys: readonly number[], confidence = 0.95): SlopeFit {
  const n = Math.min(xs.length, ys.length);
  const slopes: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = xs[j]! - xs[i]!;
      if (dx !== 0) slopes.push((ys[j]! - ys[i]!) / dx);
    }
  }
  slopes.sort((a, b) => a - b);
  const slope = median(slopes);
  const intercept = median(Array.from({ length: n }, (_, i) => ys[i]! - slope * xs[i]!).sort((a, b) => a - b));
  const z = Z[String(confidence)];
  if (z === undefined) throw new Error(`theilSen: confidence ${confidence} not one of ${Object.keys(Z).join(', ')}`);
  const m = slopes.length;
  // Var(S) for n points without ties; ties in x only remove pairs, so this errs wide.
  const c = z * Math.sqrt((n * (n - 1) * (2 * n + 5)) / 18);
  const lowRank = Math.floor((m - c) / 2); // 1-based rank of the lower end
  const highRank = Math.ceil((m + c) / 2) + 1;
  const low = lowRank >= 1 ? slopes[lowRank - 1]! : (slopes[0] ?? slope);
  const high = highRank <= m ? slopes[highRank - 1]! : (slopes[m - 1] ?? slope);
  return { slope, low: Math.min(low, slope), high: Math.max(high, slope), intercept, points: n, confidence };
}
