// The regression gate's verdict, from intervals rather than point values: it
// fails only when a change's whole interval lies beyond the threshold (worse
// by more than it); it says inconclusive when the noise (half the interval's
// width) is wider than the threshold and the interval reaches past it, so the
// runs could not have shown a regression of that size, naming the spread and
// the repeats that would resolve it; otherwise it passes.

import { formatValue } from '../base/format.js';
import type { FunctionDelta, IntervalPct, VerdictRecord } from '../records/types.js';
import { repeatsToResolve, type Change } from './noise.js';

/** perf-analyze's exit status when the gate failed (after every record is out). */
export const EXIT_REGRESSION = 3;
/** ... and when the noise is wider than the threshold: neither pass nor fail can be said. */
export const EXIT_INCONCLUSIVE = 5;

/**
 * A function is gated only if it held at least this share of the baseline:
 * smaller ones rest on too few samples to say anything at the run's length.
 */
export const REGRESSION_MIN_BASELINE_PCT = 1;

export type Direction = 'lower-is-better' | 'higher-is-better';

export interface MainInput {
  name: string;
  unit: string;
  direction: Direction;
  statistic: string;
  change: Change;
  /** False when each run has a single sample: no noise known at all. */
  measured: boolean;
}

export interface ProfileInput {
  profileId: string;
  /** The profile's kind; delay kinds are compared but never gated (see functionRegressions). */
  kind?: string;
  unit: string;
  functions: FunctionDelta[];
}

const signed = (x: number) => `${x >= 0 ? '+' : ''}${x}%`;
export const intervalText = (c: IntervalPct) => `${signed(c.pct)} [${signed(c.low)}, ${signed(c.high)}] at ${Math.round(c.level * 100)}%`;
/** A cost with three significant digits, in its unit. */
export const costText = (v: number, unit: string) => formatValue(Number(v.toPrecision(3)), unit);

/** The interval in the "worse" direction: positive is a regression. */
function worse(c: IntervalPct, direction: Direction): { low: number; high: number } {
  return direction === 'lower-is-better' ? { low: c.low, high: c.high } : { low: -c.high, high: -c.low };
}

type Regression = VerdictRecord['regressions'][number];

/**
 * Gated: code the user's change can move (their own and their dependencies'), holding at least
 * REGRESSION_MIN_BASELINE_PCT of either run. Runtime and kernel frames (I/O syscalls, the event loop,
 * (idle)) swing with the machine's load, and their cost shows in the main metric anyway.
 */
export function regressionChecked(f: FunctionDelta): boolean {
  if (f.origin === 'runtime' || f.origin === 'kernel' || f.function === '(idle)') return false;
  return Math.max(f.baselineCumPct, f.cumPct) >= REGRESSION_MIN_BASELINE_PCT;
}

/**
 * Lock and block profiles hold delay summed over the threads that waited, not a cost the work
 * consumes: making three downstream calls concurrently has three goroutines wait at once, so a Go
 * service's block delay per request rose 39% while its requests got faster. What waiting costs the
 * user shows in the main metric (latency); these stay in the comparison, ungated.
 */
const UNGATED_KINDS = new Set(['lock', 'block']);

function functionRegressions(profiles: ProfileInput[], threshold: number, workUnit: string): Regression[] {
  const out: Regression[] = [];
  for (const p of profiles) {
    if (p.kind !== undefined && UNGATED_KINDS.has(p.kind)) continue;
    for (const f of p.functions) {
      if (f.status !== 'changed' || !f.change || !f.perUnit || !regressionChecked(f)) continue;
      if (!(f.change.low > threshold)) continue;
      const per = ` per ${workUnit}`;
      out.push({
        profileId: p.profileId,
        function: f.function,
        file: f.file,
        unit: p.unit,
        baseline: f.perUnit.baselineCum,
        current: f.perUnit.cum,
        change: f.change,
        line: `${p.profileId}: ${f.function} rose ${intervalText(f.change)} in cost${per} (${costText(f.perUnit.baselineCum, p.unit)} -> ${costText(f.perUnit.cum, p.unit)}${per}), beyond ${threshold}%`,
      });
    }
  }
  return out;
}

export interface VerdictParts {
  status: VerdictRecord['status'];
  main?: VerdictRecord['main'];
  regressions: Regression[];
  reasons: string[];
  exitCode: number;
}

export function verdictOf(main: MainInput | undefined, profiles: ProfileInput[], threshold: number | undefined, workUnit: string): VerdictParts {
  let mainOut: VerdictRecord['main'];
  if (main) {
    const c = main.change;
    const spread = Math.round(((c.high - c.low) / 2) * 100) / 100;
    mainOut = {
      name: main.name,
      unit: main.unit,
      direction: main.direction,
      statistic: main.statistic,
      baseline: Number(c.before.toPrecision(6)),
      current: Number(c.after.toPrecision(6)),
      change: { pct: c.pct, low: c.low, high: c.high, level: c.level },
      betweenRuns: c.betweenRuns,
      spreadPct: spread,
      ...(threshold !== undefined && spread > 0 ? { repeatsToResolve: repeatsToResolve(c, threshold) } : {}),
    };
  }
  if (threshold === undefined) return { status: 'compared', ...(mainOut ? { main: mainOut } : {}), regressions: [], reasons: [], exitCode: 0 };
  const regressions: Regression[] = [];
  const reasons: string[] = [];
  let unclear = false;
  if (main && mainOut) {
    const w = worse(mainOut.change, main.direction);
    const what = `main metric ${main.name} (${main.statistic}) ${costText(mainOut.baseline, main.unit)} -> ${costText(mainOut.current, main.unit)}, ${intervalText(mainOut.change)}`;
    if (!main.measured) {
      unclear = true;
      reasons.push(`inconclusive: ${main.name} has one value per run, so its noise is unknown; repeat the runs (--repeat 3 or more)`);
    } else if (w.low > threshold) {
      regressions.push({ unit: main.unit, baseline: mainOut.baseline, current: mainOut.current, change: mainOut.change, line: `${what}: worse beyond ${threshold}% over the whole interval` });
    } else if (mainOut.spreadPct > threshold && w.high > threshold) {
      unclear = true;
      const more = mainOut.repeatsToResolve !== undefined ? `; about ${mainOut.repeatsToResolve} repeats per run would resolve it (--repeat ${mainOut.repeatsToResolve})` : '';
      reasons.push(`inconclusive: ${what}: the noise (±${mainOut.spreadPct}%) is wider than the ${threshold}% threshold allows${more}`);
    } else if (mainOut.spreadPct > threshold) {
      // Wide noise, but the whole interval lies on the good side of the threshold: no regression that large is possible.
      reasons.push(`passed: ${what}: no regression beyond ${threshold}% possible (the interval's worse end is ${signed(w.high)}), although the noise (±${mainOut.spreadPct}%) is wider than ${threshold}%`);
    } else reasons.push(`passed: ${what}: no regression beyond ${threshold}% shown (the interval's worse end starts at ${signed(w.low)}), and the noise (±${mainOut.spreadPct}%) is narrower than ${threshold}%`);
  }
  regressions.push(...functionRegressions(profiles, threshold, workUnit));
  for (const r of regressions) reasons.unshift(`regression: ${r.line}`);
  const status = regressions.length > 0 ? 'failed' : unclear ? 'inconclusive' : 'passed';
  if (!main && status === 'passed') reasons.push(`passed: no function's cost per ${workUnit} rose beyond ${threshold}% over its whole interval`);
  const exitCode = status === 'failed' ? EXIT_REGRESSION : status === 'inconclusive' ? EXIT_INCONCLUSIVE : 0;
  return { status, ...(mainOut ? { main: mainOut } : {}), regressions, reasons, exitCode };
}
