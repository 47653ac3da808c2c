// What perf-analyze shows a person on a terminal instead of its records: per
// profile a table like `go tool pprof -top` (flat, flat%, sum%, cum, cum%,
// the function and its file:line), then the findings, ranked, and one
// sentence of verdict (what bounds the run, what holds most of it). Pure:
// the records in, text out.

import { humanPct, humanText, humanValue } from '../../base/human.js';
import { firstSentence } from '../../report/fix-first.js';
import { shownLocation } from '../../report/paths.js';
import type { AnyRecord, DiagnosticRecord, FindingRecord, HotspotRecord, ProfileRecord, VerdictRecord } from '../../records/types.js';
import { boundSentence } from '../../report/bound.js';
import { heldBack, plural, textTable } from './table.js';

export interface AnalyzeSummaryOptions {
  /** Paths are shown relative to this (perf-analyze --source-root). */
  sourceRoot: string;
}

const of = <T extends AnyRecord>(records: AnyRecord[], type: string) => records.filter((r) => r.type === type) as T[];

function topTable(p: ProfileRecord, hotspots: HotspotRecord[], root: string): string[] {
  const mine = hotspots.filter((h) => h.profileId === p.profileId && h.by === 'self').sort((a, b) => a.rank - b.rank);
  const head = `${p.profileId} (${p.kind}, ${humanValue(p.sampleCount, 'samples')})`;
  if (mine.length === 0) return [`${head}: no functions`];
  const unit = mine[0]!.unit;
  let sum = 0;
  const rows = mine.map((h) => {
    sum += h.selfPct;
    const where = shownLocation(h.file, h.line, root);
    return [humanValue(h.self, unit), humanPct(h.selfPct), humanPct(sum), humanValue(h.cum, unit), humanPct(h.cumPct), where ? `${h.function}  ${where}` : h.function];
  });
  return [`${head}, top ${mine.length} by ${mine[0]!.sampleType} (flat):`, ...textTable(['flat', 'flat%', 'sum%', 'cum', 'cum%', 'function'], rows, ['right', 'right', 'right', 'right', 'right', 'left'])];
}

function findingLines(findings: FindingRecord[], root: string): string[] {
  if (findings.length === 0) return ['No findings: nothing in your code holds 1% or more of the run.'];
  const lines = [`${plural(findings.length, 'finding')}:`];
  for (const f of [...findings].sort((a, b) => a.rank - b.rank)) {
    const where = shownLocation(f.file, f.line, root) || '(no file)';
    lines.push(`  ${f.rank}. ${f.function} at ${where}: ${f.category}, ${humanPct(f.impact.sharePct)} of ${f.impact.metric}`);
    lines.push(`     ${humanText(firstSentence(f.why))}`);
  }
  return lines;
}

/** One sentence: what bounds the run and what holds the most of it. */
function verdictLine(findings: FindingRecord[], diagnostics: DiagnosticRecord[], root: string): string {
  const bound = boundSentence(diagnostics.find((d) => d.code === 'run-diagnosis'));
  const top = [...findings].sort((a, b) => a.rank - b.rank)[0];
  const lead = top ? `${top.function} (${shownLocation(top.file, top.line, root) || 'no file'}) holds the most: ${humanPct(top.impact.sharePct)} of ${top.impact.metric}` : 'no location in your code holds 1% or more of it';
  return bound ? `${bound}; ${lead}.` : `${lead[0]!.toUpperCase()}${lead.slice(1)}.`;
}

export function analyzeSummary(records: AnyRecord[], options: AnalyzeSummaryOptions): string {
  const root = options.sourceRoot;
  const hotspots = of<HotspotRecord>(records, 'hotspot');
  const findings = of<FindingRecord>(records, 'finding');
  const diagnostics = of<DiagnosticRecord>(records, 'diagnostic');
  const lines: string[] = [];
  for (const p of of<ProfileRecord>(records, 'profile')) lines.push(...topTable(p, hotspots, root), '');
  lines.push(...findingLines(findings, root), '');
  for (const v of of<VerdictRecord>(records, 'verdict')) lines.push(`Compared with ${v.baselineRunId}: ${v.status}`, ...v.reasons.map((r) => `  ${r}`), '');
  lines.push(verdictLine(findings, diagnostics, root));
  lines.push('', heldBack(records.length, '| perf-plan'));
  return `${lines.join('\n')}\n`;
}
