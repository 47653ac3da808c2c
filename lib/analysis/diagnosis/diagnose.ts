// One diagnosis per run: every profile of every process joined per location
// of the user's code, each location decided by the decision table, ranked in
// one list by what fixing it would save of the main metric. Time no user
// code is charged with (idle, the runtime's own work, the cost of answering
// a request) is said once about the run, never as a finding. Pure.

import type { BottleneckRecord, DiagnosticRecord, FindingRecord, MetricRecord, RunRecord } from '../../records/types.js';
import { diagnostic } from '../../records/diagnostic.js';
import { HOT_FUNCTION, MIN_SAMPLES } from '../../rules/thresholds.js';
import { significantlyAbove } from '../significance.js';
import { runBound, type RunBound } from './bound.js';
import { cutStacksMessages } from './unwinding.js';
import { structuredBound } from './bound-kind.js';
import { decide, type CostClass, type DecisionInput, type DecisionRow } from './decision-table.js';
import { RESOURCE_LABEL, dependenciesOf, evidenceOf, hottestLine, partsOf } from './evidence.js';
import { PROGRAM, TIME_RESOURCES, profileFacts, type Bucket, type PartFact, type ProfileFacts, type ProfileInput } from './facts.js';
import { foldRetention, growthMetric, growthOf, leakFacts } from './leak-facts.js';
import { joinLocations, pctOf, runTotals, summarize, type Location, type RunTotals, type Summary } from './locations.js';
import { requestWaitsText } from './wait-facts.js';

export interface DiagnosisContext {
  runId: string;
  run?: RunRecord;
  metrics: MetricRecord[];
  /** The run's memory-leak bottlenecks (the leak verdict on the memory series): a finding of its own, first. */
  leaks?: BottleneckRecord[];
}

export interface Diagnosis {
  findings: FindingRecord[];
  diagnostics: DiagnosticRecord[];
  bound: RunBound;
}

interface Decided {
  loc: Location;
  s: Summary;
  row: DecisionRow;
  d: DecisionInput;
}

const STAGE = 'perf-analyze';
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The main metric the findings' shares stand in for. */
export function mainMetricOf(run: RunRecord | undefined, metrics: MetricRecord[]): string {
  const named = run?.scenario?.['mainMetric'];
  if (typeof named === 'string' && named !== '') return named;
  return metrics.some((m) => m.name === 'wall_time') ? 'wall_time' : 'profile_total';
}

/** The part a bucket's cause is named after: the largest share, from a resource that saw the location in enough samples when one did. */
function topIn(loc: Location, totals: RunTotals, bucket?: Bucket): PartFact | undefined {
  const share = (p: PartFact) => pctOf(p.value, totals.byResource.get(p.resource));
  const samples = new Map<string, number>();
  for (const p of loc.parts) samples.set(p.resource, (samples.get(p.resource) ?? 0) + p.samples);
  // Resources that count no samples (delays, growth) are judged by their shares alone.
  const thin = (p: PartFact) => (TIME_RESOURCES.includes(p.resource) && (samples.get(p.resource) ?? 0) < MIN_SAMPLES.value ? 1 : 0);
  return loc.parts.filter((p) => bucket === undefined || p.bucket === bucket).sort((x, y) => thin(x) - thin(y) || share(y) - share(x) || cmp(x.cause, y.cause) || cmp(x.profileId, y.profileId))[0];
}

/** The run-level sentence about time no finding holds. */
function runEvidence(facts: ProfileFacts[], totals: RunTotals, bound: RunBound, moved: Map<string, number>): string {
  const cpu = totals.byResource.get('cpu') ?? 0;
  const unowned = totals.unowned.get('cpu') ?? new Map<string, number>();
  const bits = [`the run is ${bound.bound === 'unknown' ? 'of unknown boundedness' : bound.bound === 'cpu' ? 'CPU-bound' : bound.bound === 'waiting' ? 'waiting (off the CPU)' : 'partly CPU-bound, partly waiting'}: ${bound.how}`];
  if (cpu > 0) {
    const gc = [...totals.gcByPid.values()].reduce((s, v) => s + v, 0);
    if (gc > 0) bits.push(`garbage collection is ${pctOf(gc, cpu)}% of CPU samples, charged to the code that allocates`);
    for (const [what, label] of [['program', '(program), V8 compiling and running outside JavaScript'], ['runtime', 'runtime work with no user frame on the stack']] as const) {
      const v = unowned.get(what) ?? 0;
      if (v > 0) bits.push(`${label}: ${pctOf(v, cpu)}%`);
    }
  }
  const wall = totals.byResource.get('wall') ?? 0;
  const idleWall = totals.unowned.get('wall')?.get('idle') ?? 0;
  if (idleWall > 0) bits.push(`a server waiting for the next request or connection (idle, not a finding): ${pctOf(idleWall, wall)}% of the wall-clock samples`);
  for (const [what, v] of moved) bits.push(`${what}: ${pctOf(v, cpu)}% of CPU samples (not a finding: no change in the user's code removes it)`);
  const waits = requestWaitsText(facts.flatMap((f) => (f.requestWaits ? [f.requestWaits] : [])));
  if (waits) bits.push(waits);
  return bits.join('; ');
}

/** Resources a sampler reads by drawing samples of time, whose shares have a sampling interval. */
const SAMPLED: ReadonlySet<string> = new Set(['cpu', 'wall']);

/** Its share of the samples (with the GC time charged to it) above the floor with 95% confidence (significance.ts). */
function sampledAboveFloor(s: Summary, samples: number, facts: ProfileFacts[]): boolean {
  if (!s.timeResource || !SAMPLED.has(s.timeResource)) return true;
  const total = facts.filter((f) => f.resource === s.timeResource).reduce((n, f) => n + f.samples, 0);
  return significantlyAbove(samples, total, HOT_FUNCTION.value, s.timeResource === 'cpu' ? s.gcPct / 100 : 0);
}

function rankKey(bound: RunBound): (c: CostClass) => number {
  if (bound.bound === 'cpu') return (c) => (c === 'leak' ? -1 : c === 'cpu' ? 0 : 1);
  if (bound.bound === 'waiting') return (c) => (c === 'leak' ? -1 : c === 'wait' ? 0 : 1);
  return (c) => (c === 'leak' ? -1 : 0);
}

export function diagnose(inputs: ProfileInput[], ctx: DiagnosisContext): Diagnosis {
  const facts: ProfileFacts[] = inputs.map(profileFacts);
  const moved = new Map<string, number>();
  for (const f of facts) {
    f.parts = f.parts.filter((p) => {
      if (!p.runCost) return true;
      if (p.resource === 'cpu') moved.set(p.runCost, (moved.get(p.runCost) ?? 0) + p.value);
      return false;
    });
  }
  for (const leak of (ctx.leaks ?? []).filter((b) => b.runId === ctx.runId)) {
    const f = leakFacts(leak, facts, facts[0]?.pid ?? PROGRAM);
    if (f) facts.push(f);
  }
  const totals = runTotals(facts);
  const bound = runBound(facts, totals, ctx.metrics);
  const metric = mainMetricOf(ctx.run, ctx.metrics);
  const decided: Decided[] = [];
  const below: Location[] = [];
  for (const loc of foldRetention(joinLocations(facts, totals))) {
    const s = summarize(loc, totals);
    const d: DecisionInput = { loc, s, top: (b) => topIn(loc, totals, b), biggest: topIn(loc, totals), share: (p) => pctOf(p.value, totals.byResource.get(p.resource)) };
    const row = decide(d);
    const samples = loc.parts.filter((p) => p.resource === s.timeResource).reduce((n, p) => n + p.samples, 0);
    // A leak is judged on the memory series, not on samples: no floor of shares applies.
    if (!row || (row.class !== 'leak' && (s.timePct < HOT_FUNCTION.value || samples < MIN_SAMPLES.value || !sampledAboveFloor(s, samples, facts)))) below.push(loc);
    else decided.push({ loc, s, row, d });
  }
  const classRank = rankKey(bound);
  decided.sort((x, y) => classRank(x.row.class) - classRank(y.row.class) || y.s.timePct - x.s.timePct || cmp(x.loc.name, y.loc.name) || cmp(x.loc.file, y.loc.file));
  const findings = decided.map((x, i) => findingRecord(x, i + 1, totals, facts, ctx, metric, bound));
  // The bound as a field too (bound-kind.ts): the report and the terminal read it, not the sentence.
  const diagnostics: DiagnosticRecord[] = [{ ...diagnostic(STAGE, 'info', 'run-diagnosis', runEvidence(facts, totals, bound, moved), ctx.runId), bound: structuredBound(bound, findings, totals) }];
  if (below.length > 0) {
    const names = below.map((l) => l.name).sort(cmp);
    const shown = names.slice(0, 8).join(', ') + (names.length > 8 ? `, and ${names.length - 8} more` : '');
    const msg =
      `${below.length} location${below.length === 1 ? '' : 's'} of the user's code are not findings: under the ${HOT_FUNCTION.value}% floor (${HOT_FUNCTION.reason}), ` +
      `not above it with 95% confidence given the samples it was read from, or seen in fewer than ${MIN_SAMPLES.value} samples (${MIN_SAMPLES.reason}): ${shown}`;
    diagnostics.push(diagnostic(STAGE, 'info', 'below-threshold', msg, ctx.runId));
  }
  for (const message of cutStacksMessages(inputs)) diagnostics.push(diagnostic(STAGE, 'warning', 'stacks-cut-short', message, ctx.runId));
  return { findings, diagnostics, bound };
}

/** What the location waits on, as a wait analysis said it: the deciding part's waits, else the largest of its bottlenecks' (JFR, Go block and mutex). */
function waitsOf(part: PartFact, atLocation: BottleneckRecord[]): { waits: Record<string, unknown>; text?: string } | undefined {
  if (part.waits) return { waits: part.waits };
  const total = (b: BottleneckRecord) => Number((b['waits'] as { totalMs?: number }).totalMs ?? 0);
  const withWaits = atLocation.filter((b) => b['waits'] !== undefined).sort((a, b) => Number(b.profileId === part.profileId) - Number(a.profileId === part.profileId) || total(b) - total(a) || (a.id < b.id ? -1 : 1));
  const b = withWaits[0];
  if (!b) return undefined;
  // The wait analysis' sentence: "<function> waits N times on <op> (<target>), X ms each, ...".
  const text = b.evidence.find((e) => e.startsWith(`${b.function} waits `));
  return { waits: b['waits'] as Record<string, unknown>, ...(text ? { text } : {}) };
}

function findingRecord(x: Decided, rank: number, totals: RunTotals, facts: ProfileFacts[], ctx: DiagnosisContext, metric: string, bound: RunBound): FindingRecord {
  const { loc, s, row, d } = x;
  const part = row.decidingPart(d) ?? d.biggest!;
  const leak = row.class === 'leak';
  const timeParts = leak ? [part] : loc.parts.filter((p) => p.resource === s.timeResource);
  const lines = new Map<number, number>();
  const own = new Map<number, number>();
  for (const p of timeParts.length > 0 ? timeParts : loc.parts) {
    for (const [l, v] of p.lines) lines.set(l, (lines.get(l) ?? 0) + v);
    for (const [l, v] of p.ownLines) own.set(l, (own.get(l) ?? 0) + v);
  }
  const deps = dependenciesOf(loc, totals);
  const atLocation = facts.flatMap((f) => f.bottlenecks.get(loc.key) ?? []);
  const leakRecord = leak ? atLocation.find((b) => b.cause === 'memory-leak') : undefined;
  const pids = [...loc.pids].filter((pid) => pid !== PROGRAM).sort(cmp);
  const upper = s.timeResource !== 'cpu' && s.timeResource !== 'wall' && s.timeResource !== 'io' && s.timeResource !== 'wait';
  const resourceWords = s.timeResource === 'wait' ? RESOURCE_LABEL.wait : (s.timeResource ?? 'samples');
  const how = leak
    ? `${s.resource.growth ?? 0}% of the run's memory growth: the share of what the window allocated and still holds at its end that this location allocated; in memory, not latency`
    : `${s.timePct}% of the run's ${resourceWords}` +
      (s.gcPct > 0 && s.timeResource === 'cpu' ? ` (including ${s.gcPct}% of GC its allocations cause)` : '') +
      (upper ? ': no time profile shows this location, so this share is an upper bound of its time' : '') +
      `; the run is ${bound.bound === 'cpu' ? 'CPU-bound' : bound.bound}`;
  const impact = leak
    ? { sharePct: s.resource.growth ?? 0, metric: growthMetric(leakRecord, ctx.metrics), how, resource: 'growth' as const }
    : { sharePct: s.timePct, metric, how, ...(s.timeResource ? { resource: s.timeResource } : {}) };
  const dependencyNote = deps.length > 0 ? `; its cost includes ${deps.map((dep) => `${dep.name} (${dep.sharePct}%)`).join(', ')}, which it calls` : '';
  const waits = leak ? undefined : waitsOf(part, atLocation);
  const growth = leakRecord ? growthOf(leakRecord) : undefined;
  return {
    type: 'finding',
    v: 1,
    runId: ctx.runId,
    id: `F${rank}`,
    rank,
    category: row.category(d),
    cause: row.cause(d),
    decision: row.id,
    why: row.why(d) + (waits?.text ? `; ${waits.text}` : '') + dependencyNote,
    function: loc.name,
    file: loc.file,
    line: hottestLine(own) || hottestLine(lines),
    processes: Math.max(1, loc.pids.size),
    ...(pids.length > 0 ? { pids } : {}),
    impact,
    evidence: evidenceOf(loc, totals),
    parts: partsOf(loc, totals),
    ...(deps.length > 0 ? { dependencies: deps } : {}),
    strategies: [...(row.strategies ?? part.strategies)],
    bottleneckIds: atLocation.map((b) => b.id),
    profileId: part.profileId,
    kind: facts.find((f) => f.profileId === part.profileId)!.kind,
    callPath: part.callPath,
    ...(growth ? { growth } : {}),
    ...(waits ? { waits: waits.waits } : {}),
  };
}
