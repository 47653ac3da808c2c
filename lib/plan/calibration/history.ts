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
  /** The finding's own measured fall, percent of its cost per unit of work: the strategy's f, measured. */
  localFallPct?: number;
  metric: string;
}

/** What a plan check carries for calibration (lib/compare/plan-check.ts): the estimate's inputs and what was measured. */
interface CheckCalibration {
  strategy?: unknown;
  runtime?: unknown;
  evidence?: unknown;
  share?: unknown;
  expected?: { expected?: unknown };
  measured?: { localFallPct?: unknown; globalGainPct?: unknown };
}

/** Statuses of a fix that was made and measured; not-done and inconclusive say nothing about the strategy's gain. */
const MEASURED = new Set(['done', 'partly', 'gone', 'regressed']);
const RUNTIMES = new Set(['node', 'go', 'java', 'python', 'native']);

const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);

/** The calibration points a run's plan-check records give: fixes made and measured, with the estimate's inputs. */
export function pointsFromChecks(records: readonly AnyRecord[]): CalibrationPointRecord[] {
  const out: CalibrationPointRecord[] = [];
  for (const r of records) {
    if (r.type !== 'plan-check' || !MEASURED.has(String(r['status']))) continue;
    const c = (r['calibration'] ?? {}) as CheckCalibration;
    const share = num(c.share);
    const expected = num(c.expected?.expected);
    const local = num(c.measured?.localFallPct);
    const global = num(c.measured?.globalGainPct);
    if (typeof c.strategy !== 'string' || typeof c.runtime !== 'string' || !RUNTIMES.has(c.runtime)) continue;
    if (share === undefined || !(share > 0) || share > 1 || expected === undefined || (local === undefined && global === undefined)) continue;
    out.push({
      type: 'calibration-point', v: 1, runId: String(r['runId']), baselineRunId: String(r['baselineRunId']), itemId: String(r['itemId']),
      strategy: c.strategy, runtime: c.runtime as Runtime, evidence: typeof c.evidence === 'string' ? c.evidence : 'per-call', share, expected,
      // The whole run's gain is the item's own only when it was the one change; the function's own fall is its own.
      measured: global ?? Math.round(share * local! * 100) / 100,
      ...(local !== undefined ? { localFallPct: local } : {}),
      metric: String(r['metric']),
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

/** History points in the fit's terms: f is the finding's own measured fall, else the run's gain over the share. */
export function historyFactorPoints(history: readonly CalibrationPointRecord[]): FactorPoint[] {
  return history.map((p) => ({
    pair: `project:${p.baselineRunId}/${p.itemId}`, runtime: p.runtime, strategy: p.strategy, key: p.evidence,
    share: p.share, gain: p.measured / 100, f: p.localFallPct !== undefined ? p.localFallPct / 100 : p.measured / 100 / p.share, project: true,
  }));
}
