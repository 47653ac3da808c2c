// A project's own calibration: every verified fix becomes a point. When a
// verification run checks an earlier plan item (a plan-check record with the
// measured gain of the main metric), perf-apply appends {strategy, runtime,
// evidence, share, expected, measured} to the project's history file, and
// perf-plan reads it back and blends it into later estimates of the same
// strategy on the same runtime (fit.ts: project points first, weighted).
// Pure: text in, records and text out; the stages do the reading and writing.

import { badInput } from '../../base/errors.js';
import { validateRecord } from '../../records/validate.js';
import type { AnyRecord } from '../../records/types.js';
import type { Runtime } from '../../rules/types.js';
import type { FactorPoint } from './points.js';

/** Where the history lives, relative to the project root (the write gate allows it). */
export const HISTORY_PATH = '.spec/reports/performance/calibration-history.ndjson';

export interface CalibrationPointRecord {
  type: 'calibration-point';
  v: 1;
  runId: string;
  baselineRunId: string;
  itemId: string;
  strategy: string;
  runtime: Runtime;
  evidence: string;
  share: number;
  expected: number;
  measured: number;
  metric: string;
}

/** What a plan item's `estimate` carries for its check to become a point. */
interface ItemEstimate {
  share?: unknown;
  runtime?: unknown;
  evidence?: unknown;
}

/** Checks that say nothing about the strategy's gain: no number, noise larger than the effect, or the fix was not made. */
const UNUSABLE = new Set(['unknown', 'inconclusive', 'not-done']);
const RUNTIMES = new Set(['node', 'go', 'java', 'python', 'native']);

/** The calibration points a run's plan-check records give (those with a measured gain and the estimate's inputs). */
export function pointsFromChecks(records: readonly AnyRecord[]): CalibrationPointRecord[] {
  const out: CalibrationPointRecord[] = [];
  for (const r of records) {
    if (r.type !== 'plan-check') continue;
    const check = r as Record<string, unknown>;
    const estimate = (check['estimate'] ?? {}) as ItemEstimate;
    const expected = (check['expectedGainPct'] as { expected?: unknown } | undefined)?.expected;
    const measured = check['measuredGainPct'];
    if (UNUSABLE.has(String(check['status'])) || typeof measured !== 'number' || typeof expected !== 'number') continue;
    if (typeof check['strategyId'] !== 'string' || typeof estimate.share !== 'number' || !(estimate.share > 0) || estimate.share > 1) continue;
    if (typeof estimate.runtime !== 'string' || !RUNTIMES.has(estimate.runtime) || typeof estimate.evidence !== 'string') continue;
    out.push({
      type: 'calibration-point', v: 1, runId: String(check['runId']), baselineRunId: String(check['baselineRunId']), itemId: String(check['itemId']),
      strategy: check['strategyId'], runtime: estimate.runtime as Runtime, evidence: estimate.evidence, share: estimate.share, expected, measured, metric: String(check['metric']),
    });
  }
  return out.sort((a, b) => (a.baselineRunId + a.itemId < b.baselineRunId + b.itemId ? -1 : 1));
}

/** The history file's points; a bad line is bad input naming the file and line. */
export function parseHistory(text: string, where: string): CalibrationPointRecord[] {
  const out: CalibrationPointRecord[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw badInput(`${where}:${i + 1}`, 'expected one calibration-point JSON record per line');
    }
    const record = validateRecord(value, `${where}:${i + 1}`);
    if (record.type !== 'calibration-point') throw badInput(`${where}:${i + 1}`, `expected a calibration-point record, got ${record.type}`);
    out.push(record as unknown as CalibrationPointRecord);
  });
  return out;
}

const keyOf = (p: CalibrationPointRecord) => `${p.baselineRunId}/${p.itemId}/${p.runId}`;

/** The history with the new points appended; a check already recorded (same runs and item) is not added twice. */
export function appendHistory(existing: readonly CalibrationPointRecord[], fresh: readonly CalibrationPointRecord[]): { text: string; added: number } {
  const seen = new Set(existing.map(keyOf));
  const added = fresh.filter((p) => !seen.has(keyOf(p)) && (seen.add(keyOf(p)), true));
  const text = [...existing, ...added].map((p) => JSON.stringify(p)).join('\n') + '\n';
  return { text, added: added.length };
}

/** History points in the fit's terms: f = measured / 100 / share. */
export function historyFactorPoints(history: readonly CalibrationPointRecord[]): FactorPoint[] {
  return history.map((p) => ({
    pair: `project:${p.baselineRunId}/${p.itemId}`, runtime: p.runtime, strategy: p.strategy, key: p.evidence,
    share: p.share, gain: p.measured / 100, f: p.measured / 100 / p.share, project: true,
  }));
}
