// A project's own calibration: every verified fix becomes a point. When a
// verification run checks an earlier plan item (a plan-check record with the
// measured gain of the main metric), perf-apply writes {strategy, runtime,
// evidence, share, expected, measured} into that run's own folder
// (CALIBRATION_FILE), and perf-plan reads the points of every finished run
// folder back and blends them into later estimates of the same strategy on
// the same runtime (fit.ts: project points first, weighted). One small file
// per run, never one shared file: concurrent runs would lose each other's
// points, and a run writes nothing outside its own folder (issue 20).
// Pure: text in, records and text out; the stages do the reading and writing.

import { badInput } from '../../base/errors.js';
import { validateRecord } from '../../records/validate.js';
import type { AnyRecord } from '../../records/types.js';
import type { Runtime } from '../../rules/types.js';
import type { FactorPoint } from './points.js';

/** The run's own calibration points, inside its folder .spec/reports/performance/<runId>/. */
export const CALIBRATION_FILE = 'calibration.ndjson';

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

/** One record per line, as perf-apply writes a run's points. */
export function historyText(points: readonly CalibrationPointRecord[]): string {
  return points.map((p) => JSON.stringify(p)).join('\n') + '\n';
}

/**
 * The points of every run, each measurement once: the same run applied twice
 * (its folder then gets a -2 id) repeats the same measured values of the same
 * baseline item, which must not count twice; two verification runs of one
 * item measure different values and both count.
 */
export function mergeHistory(perRun: readonly (readonly CalibrationPointRecord[])[]): CalibrationPointRecord[] {
  const seen = new Set<string>();
  const key = (p: CalibrationPointRecord) => `${p.baselineRunId}/${p.itemId}/${p.measured}/${p.localFallPct ?? ''}`;
  return perRun.flat().filter((p) => !seen.has(key(p)) && (seen.add(key(p)), true));
}

/** History points in the fit's terms: f is the finding's own measured fall, else the run's gain over the share. */
export function historyFactorPoints(history: readonly CalibrationPointRecord[]): FactorPoint[] {
  return history.map((p) => ({
    pair: `project:${p.baselineRunId}/${p.itemId}`, runtime: p.runtime, strategy: p.strategy, key: p.evidence,
    share: p.share, gain: p.measured / 100, f: p.localFallPct !== undefined ? p.localFallPct / 100 : p.measured / 100 / p.share, project: true,
  }));
}
