// The 95% interval of a share read from a sample: n observations of which a
// fraction p fell in one place. Wilson's score interval stays inside 0..1
// and is right near p = 0 or 1 and for small n, where the normal
// approximation is not. Used where a share decides something (a finding
// above the floor, a gain's range) and the sample count is known.

/** 95% two-sided. */
const Z = 1.96;

export interface ShareInterval {
  low: number;
  high: number;
}

/** Wilson's score interval of a share p read from n samples; no samples known: the share as read. */
export function shareInterval(p: number, n: number | undefined): ShareInterval {
  if (n === undefined || !(n > 0) || !(p >= 0) || p > 1) return { low: p, high: p };
  const z2 = Z * Z;
  const centre = p + z2 / (2 * n);
  const half = Z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const scale = 1 + z2 / n;
  return { low: Math.max(0, (centre - half) / scale), high: Math.min(1, (centre + half) / scale) };
}
