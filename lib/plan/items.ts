// Plan items: one per finding (or bottleneck) that has a catalogued strategy,
// carrying the strategy with the highest expected gain (choose.ts), the
// alternatives alongside, the estimate and how it was made, and the
// verification plan. Pure: records in, records out.

import { basename } from 'node:path';
import type { BottleneckRecord, PlanItemRecord } from '../records/types.js';
import { basisFor, type PlanInput } from './basis.js';
import { collateralOf, effectiveShare, NO_COLLATERAL, unownedRuntimePct, type Collateral } from './calibration/collateral.js';
import { shareInterval } from './calibration/share-noise.js';
import { gcShare } from './calibration/evidence.js';
import { chooseStrategies, factorPoints, unshown } from './choose.js';
import { busyShare, cpuShareOf } from './cpu-share.js';
import { describeLoadModel, loadModelOf } from './load-model.js';
import { fill, strategyFor, type Range } from './strategies.js';
import { contextOf, knownStrategies, subjectOfBottleneck, subjectOfFinding, type Subject } from './subjects.js';
import { targetFor, verifyCommand } from './verification.js';
import { loadPortOf, waitGain } from './wait-gain.js';

const CONFIDENCE = ['low', 'medium', 'high'] as const;
const MAX_ALTERNATIVES = 2;

const pctText = (r: Range) => `${r.low}–${r.high}% (expected ${r.expected}%)`;
const pct2 = (p: number) => Math.round(p * 10000) / 100;

/** GC the analyzer charged to findings (by an allocation profile), percent of the run's CPU: inside their shares, not collateral. */
const gcCharged = (input: PlanInput) => (input.findings ?? []).reduce((s, f) => s + f.evidence.filter((e) => e.resource === 'gc').reduce((t, e) => t + e.sharePct, 0), 0);

/**
 * The runtime's own work no function holds, percent of the subject's profile: from its origin shares
 * (less idle), else the GC frames' share (calibration/collateral.ts).
 */
function unownedOf(input: PlanInput, profileId: string): number | undefined {
  const origins = input.profiles.find((p) => p.profileId === profileId)?.origins;
  if (!origins) return gcShare(input.hotspots);
  const idle = input.hotspots.filter((h) => h.profileId === profileId && h.kind === 'cpu' && h.by === 'self' && h.function === '(idle)').reduce((s, h) => s + h.selfPct, 0);
  return unownedRuntimePct(origins, idle);
}

/** The samples a subject's share was read from: its profile's, when the profile counts them and the share is of that profile. */
const samplesOf = (input: PlanInput, s: Subject) => (s.basis === undefined && s.waits === undefined ? input.profiles.find((p) => p.profileId === s.profileId)?.samples : undefined);

/** The GC part of the estimate, in words (none: nothing). */
function collateralText(p: number, c: Collateral): string {
  if (c.gc === 0) return '';
  return `with its part of the ${pct2(c.gc)}% of the run that is the runtime's own work (GC, compiling, scheduling) no function or finding was charged (in proportion to its share of the rest), p_eff = p / (1 − ${pct2(c.gc) / 100}) = ${pct2(effectiveShare(p, c))}% for the expected and high ends, p for the low end; `;
}

/** The share's sampling interval, in words, when the profile counts its samples (scale: p is the sampled share times it). */
function sampledText(p: number, samples: number | undefined, scale = 1): string {
  if (samples === undefined) return '';
  const iv = shareInterval(p / scale, samples);
  const scaled = scale === 1 ? '' : ` (the sampled ${pct2(p / scale)}% lies in ${pct2(iv.low)}–${pct2(iv.high)}%, times ${Math.round(scale * 1000) / 1000})`;
  return `read from ${samples} samples, p lies in ${pct2(iv.low * scale)}–${pct2(iv.high * scale)}% (95%)${scaled}, the range's ends use that interval; `;
}

/** An item with an empty id; ids are assigned after ordering. */
function itemOf(input: PlanInput, s: Subject): PlanItemRecord | undefined {
  if (s.strategies.length === 0) return undefined;
  const basis = s.basis ?? basisFor(input, s.profileId);
  const load = loadModelOf(input.run, input.metrics);
  const busy = s.cpuOfWall ? { how: "a wall-clock sampler's running time, already a share of the threads' wall time", penalty: 0 } : busyShare(input, basis);
  const cpuShare = s.cpuPct === undefined ? undefined : cpuShareOf(s.cpuPct, busy);
  // CPU work also makes garbage: its fix removes its part of the GC no finding was charged (calibration/collateral.ts).
  const collateral = s.cpuPct !== undefined && s.waits === undefined && s.basis === undefined ? collateralOf(unownedOf(input, s.profileId), gcCharged(input)) : NO_COLLATERAL;
  const samples = samplesOf(input, s);
  const choice = chooseStrategies(s, {
    // A wait with no projection for a strategy: its share of request time stands in, as for any wall-time share.
    share: s.waitSharePct !== undefined ? { ...s.share, p: s.waitSharePct / 100 } : s.share,
    // The same number said the subject's way when the CPU part is all of it (a CPU finding whose profile samples idle).
    ...(cpuShare && Math.abs(cpuShare.p - s.share.p) > 1e-9 ? { cpuShare } : {}),
    direction: basis.direction, metric: basis.metric, load,
    points: input.points ?? factorPoints(), hotspots: input.hotspots,
    ...(input.evidence?.has(s.id) ? { evidence: input.evidence.get(s.id)! } : {}),
    // A wait bottleneck's strategies are estimated on the requests' critical path, not by a share of samples.
    ...(s.waits !== undefined ? { own: (id: string) => waitGain(s.waits, id, basis, loadPortOf(input.run.scenario)) } : {}),
    collateral,
    ...(samples !== undefined ? { samples } : {}),
  });
  const [primary, ...others] = choice.candidates;
  if (!primary) return undefined;
  const best = strategyFor(primary.id, choice.runtime);
  const ctx = contextOf(s);
  const gain = primary.gain;
  const projectNote = primary.factor.projectPoints > 0 ? `${primary.factor.projectPoints} measured point${primary.factor.projectPoints === 1 ? '' : 's'} of this project` : 'no measured point of this project';
  const formula = basis.direction === 'lower-is-better' ? 'gain = 100·p·f (time removed)' : 'gain = 100·(1/(1 − p·f) − 1) (throughput)';
  const method =
    (primary.factor.level === 'critical-path'
      ? `Critical path: p = ${pct2(primary.p)}% of ${basis.metric} removed, from the ${primary.how}; ${primary.factor.source}; ${formula} → ${pctText(gain)}.`
      : `Amdahl's law: p = ${pct2(primary.p)}% = ${primary.how}, taken as its share of ${basis.metric}; ` +
        collateralText(primary.p, collateral) + sampledText(primary.p, samples, primary.scale) +
        `${primary.factor.source}; ${describeLoadModel(load, basis.direction, basis.metric)} → ${pctText(gain)}. This estimate used ${projectNote}.`) +
    (unshown(primary.id, s) ? ` It holds only if ${unshown(primary.id, s)}.` : '') +
    (choice.rejected.length > 0 ? ` Not offered for ${choice.runtime} code: ${choice.rejected.map((r) => `${r.id} (${r.reason})`).join('; ')}.` : '') +
    (s.parentId ? ` This time lies inside bottleneck ${s.parentId}: not additive with its item (the combined estimate counts it once).` : '');
  const regex = choice.evidence.regex;
  const regexNote = regex && regex.complexity !== 'linear' && regex.complexity !== 'unknown'
    ? ` The regex /${regex.source}/ backtracks (${regex.complexity}${regex.degree ? `, degree ${regex.degree}` : ''}, per recheck${regex.attack ? `; slow on ${regex.attack}` : ''}).`
    : '';
  const evidence = s.evidence.length > 0 ? ` Evidence: ${s.evidence.join('; ')}.` : '';
  const path = s.callPath.map((f) => f.function);
  const description = `${s.summary} Measured against ${basis.label}.` + (path.length > 0 ? ` Call path: ${path.join(' → ')}.` : '') + evidence + regexNote;
  const steps = CONFIDENCE.indexOf(primary.factor.confidence) - primary.penalty - (s.evidence.length === 0 ? 1 : 0);
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
    bottleneckId: s.id,
    ...(s.findingId ? { findingId: s.findingId } : {}),
    title: `${fill(best.title, ctx)} (${s.file ? basename(s.file) : 'no file'}${s.line > 0 ? `:${s.line}` : ''})`,
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
      share: Math.round(primary.p * 1e6) / 1e6,
      speedup: primary.factor.f,
      ...(choice.runtime ? { runtime: choice.runtime } : {}),
      evidence: primary.key,
      factorLevel: primary.factor.level,
      calibrationPairs: primary.factor.pairs,
      projectPoints: primary.factor.projectPoints,
      loadModel: load.kind,
      ...(s.parentId ? { parentBottleneckId: s.parentId } : {}),
    },
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
  const first = (x: BottleneckRecord) => knownStrategies(x['strategies'] as string[] | undefined)[0];
  if (parent && parent.function === b.function && parent.file === b.file && first(parent) === first(b)) {
    return `it lies inside bottleneck ${parent.id} in the same function with the same strategy; that item covers it`;
  }
  if (first(b) === undefined) return 'it names no strategy from the catalog';
  return undefined;
}

/**
 * The plan of a run: one item per finding with a catalogued strategy (a
 * finding is already user code, one per location; leaks and waits are
 * findings too). A stream with no findings
 * (records from before the run-level diagnosis) is planned per bottleneck.
 */
export function planItems(input: PlanInput, minGain: number): PlanResult {
  const drafts: PlanItemRecord[] = [];
  const unplanned: PlanResult['unplanned'] = [];
  const findings = input.findings ?? [];
  if (findings.length > 0) {
    // Leaks and request waits are findings too (each planned through its finding, estimated in memory or on the critical path).
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
