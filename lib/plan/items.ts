// Plan items: one per bottleneck that has a catalogued strategy, carrying the
// best strategy (alternatives alongside), the gain estimate and how it was
// made, and the verification plan. Pure: records in, records out.

import { basename } from 'node:path';
import type { BottleneckRecord, FindingRecord, PlanItemRecord } from '../records/types.js';
import { STRATEGY_IDS, type StrategyId } from '../rules/strategy-ids.js';
import { basisFor, shareOf, type MetricBasis, type PlanInput, type Share } from './basis.js';
import { gainRange } from './estimate.js';
import { leakBasis, leakShare } from './leak-estimate.js';
import { fill, STRATEGIES, type CodeContext, type Range } from './strategies.js';
import { targetFor, verifyCommand } from './verification.js';
import { isRequestWait, loadPortOf, waitGain } from './wait-gain.js';

const CONFIDENCE = ['low', 'medium', 'high'] as const;
const MAX_ALTERNATIVES = 2;

interface Frame {
  function: string;
  file: string;
  line: number;
}

function at(file: string, line: number): string {
  if (!file) return 'no source file';
  return line > 0 ? `${file}:${line}` : file;
}

export function codeContext(b: BottleneckRecord): CodeContext {
  const path = (b['callPath'] as Frame[] | undefined) ?? [];
  const caller = path.length >= 2 ? path[path.length - 2]! : undefined;
  const ctx: CodeContext = { fn: b.function, at: at(b.file, b.line) };
  if (caller && caller.function !== b.function) ctx.caller = { fn: caller.function, at: at(caller.file, caller.line) };
  return ctx;
}

function known(b: BottleneckRecord): StrategyId[] {
  const ids = (b['strategies'] as string[] | undefined) ?? [];
  return ids.filter((id): id is StrategyId => (STRATEGY_IDS as readonly string[]).includes(id));
}

const pctText = (r: Range) => `${r.low}–${r.high}% (expected ${r.expected}%)`;
const frac = (r: Range) => `${Math.round(r.low * 100)}–${Math.round(r.high * 100)}% (expected ${Math.round(r.expected * 100)}%)`;

/** What an item addresses: a run-level finding, or (streams without findings) one profile's bottleneck. */
interface Subject {
  /** Written as the item's bottleneckId: the finding's id, or the bottleneck's. */
  id: string;
  findingId?: string;
  parentId?: string;
  function: string;
  file: string;
  line: number;
  callPath: Frame[];
  strategies: StrategyId[];
  evidence: string[];
  profileId: string;
  share: Share;
  /** The metric the gain is a share of, when not the run's main metric (a leak: memory growth). */
  basis?: MetricBasis;
  /** The opening of the description: what it is and where. */
  summary: string;
  /** A wait analysis' `waits` field: its critical-path projections estimate the gain. */
  waits?: unknown;
  /** Share of request time the waits hold, percent: the stand-in for strategies without a projection. */
  waitSharePct?: number;
}

function subjectOfBottleneck(input: PlanInput, b: BottleneckRecord): Subject {
  const ctx = codeContext(b);
  return {
    id: b.id,
    ...(b.parentId ? { parentId: b.parentId } : {}),
    function: b.function,
    file: b.file,
    line: b.line,
    callPath: (b['callPath'] as Frame[] | undefined) ?? [],
    strategies: known(b),
    evidence: b.evidence,
    profileId: b.profileId,
    share: leakShare(input, b) ?? shareOf(input, b),
    ...(leakBasis(input, b) ? { basis: leakBasis(input, b)! } : {}),
    ...(isRequestWait(b['waits']) ? { waits: b['waits'], waitSharePct: b.sharePct } : {}),
    summary: `${b.function} (${ctx.at}) holds ${b.sharePct}% of profile ${b.profileId}: a ${b.category} bottleneck (${b.cause}${b.ruleId ? `, rule ${b.ruleId}` : ''}).`,
  };
}

const UPPER_BOUND = /upper bound/;

function subjectOfFinding(input: PlanInput, f: FindingRecord): Subject {
  const seen = f.processes > 1 ? ` Seen in ${f.processes} processes.` : '';
  // A leak finding is estimated in memory, as its bottleneck was: the site's share of what is retained.
  const leak = { runId: f.runId, cause: f.cause, function: f.function, file: f.file, sharePct: f.impact.sharePct, growth: f['growth'] };
  const leakBasisOf = leakBasis(input, leak);
  return {
    id: f.id,
    findingId: f.id,
    function: f.function,
    file: f.file,
    line: f.line,
    callPath: (f['callPath'] as Frame[] | undefined) ?? [],
    strategies: f.strategies.filter((id): id is StrategyId => (STRATEGY_IDS as readonly string[]).includes(id)),
    evidence: [...f.evidence.map((e) => e.text), ...f.parts.map((p) => `part: ${p.text}`)],
    profileId: f.profileId,
    share: leakShare(input, leak) ?? { p: f.impact.sharePct / 100, how: `its share of the run (${f.impact.how})`, penalty: UPPER_BOUND.test(f.impact.how) ? 1 : 0 },
    ...(leakBasisOf ? { basis: leakBasisOf } : {}),
    ...(isRequestWait(f['waits']) ? { waits: f['waits'], waitSharePct: f.impact.sharePct } : {}),
    summary: `${f.function} (${at(f.file, f.line)}) accounts for ${f.impact.sharePct}% of the run: finding ${f.id}, ${f.category} (${f.cause}; decision ${f.decision}). Why: ${f.why}.${seen}`,
  };
}

/** An alternative's range: its own critical-path projection when the waits have one, else Amdahl over the item's share. */
function alternativeGain(input: PlanInput, s: Subject, id: StrategyId, basis: ReturnType<typeof basisFor>, p: number): Range {
  const wait = waitGain(s.waits, id, basis, loadPortOf(input.run.scenario));
  if (wait) return gainRange(wait.p, wait.f, basis.direction);
  // A wait with no projection for this strategy: its share of request time stands in, as for any wall-time share.
  return gainRange(s.waitSharePct !== undefined ? s.waitSharePct / 100 : p, STRATEGIES[id].speedup, basis.direction);
}

/** An item with an empty id; ids are assigned after ordering. */
function itemOf(input: PlanInput, s: Subject): PlanItemRecord | undefined {
  const ids = s.strategies;
  if (ids.length === 0) return undefined;
  const best = STRATEGIES[ids[0]!];
  const caller = s.callPath.length >= 2 ? s.callPath[s.callPath.length - 2]! : undefined;
  const ctx: CodeContext = { fn: s.function, at: at(s.file, s.line) };
  if (caller && caller.function !== s.function) ctx.caller = { fn: caller.function, at: at(caller.file, caller.line) };
  const basis = s.basis ?? basisFor(input, s.profileId);
  // A wait's strategies are estimated on the requests' critical path, not by a share of samples.
  const wait = waitGain(s.waits, ids[0]!, basis, loadPortOf(input.run.scenario));
  const share = wait ? { p: wait.p, how: wait.how, penalty: 0 } : s.share;
  const speedup = wait ? wait.f : best.speedup;
  const gain = gainRange(share.p, speedup, basis.direction);
  const formula = basis.direction === 'lower-is-better' ? 'gain = 100·p·f (time removed)' : 'gain = 100·(1/(1 − p·f) − 1) (throughput)';
  const method =
    (wait
      ? `Critical path: p = ${Math.round(share.p * 10000) / 100}% of ${basis.metric} removed, from the ${share.how}; f = ${frac(speedup)} of that at the low and high ends; ${formula} → ${pctText(gain)}.`
      : `Amdahl's law: p = ${Math.round(share.p * 10000) / 100}% = ${share.how}, taken as its share of ${basis.metric}; ` +
        `f = ${frac(best.speedup)} of the bottleneck's time removed by ${ids[0]} (${best.source.ref}); ${formula} → ${pctText(gain)}.`) +
    (s.parentId ? ` This time lies inside bottleneck ${s.parentId}: not additive with its item (the combined estimate counts it once).` : '');
  const evidence = s.evidence.length > 0 ? ` Evidence: ${s.evidence.join('; ')}.` : '';
  const path = s.callPath.map((f) => f.function);
  const description = `${s.summary} Measured against ${basis.label}.` + (path.length > 0 ? ` Call path: ${path.join(' → ')}.` : '') + evidence;
  const source = best.source.kind === 'bench' ? 2 : 1;
  const cap = best.maxConfidence ? CONFIDENCE.indexOf(best.maxConfidence) : 2;
  const confidence = CONFIDENCE[Math.max(0, Math.min(cap, source - share.penalty - (s.evidence.length === 0 ? 1 : 0)))]!;
  const target = targetFor(basis, gain.low, input.run.runId);
  const alternatives = ids.slice(1, 1 + MAX_ALTERNATIVES).map((id) => ({
    strategyId: id,
    strategy: fill(STRATEGIES[id].action, ctx),
    expectedGainPct: s.waits !== undefined ? alternativeGain(input, s, id, basis, share.p) : gainRange(share.p, STRATEGIES[id].speedup, basis.direction),
  }));
  return {
    type: 'plan-item',
    v: 1,
    runId: input.run.runId,
    id: '',
    bottleneckId: s.id,
    ...(s.findingId ? { findingId: s.findingId } : {}),
    title: `${fill(best.title, ctx)} (${s.file ? basename(s.file) : 'no file'}${s.line > 0 ? `:${s.line}` : ''})`,
    description,
    strategy: fill(best.action, ctx),
    strategyId: ids[0]!,
    expectedGainPct: gain,
    method,
    confidence,
    verification: {
      metric: basis.metric,
      target: target.text,
      commands: [verifyCommand(input.run)],
      ...(target.current !== undefined ? { current: target.current, targetValue: target.targetValue } : {}),
      unit: basis.unit,
      direction: basis.direction,
      regressionGuard: fill(best.guard, ctx),
    },
    estimate: { basis: basis.key, share: Math.round(share.p * 1e6) / 1e6, speedup, ...(s.parentId ? { parentBottleneckId: s.parentId } : {}) },
    function: s.function,
    file: s.file,
    line: s.line,
    profileId: s.profileId,
    ...(alternatives.length > 0 ? { alternatives } : {}),
  };
}

export function itemFor(input: PlanInput, b: BottleneckRecord): PlanItemRecord | undefined {
  return itemOf(input, subjectOfBottleneck(input, b));
}

/** Highest expected gain first; ties by low, high, share, then bottleneck id. */
function byGain(a: PlanItemRecord, b: PlanItemRecord): number {
  const ga = a.expectedGainPct;
  const gb = b.expectedGainPct;
  const sa = (a['estimate'] as { share: number }).share;
  const sb = (b['estimate'] as { share: number }).share;
  return gb.expected - ga.expected || gb.low - ga.low || gb.high - ga.high || sb - sa || (a.bottleneckId < b.bottleneckId ? -1 : a.bottleneckId > b.bottleneckId ? 1 : 0);
}

export interface PlanResult {
  items: PlanItemRecord[];
  /** Bottlenecks (or findings) that get no item, and why: no invented or repeated items. */
  unplanned: { bottleneck: { id: string; function: string }; reason: string }[];
  /** Items whose expected gain is under the --min-gain floor: listed in one diagnostic, not emitted. */
  belowFloor: PlanItemRecord[];
}

/** Why a bottleneck gets no item of its own, or undefined when it gets one. */
function skipReason(b: BottleneckRecord, byId: Map<string, BottleneckRecord>): string | undefined {
  // Frames with no file are runtime pseudo-frames ((idle), (garbage collector)): no user code to change.
  if (!b.file) return `${b.function} is a runtime pseudo-frame with no source file; there is no user code to change`;
  const parent = b.parentId ? byId.get(b.parentId) : undefined;
  if (parent && parent.function === b.function && parent.file === b.file && known(parent)[0] === known(b)[0]) {
    return `it lies inside bottleneck ${parent.id} in the same function with the same strategy; that item covers it`;
  }
  if (known(b).length === 0) return 'it names no strategy from the catalog';
  return undefined;
}

/**
 * The plan of a run: one item per finding with a catalogued strategy (a
 * finding is already user code, one per location; leaks and waits are
 * findings too). A stream with no findings (records from before the run-level
 * diagnosis) is planned per bottleneck.
 */
export function planItems(input: PlanInput, minGain: number): PlanResult {
  const drafts: PlanItemRecord[] = [];
  const unplanned: PlanResult['unplanned'] = [];
  const findings = input.findings ?? [];
  if (findings.length > 0) {
    for (const f of findings) {
      const item = itemOf(input, subjectOfFinding(input, f));
      if (item) drafts.push(item);
      else unplanned.push({ bottleneck: f, reason: 'it names no strategy from the catalog' });
    }
  } else {
    const byId = new Map(input.bottlenecks.map((b) => [b.id, b]));
    for (const b of input.bottlenecks) {
      const reason = skipReason(b, byId);
      const item = reason ? undefined : itemFor(input, b);
      if (item) drafts.push(item);
      else unplanned.push({ bottleneck: b, reason: reason ?? 'it names no strategy from the catalog' });
    }
  }
  const kept = drafts.filter((d) => d.expectedGainPct.expected >= minGain).sort(byGain);
  const items = kept.map((d, i) => ({ ...d, id: `PERF-${String(i + 1).padStart(3, '0')}` }));
  return { items, unplanned, belowFloor: drafts.filter((d) => !kept.includes(d)).sort(byGain) };
}
