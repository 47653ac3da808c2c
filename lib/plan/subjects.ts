// What a plan item addresses: a run-level finding, or (streams without
// findings, a run's memory leak, its request waits) one bottleneck. Both are
// put in one shape here, so the item builder (items.ts) and the strategy
// choice (choose.ts) read a finding and a bottleneck alike. Pure.

import type { BottleneckRecord, FindingRecord } from '../records/types.js';
import { STRATEGY_IDS, type StrategyId } from '../rules/strategy-ids.js';
import { kindOf, shareOf, type MetricBasis, type PlanInput, type Share } from './basis.js';
import { leakBasis, leakShare } from './leak-estimate.js';
import type { CodeContext } from './strategies.js';
import { isRequestWait } from './wait-gain.js';

export interface Frame {
  function: string;
  file: string;
  line: number;
}

export interface Subject {
  /** Written as the item's bottleneckId: the finding's id, or the bottleneck's. */
  id: string;
  findingId?: string;
  parentId?: string;
  function: string;
  file: string;
  line: number;
  /** The cause and the rule that named it: the calibration's evidence class is read from them. */
  cause: string;
  ruleId?: string;
  callPath: Frame[];
  strategies: StrategyId[];
  evidence: string[];
  profileId: string;
  share: Share;
  /** Its share of the run's CPU samples, percent (GC its allocations cause included), when known: what CPU-only strategies can remove. */
  cpuPct?: number;
  /** cpuPct is the running part of a wall-clock sampler's share: already a share of the threads' wall time (no CPU-busy scaling). */
  cpuOfWall?: boolean;
  /** The metric the gain is a share of, when not the run's main metric (a leak: memory growth). */
  basis?: MetricBasis;
  /** The opening of the description: what it is and where. */
  summary: string;
  /** A wait analysis' `waits` field with request timelines: its critical-path projections estimate the gain. */
  waits?: unknown;
  /** Share of request time the waits hold, percent: the stand-in for strategies without a projection. */
  waitSharePct?: number;
}

export function at(file: string, line: number): string {
  if (!file) return 'no source file';
  return line > 0 ? `${file}:${line}` : file;
}

export function knownStrategies(ids: readonly string[] | undefined): StrategyId[] {
  return (ids ?? []).filter((id): id is StrategyId => (STRATEGY_IDS as readonly string[]).includes(id));
}

export function contextOf(s: Pick<Subject, 'function' | 'file' | 'line' | 'callPath'>): CodeContext {
  const caller = s.callPath.length >= 2 ? s.callPath[s.callPath.length - 2]! : undefined;
  const ctx: CodeContext = { fn: s.function, at: at(s.file, s.line) };
  if (caller && caller.function !== s.function) ctx.caller = { fn: caller.function, at: at(caller.file, caller.line) };
  return ctx;
}

export function subjectOfBottleneck(input: PlanInput, b: BottleneckRecord): Subject {
  const basis = leakBasis(input, b);
  return {
    id: b.id,
    ...(b.parentId ? { parentId: b.parentId } : {}),
    function: b.function,
    file: b.file,
    line: b.line,
    cause: b.cause,
    ...(b.ruleId ? { ruleId: b.ruleId } : {}),
    callPath: (b['callPath'] as Frame[] | undefined) ?? [],
    strategies: knownStrategies(b['strategies'] as string[] | undefined),
    evidence: b.evidence,
    profileId: b.profileId,
    share: leakShare(input, b) ?? shareOf(input, b),
    ...(kindOf(input, b) === 'cpu' && !isRequestWait(b['waits']) ? { cpuPct: b.sharePct } : {}),
    ...(basis ? { basis } : {}),
    ...(isRequestWait(b['waits']) ? { waits: b['waits'], waitSharePct: b.sharePct } : {}),
    summary: `${b.function} (${at(b.file, b.line)}) holds ${b.sharePct}% of profile ${b.profileId}: a ${b.category} bottleneck (${b.cause}${b.ruleId ? `, rule ${b.ruleId}` : ''}).`,
  };
}

const UPPER_BOUND = /upper bound/;

/**
 * The finding's CPU share: its impact when that is CPU time (GC included there), else its CPU and GC
 * evidence; a wall-clock sampler's finding (Python's, with thread states) has no CPU profile, and its
 * running time is its wall share less the off-CPU time the states tell apart.
 */
function cpuPctOf(f: FindingRecord): { cpuPct: number; cpuOfWall?: boolean } {
  if ((f.impact as { resource?: string }).resource === 'cpu') return { cpuPct: f.impact.sharePct };
  const of = (r: string) => f.evidence.filter((e) => e.resource === r).reduce((s, e) => s + e.sharePct, 0);
  const round = (x: number) => Math.round(Math.max(0, x) * 10000) / 10000;
  if (!f.evidence.some((e) => e.resource === 'cpu') && f.evidence.some((e) => e.resource === 'wall')) return { cpuPct: round(of('wall') - of('off-cpu')), cpuOfWall: true };
  return { cpuPct: round(of('cpu') + of('gc')) };
}

export function subjectOfFinding(input: PlanInput, f: FindingRecord): Subject {
  const seen = f.processes > 1 ? ` Seen in ${f.processes} processes.` : '';
  // A leak finding is estimated in memory, as its bottleneck was: the site's share of what is retained.
  const leak = { runId: f.runId, cause: f.cause, function: f.function, file: f.file, sharePct: f.impact.sharePct, growth: f['growth'] };
  const leakBasisOf = leakBasis(input, leak);
  // The rule of the part that has the finding's cause names its complexity class (calibration/evidence.ts).
  const rulePart = f.parts.find((p) => p.cause === f.cause) ?? f.parts[0];
  return {
    id: f.id,
    findingId: f.id,
    function: f.function,
    file: f.file,
    line: f.line,
    cause: f.cause,
    ...(rulePart?.ruleId ? { ruleId: rulePart.ruleId } : {}),
    callPath: (f['callPath'] as Frame[] | undefined) ?? [],
    strategies: knownStrategies(f.strategies),
    evidence: [...f.evidence.map((e) => e.text), ...f.parts.map((p) => `part: ${p.text}`)],
    profileId: f.profileId,
    share: leakShare(input, leak) ?? { p: f.impact.sharePct / 100, how: `its share of the run (${f.impact.how})`, penalty: UPPER_BOUND.test(f.impact.how) ? 1 : 0 },
    ...(leakBasisOf ? { basis: leakBasisOf } : cpuPctOf(f)),
    ...(isRequestWait(f['waits']) ? { waits: f['waits'], waitSharePct: f.impact.sharePct } : {}),
    summary: `${f.function} (${at(f.file, f.line)}) accounts for ${f.impact.sharePct}% of the run: finding ${f.id}, ${f.category} (${f.cause}; decision ${f.decision}). Why: ${f.why}.${seen}`,
  };
}
