// What every renderer shows of a run's findings: one row per finding, in the
// order of the gain its plan item expects (findings without an item after,
// by their share of the run), with its evidence from each profile.

import type { BottleneckRecord, FindingRecord, PlanItemRecord } from '../records/types.js';
import type { RunContents } from './run-contents.js';
import { humanPct } from '../base/human.js';
import { shownLocation } from './paths.js';

export interface FindingRow {
  finding: FindingRecord;
  /** Its plan items (the first is the one to do). */
  items: PlanItemRecord[];
}

const itemsOf = (c: RunContents, f: FindingRecord) => c.planItems.filter((p) => p['findingId'] === f.id || (p['findingId'] === undefined && p.bottleneckId === f.id));

/** A leak leads: its gain is in memory, not comparable with latency, and memory that grows ends the process. */
const leads = (r: FindingRow) => (r.finding.cause === 'memory-leak' ? 0 : 1);

export function findingRows(c: RunContents): FindingRow[] {
  const rows = c.findings.map((finding) => ({ finding, items: itemsOf(c, finding) }));
  const gain = (r: FindingRow) => r.items[0]?.expectedGainPct.expected ?? -1;
  return rows.sort((a, b) => leads(a) - leads(b) || gain(b) - gain(a) || b.finding.impact.sharePct - a.finding.impact.sharePct || a.finding.rank - b.finding.rank);
}

/** "cpu 23.4% · alloc 38.8% · gc 1.2%": the evidence of every profile in one line. */
export function evidenceLine(f: FindingRecord): string {
  return f.evidence.map((e) => `${e.state ? `${e.resource} (${e.state})` : e.resource} ${humanPct(e.sharePct)}`).join(' · ');
}

/** Where, as a person reads it: relative to the source root (lib/report/paths.ts). */
export function findingWhere(f: FindingRecord, root?: string): string {
  const at = f.file ? shownLocation(f.file, f.line, root) : 'no source file';
  return f.processes > 1 ? `${at} (${f.processes} processes)` : at;
}

/**
 * The per-profile bottlenecks a report lists as rows: with a run-level
 * diagnosis only run-level ones (a leak, request waits) no finding fused,
 * which a stream from an older perf-analyze may hold; records without
 * findings (older runs) list them all.
 */
export function reportedBottlenecks(c: RunContents): BottleneckRecord[] {
  if (c.findings.length === 0) return c.bottlenecks;
  const fused = new Set(c.findings.flatMap((f) => f.bottleneckIds));
  return c.bottlenecks.filter((b) => (b.cause === 'memory-leak' || b['waits'] !== undefined) && !fused.has(b.id));
}
