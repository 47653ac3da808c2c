// The baseline comparison as rows of text, for both report.md and
// report.html (lib/report/sections/comparison.ts, lib/report/html/comparison.ts):
// the verdict first, then each earlier plan item, the metrics, and the
// functions of each compared profile per unit of work. Pure.

import { humanPct, humanValue } from '../base/human.js';
import type { ComparisonRecord, FunctionDelta, IntervalPct, MetricDelta, PlanCheckRecord, VerdictRecord } from '../records/types.js';
import { metricLabels } from './metric-labels.js';
import type { RunContents } from './run-contents.js';

/** Function rows per compared profile. */
export const FUNCTION_ROWS = 12;

export interface Table {
  header: string[];
  rows: string[][];
}

export interface ComparisonView {
  verdict?: VerdictRecord;
  /** "Gate passed (threshold 10%)" and the like. */
  headline: string;
  against: string;
  reasons: string[];
  checks?: Table;
  metrics?: Table;
  profiles: { comparison: ComparisonRecord; title: string; total: string; functions: Table; gone: string[] }[];
}

const signedPct = (x: number) => `${x > 0 ? '+' : ''}${x}%`;
export const intervalCell = (c: IntervalPct | undefined) => (c ? `${signedPct(c.pct)} [${signedPct(c.low)}, ${signedPct(c.high)}]` : '\u2014');
const cost = (v: number | undefined, unit: string) => (v === undefined ? '\u2014' : humanValue(v, unit));

function headlineOf(v: VerdictRecord | undefined): string {
  if (!v) return 'Compared with the baseline (no verdict record).';
  if (v.status === 'compared') return 'No gate asked (--fail-on-regression): the changes below with their intervals.';
  const word = { passed: 'passed', failed: 'failed', inconclusive: 'inconclusive' }[v.status];
  const exit = v.exitCode === 0 ? '' : `, exit ${v.exitCode}`;
  return `Gate **${word}** (threshold ${v.threshold}%${exit}).`;
}

function checksTable(checks: PlanCheckRecord[]): Table {
  const rows = checks.map((k) => {
    const e = k.evidence;
    const evidence = e ? `${k.function}: ${cost(e.baseline, e.unit)} \u2192 ${cost(e.current, e.unit)} per ${e.work}, ${intervalCell(e.change)}; share ${humanPct(e.baselineSharePct)} \u2192 ${humanPct(e.sharePct)}` : k.reason;
    const expected = k.expectedFallPct ? `${k.expectedFallPct.low}\u2013${k.expectedFallPct.high}% fall of its cost; ${k.expectedGainPct.low}\u2013${k.expectedGainPct.high}% of ${k.metric}` : `${k.expectedGainPct.low}\u2013${k.expectedGainPct.high}% of ${k.metric}`;
    const measured = k.global ? `${k.global.metric} ${intervalCell(k.global.change)} (gain ${k.global.measuredGainPct}%)` : '\u2014';
    return [k.itemId, k.title, k.status, expected, measured, evidence];
  });
  return { header: ['item', 'task', 'status', 'estimate', 'measured (main metric)', 'evidence (its own cost)'], rows };
}

function metricsTable(metrics: MetricDelta[]): Table {
  const rows = metrics.map((m) => [m.name + (m.main ? ' (main)' : ''), metricLabels(m), humanValue(m.baseline, m.unit), humanValue(m.value, m.unit), m.deltaPct === null ? '\u2014' : signedPct(m.deltaPct)]);
  return { header: ['metric', 'labels', 'baseline', 'now', 'change'], rows };
}

function functionRow(f: FunctionDelta, unit: string): string[] {
  const p = f.perUnit;
  return [f.function, f.origin ?? '', f.status, cost(p?.baselineCum, unit), cost(p?.cum, unit), intervalCell(f.change), `${humanPct(f.baselineCumPct)} \u2192 ${humanPct(f.cumPct)}`, `${cost(p?.baselineSelf, unit)} \u2192 ${cost(p?.self, unit)}`];
}

function goneLine(f: FunctionDelta, unit: string, work: string): string {
  const to = (f.movedTo ?? []).map((m) => `${m.function} (own cost ${cost(m.baselineSelfPerUnit, unit)} \u2192 ${cost(m.selfPerUnit, unit)})`);
  return `${f.function} is gone (it cost ${cost(f.perUnit?.baselineCum, unit)} per ${work}); ${to.length > 0 ? `its callers now: ${to.join(', ')}` : 'no caller recorded'}`;
}

export function comparisonView(c: RunContents): ComparisonView | undefined {
  const list = c.all.filter((r) => r.type === 'comparison') as ComparisonRecord[];
  const verdict = c.all.find((r) => r.type === 'verdict') as VerdictRecord | undefined;
  const checks = c.all.filter((r) => r.type === 'plan-check') as PlanCheckRecord[];
  if (list.length === 0 && !verdict) return undefined;
  const first = list[0];
  const w = verdict?.work ?? first?.work;
  // Work totals are sums of measured values (24.169 s, 3.2070000000000003 s): four digits say them.
  const amount = (n: number) => String(Number(n.toPrecision(4)));
  const workText = w ? ` Costs are per ${w.unit} (${amount(w.baseline)} in the baseline, ${amount(w.current)} now; ${w.repeats.baseline} and ${w.repeats.current} repeats).` : ' Neither run says how much work it did: costs are compared as shares.';
  const runId = verdict?.baselineRunId ?? first!.baselineRunId;
  const path = verdict?.baselinePath ?? first!.baselinePath;
  const unitWord = w?.unit ?? 'unit';
  const metrics = first?.metrics ?? [];
  return {
    ...(verdict ? { verdict } : {}),
    headline: headlineOf(verdict),
    against: `Against run \`${runId}\` (\`${path}\`).${workText}`,
    reasons: verdict?.reasons ?? [],
    ...(checks.length > 0 ? { checks: checksTable(checks) } : {}),
    ...(metrics.length > 0 ? { metrics: metricsTable(metrics) } : {}),
    profiles: list.map((r) => {
      const unit = r.unit ?? '';
      const fns = r.functions ?? [];
      const basis = r.costBasis === 'cpu-time' ? ', costs apportioned from the measured CPU time' : '';
      return {
        comparison: r,
        title: `${r.profileId} vs ${r.baselineProfileId} (${r.kind}, matched by ${r.matchedBy}${basis})`,
        total: `Total ${r.sampleType} per ${unitWord}: change ${r.totalDeltaPct === null || r.totalDeltaPct === undefined ? '\u2014' : signedPct(r.totalDeltaPct)}.`,
        functions: {
          header: ['function', 'origin', 'status', `cost per ${unitWord} before`, 'now', 'change [95% interval]', 'share before \u2192 now', `own cost per ${unitWord}`],
          rows: fns.filter((f) => f.status !== 'gone').slice(0, FUNCTION_ROWS).map((f) => functionRow(f, unit)),
        },
        gone: fns.filter((f) => f.status === 'gone').map((f) => goneLine(f, unit, unitWord)),
      };
    }),
  };
}
