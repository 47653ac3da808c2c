// Plan items: one per bottleneck that has a catalogued strategy, carrying the
// best strategy (alternatives alongside), the gain estimate and how it was
// made, and the verification plan. Pure: records in, records out.

import { basename } from 'node:path';
import type { BottleneckRecord, PlanItemRecord } from '../records/types.js';
import { STRATEGY_IDS, type StrategyId } from '../rules/strategy-ids.js';
import { basisFor, shareOf, type PlanInput } from './basis.js';
import { chooseStrategies, factorPoints } from './choose.js';
import { leakBasis, leakShare } from './leak-estimate.js';
import { describeLoadModel, loadModelOf } from './load-model.js';
import { fill, strategyFor, type CodeContext, type Range } from './strategies.js';
import { targetFor, verifyCommand } from './verification.js';

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

/** An item with an empty id; ids are assigned after ordering. */
export function itemFor(input: PlanInput, b: BottleneckRecord): PlanItemRecord | undefined {
  if (known(b).length === 0) return undefined;
  const basis = leakBasis(input, b) ?? basisFor(input, b.profileId);
  const share = leakShare(input, b) ?? shareOf(input, b);
  const load = loadModelOf(input.run, input.metrics);
  const choice = chooseStrategies(b, {
    share: share.p, direction: basis.direction, metric: basis.metric, load, points: input.points ?? factorPoints(),
    hotspots: input.hotspots, ...(input.evidence?.has(b.id) ? { evidence: input.evidence.get(b.id)! } : {}),
  });
  const [primary, ...others] = choice.candidates;
  if (!primary) return undefined;
  const best = strategyFor(primary.id, choice.runtime);
  const ctx = codeContext(b);
  const gain = primary.gain;
  const projectNote = primary.factor.projectPoints > 0 ? `${primary.factor.projectPoints} measured point${primary.factor.projectPoints === 1 ? '' : 's'} of this project` : 'no measured point of this project';
  const method =
    `Amdahl's law: p = ${Math.round(share.p * 10000) / 100}% = ${share.how}, taken as its share of ${basis.metric}; ` +
    `${primary.factor.source}; ${describeLoadModel(load, basis.direction, basis.metric)} → ${pctText(gain)}. ` +
    `This estimate used ${projectNote}.` +
    (choice.rejected.length > 0 ? ` Not offered for ${choice.runtime} code: ${choice.rejected.map((r) => `${r.id} (${r.reason})`).join('; ')}.` : '') +
    (b.parentId ? ` This time lies inside bottleneck ${b.parentId}: not additive with its item (the combined estimate counts it once).` : '');
  const regex = choice.evidence.regex;
  const regexNote = regex && regex.complexity !== 'linear' && regex.complexity !== 'unknown'
    ? ` The regex /${regex.source}/ backtracks (${regex.complexity}${regex.degree ? `, degree ${regex.degree}` : ''}, per recheck${regex.attack ? `; slow on ${regex.attack}` : ''}).`
    : '';
  const evidence = b.evidence.length > 0 ? ` Evidence: ${b.evidence.join('; ')}.` : '';
  const path = ((b['callPath'] as Frame[] | undefined) ?? []).map((f) => f.function);
  const description =
    `${b.function} (${ctx.at}) holds ${b.sharePct}% of profile ${b.profileId}: a ${b.category} bottleneck (${b.cause}${b.ruleId ? `, rule ${b.ruleId}` : ''}). ` +
    `Measured against ${basis.label}.` +
    (path.length > 0 ? ` Call path: ${path.join(' → ')}.` : '') +
    evidence + regexNote;
  const steps = CONFIDENCE.indexOf(primary.factor.confidence) - share.penalty - (b.evidence.length === 0 ? 1 : 0);
  const confidence = CONFIDENCE[Math.max(0, Math.min(2, steps))]!;
  const target = targetFor(basis, gain.low, input.run.runId);
  const alternatives = others.slice(0, MAX_ALTERNATIVES).map((c) => ({
    strategyId: c.id,
    strategy: fill(strategyFor(c.id, choice.runtime).action, ctx),
    expectedGainPct: c.gain,
    confidence: c.factor.confidence,
    projectPoints: c.factor.projectPoints,
  }));
  return {
    type: 'plan-item',
    v: 1,
    runId: input.run.runId,
    id: '',
    bottleneckId: b.id,
    title: `${fill(best.title, ctx)} (${b.file ? basename(b.file) : 'no file'}${b.line > 0 ? `:${b.line}` : ''})`,
    description,
    strategy: fill(best.action, ctx),
    strategyId: primary.id,
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
    estimate: {
      basis: basis.key,
      share: Math.round(share.p * 1e6) / 1e6,
      speedup: primary.factor.f,
      ...(choice.runtime ? { runtime: choice.runtime } : {}),
      evidence: primary.key,
      factorLevel: primary.factor.level,
      calibrationPairs: primary.factor.pairs,
      projectPoints: primary.factor.projectPoints,
      loadModel: load.kind,
      ...(b.parentId ? { parentBottleneckId: b.parentId } : {}),
    },
    function: b.function,
    file: b.file,
    line: b.line,
    profileId: b.profileId,
    ...(alternatives.length > 0 ? { alternatives } : {}),
  };
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
  /** Bottlenecks that get no item, and why: no invented or repeated items. */
  unplanned: { bottleneck: BottleneckRecord; reason: string }[];
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

export function planItems(input: PlanInput, minGain: number): PlanResult {
  const drafts: PlanItemRecord[] = [];
  const unplanned: PlanResult['unplanned'] = [];
  const byId = new Map(input.bottlenecks.map((b) => [b.id, b]));
  for (const b of input.bottlenecks) {
    const reason = skipReason(b, byId);
    const item = reason ? undefined : itemFor(input, b);
    if (item) drafts.push(item);
    else unplanned.push({ bottleneck: b, reason: reason ?? 'it names no strategy from the catalog' });
  }
  const kept = drafts.filter((d) => d.expectedGainPct.expected >= minGain).sort(byGain);
  const items = kept.map((d, i) => ({ ...d, id: `PERF-${String(i + 1).padStart(3, '0')}` }));
  return { items, unplanned };
}
