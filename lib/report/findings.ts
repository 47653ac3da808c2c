// What every renderer shows of a run's findings: one row per finding, in the
// order of the gain its plan item expects (findings without an item after,
// by their share of the run), with its evidence from each profile.

import type { BottleneckRecord, FindingRecord, PlanItemRecord } from '../records/types.js';
import type { RunContents } from './run-contents.js';

export interface FindingRow {
  finding: FindingRecord;
  /** Its plan items (the first is the one to do). */
  items: PlanItemRecord[];
}

const itemsOf = (c: RunContents, f: FindingRecord) => c.planItems.filter((p) => p['findingId'] === f.id || (p['findingId'] === undefined && p.bottleneckId === f.id));

export function findingRows(c: RunContents): FindingRow[] {
  const rows = c.findings.map((finding) => ({ finding, items: itemsOf(c, finding) }));
  const gain = (r: FindingRow) => r.items[0]?.expectedGainPct.expected ?? -1;
  return rows.sort((a, b) => gain(b) - gain(a) || b.finding.impact.sharePct - a.finding.impact.sharePct || a.finding.rank - b.finding.rank);
}

/** "cpu 23.43% · alloc 38.77% · gc 1.2%": the evidence of every profile in one line. */
export function evidenceLine(f: FindingRecord): string {
  return f.evidence.map((e) => `${e.state ? `${e.resource} (${e.state})` : e.resource} ${e.sharePct}%`).join(' · ');
}

/** Where, as a person reads it. */
export function findingWhere(f: FindingRecord): string {
  const at = f.file ? `${f.file}${f.line > 0 ? `:${f.line}` : ''}` : 'no source file';
  return f.processes > 1 ? `${at} (${f.processes} processes)` : at;
}

/**
 * The per-profile bottlenecks a report lists as rows: with a run-level
 * diagnosis only the run-level ones it does not cover (a memory leak, found
 * on the memory series); records without findings (older runs) list them all.
 */
export function reportedBottlenecks(c: RunContents): BottleneckRecord[] {
  return c.findings.length > 0 ? c.bottlenecks.filter((b) => b.cause === 'memory-leak') : c.bottlenecks;
}
