// Each plan item of the baseline judged by its own evidence: the item's
// function (its finding's, when the item points at one) in the profile kind
// the item is about, cost per unit of work before and after with the
// interval; then the global metric's measured change next to the estimate.
// Pure: records and costs in, plan-check records out.

import { normalisedName } from '../model/normalise.js';
import { functionKey, type Profile } from '../model/profile.js';
import type { AnyRecord, FunctionDelta, IntervalPct, PlanCheckRecord, PlanCheckStatus, PlanItemRecord, RunRecord } from '../records/types.js';
import { functionDelta, type CostSide } from './functions.js';
import { requestFallOf, requestLatencyChange, type RequestFall } from './request-check.js';
import { costText, intervalText, type MainInput } from './verdict.js';

/**
 * An item's function regressed when its whole interval lies above a rise of
 * this much: consecutive runs on a busy machine drift by several percent.
 */
export const ITEM_REGRESSION_MIN_PCT = 10;
/** When an item carries no local speed-up, the fall that counts as doing it. */
const DEFAULT_FALL_PCT = 10;

export interface PairedCosts {
  profileId: string;
  baselineProfileId: string;
  kind: string;
  before: CostSide;
  after: CostSide;
  /** When both are wait profiles: the profiles, whose recorded requests judge wait items (request-check.ts). */
  waitProfiles?: { before: Profile; after: Profile };
}

export interface PlanCheckInput {
  runId: string;
  baselineRun: RunRecord;
  items: PlanItemRecord[];
  /** The baseline's other records (findings), to resolve what an item points at. */
  baselineRecords: AnyRecord[];
  pairs: PairedCosts[];
  workUnit: string;
  main?: MainInput;
}

const RUNTIME_OF_PROFILER: Record<string, string> = { node: 'node', pprof: 'go', jfr: 'java', jprofiler: 'java', python: 'python', cprofile: 'python', perf: 'native' };

/** The function the item is about: its finding's when it has one (issue 13), else its own. */
function targetOf(item: PlanItemRecord, records: AnyRecord[]): { name: string; file: string; profileId?: string } | undefined {
  const findingId = item['findingId'];
  const finding = typeof findingId === 'string' ? (records.find((r) => r.type === 'finding' && (r as Record<string, unknown>)['id'] === findingId) as Record<string, unknown> | undefined) : undefined;
  const fn = (finding?.['function'] ?? item['function']) as unknown;
  if (typeof fn !== 'string') return undefined;
  const file = String(finding?.['file'] ?? item['file'] ?? '');
  const profileId = (finding?.['profileId'] ?? item['profileId']) as string | undefined;
  return { name: normalisedName(fn), file, ...(typeof profileId === 'string' ? { profileId } : {}) };
}

/** The waits field of what the item points at: its finding's, else its bottleneck's. */
function subjectWaits(item: PlanItemRecord, records: AnyRecord[]): unknown {
  for (const id of [item['findingId'], item.bottleneckId]) {
    const r = records.find((x) => (x.type === 'finding' || x.type === 'bottleneck') && (x as Record<string, unknown>)['id'] === id) as Record<string, unknown> | undefined;
    if (r?.['waits'] !== undefined) return r['waits'];
  }
  return undefined;
}

function pairFor(input: PlanCheckInput, profileId: string | undefined, item: PlanItemRecord): PairedCosts | undefined {
  return input.pairs.find((p) => p.baselineProfileId === profileId) ?? input.pairs.find((p) => p.kind === item['kind']) ?? (input.pairs.length === 1 ? input.pairs[0] : undefined);
}

const fallOf = (item: PlanItemRecord) => {
  const s = (item['estimate'] as { speedup?: { low: number; expected: number; high: number } } | undefined)?.speedup;
  // The factor is fitted on the finding's share and may pass 1 (a fix removed more than was attributed); a function's own cost falls by 100% at most.
  const pct = (x: number) => Math.round(Math.min(1, x) * 1000) / 10;
  return s ? { low: pct(s.low), expected: pct(s.expected), high: pct(s.high) } : { low: DEFAULT_FALL_PCT, expected: DEFAULT_FALL_PCT, high: DEFAULT_FALL_PCT };
};

/** The status from the interval of the change in cost (negative: it fell) and the promised fall. */
export function statusOf(change: IntervalPct, promisedFallPct: number): Exclude<PlanCheckStatus, 'gone'> {
  const fell = change.high < 0; // the whole interval is a fall
  if (change.low > ITEM_REGRESSION_MIN_PCT) return 'regressed';
  // Done only when the whole interval lies beyond the promised fall: nothing is done inside the noise. A
  // promise under what an unchanged re-run drifts by (an estimate whose low end is 0%) is no bar: an A/A of a
  // fresh service read -8.98% [-15.71, -0.93] and marked its cache item done against a 0% promise.
  if (fell) return -change.high >= Math.max(promisedFallPct, DEFAULT_FALL_PCT) ? 'done' : 'partly';
  // No significant fall: not done, if the interval rules out the promised fall.
  return -change.low < promisedFallPct ? 'not-done' : 'inconclusive';
}

/** What was measured, said once: "loadOrderItems's cost per request", and its values "(2 ms -> 1 ms per request)". */
interface Measured {
  what: string;
  change?: IntervalPct;
  costs: string;
}

function reasonOf(status: Exclude<PlanCheckStatus, 'gone'>, m: Measured, fall: { low: number }): string {
  const change = m.change ? intervalText(m.change) : '';
  switch (status) {
    case 'done':
      return `${m.what} fell ${change} (${m.costs}), at least the ${fall.low}% the item promised`;
    case 'partly':
      // The promise may lie inside the interval: then the fall is real but not shown to reach it.
      return -(m.change?.low ?? 0) >= fall.low
        ? `${m.what} fell ${change} (${m.costs}); the ${fall.low}% the item promised is inside the interval, not shown beyond the noise`
        : `${m.what} fell ${change} (${m.costs}), less than the ${fall.low}% the item promised`;
    case 'not-done':
      return `${m.what} did not fall: ${change} (${m.costs}) rules out the ${fall.low}% the item promised`;
    case 'regressed':
      return `${m.what} rose ${change} (${m.costs})`;
    case 'inconclusive':
      return `${m.what} changed ${change} (${m.costs}): the noise is too wide to tell a ${fall.low}% fall from none; repeat the runs`;
  }
}

function goneReason(d: FunctionDelta, unit: string, per: string): string {
  const to = (d.movedTo ?? []).map((m) => `${m.function} (own cost ${costText(m.baselineSelfPerUnit, unit)} -> ${costText(m.selfPerUnit, unit)} ${per})`);
  return `${d.function} no longer appears (it cost ${costText(d.perUnit?.baselineCum ?? 0, unit)} ${per}); ${to.length > 0 ? `its callers now: ${to.join(', ')}` : 'it had no caller in the profile'}`;
}

export function checkItem(input: PlanCheckInput, item: PlanItemRecord): PlanCheckRecord {
  const base: PlanCheckRecord = {
    type: 'plan-check',
    v: 1,
    runId: input.runId,
    baselineRunId: input.baselineRun.runId,
    itemId: item.id,
    title: item.title,
    metric: item.verification.metric,
    status: 'inconclusive',
    expectedGainPct: item.expectedGainPct,
    // The item's strategy and estimate as made, for the calibration of estimates (issue 15).
    ...(item['strategyId'] !== undefined ? { strategyId: item['strategyId'] } : {}),
    ...(item['estimate'] !== undefined ? { estimate: item['estimate'] } : {}),
    reason: '',
  };
  const fall = fallOf(item);
  const main = input.main;
  const measuredGain = main ? Math.round((main.direction === 'lower-is-better' ? -main.change.pct : main.change.pct) * 100) / 100 : undefined;
  if (main) {
    base.global = { metric: main.name, unit: main.unit, baseline: Number(main.change.before.toPrecision(6)), current: Number(main.change.after.toPrecision(6)), change: { pct: main.change.pct, low: main.change.low, high: main.change.high, level: main.change.level }, measuredGainPct: measuredGain! };
    base.measuredGainPct = measuredGain!;
  }
  const strategy = String(item['strategyId'] ?? item.strategy);
  const estimate = item['estimate'] as { share?: number; runtime?: string; evidence?: string } | undefined;
  const runtime = String(estimate?.runtime ?? item['runtime'] ?? RUNTIME_OF_PROFILER[input.baselineRun.profiler] ?? input.baselineRun.profiler);
  const share = estimate?.share ?? 0;
  const calibrate = (localFallPct?: number) => ({ strategy, runtime, ...(estimate?.evidence ? { evidence: estimate.evidence } : {}), share, expected: item.expectedGainPct, measured: { ...(localFallPct !== undefined ? { localFallPct } : {}), ...(measuredGain !== undefined ? { globalGainPct: measuredGain } : {}) } });
  const target = targetOf(item, input.baselineRecords);
  const pair = target ? pairFor(input, target.profileId, item) : undefined;
  if (!target || !pair) {
    return { ...base, calibration: calibrate(), reason: target ? `no profile of this run matches the item's profile ${target.profileId ?? ''}`.trim() : 'the item names no function to check' };
  }
  const key = functionKey({ name: target.name, file: target.file, line: 0, column: 0 });
  const where = { function: target.name, file: target.file, profileId: pair.profileId, kind: pair.kind as PlanCheckRecord['kind'] };
  const requestFall = requestFallOf(subjectWaits(item, input.baselineRecords), strategy);
  if (requestFall && pair.waitProfiles) return byRequests({ ...base, ...where }, requestFall, pair.waitProfiles, calibrate);
  if (PATH_STRATEGIES.has(strategy) && SUMMED_WAIT_KINDS.has(pair.kind)) return byMainMetric({ ...base, ...where }, item, pair.kind, main, calibrate);
  if (!pair.before.costs.ids.has(key)) {
    return { ...base, ...where, expectedFallPct: fall, calibration: calibrate(), reason: `${target.name} is not in the baseline profile ${pair.baselineProfileId} after folding its frames` };
  }
  const d = functionDelta(pair.before, pair.after, key);
  const unit = pair.before.costs.unit;
  const status: PlanCheckStatus = d.status === 'gone' ? 'gone' : d.change ? statusOf(d.change, fall.low) : 'inconclusive';
  const localFall = d.change ? Math.round(-d.change.pct * 100) / 100 : d.status === 'gone' ? 100 : undefined;
  return {
    ...base,
    ...where,
    status,
    evidence: {
      unit,
      work: input.workUnit,
      baseline: d.perUnit!.baselineCum,
      current: d.perUnit!.cum,
      ...(d.change ? { change: d.change } : {}),
      baselineSharePct: d.baselineCumPct,
      sharePct: d.cumPct,
      ...(d.movedTo ? { movedTo: d.movedTo } : {}),
    },
    expectedFallPct: fall,
    calibration: calibrate(localFall),
    reason: status === 'gone' ? goneReason(d, unit, `per ${input.workUnit}`) : reasonOf(status, { what: `${d.function}'s cost per ${input.workUnit}`, ...(d.change ? { change: d.change } : {}), costs: d.perUnit ? `${costText(d.perUnit.baselineCum, unit)} -> ${costText(d.perUnit.cum, unit)} per ${input.workUnit}` : '' }, fall),
  };
}

/**
 * A wait item by its requests' critical path: their median latency (server
 * side, per second of each repeat) before and after, against the fall its
 * projection promised. A wait strategy moves wait time around (concurrent
 * calls sum to more than sequential ones): the function's summed waits say
 * nothing of whether the requests got shorter.
 */
function byRequests(base: PlanCheckRecord, fall: RequestFall, profiles: NonNullable<PairedCosts['waitProfiles']>, calibrate: (localFallPct?: number) => PlanCheckRecord['calibration']): PlanCheckRecord {
  const d = requestLatencyChange(profiles.before, profiles.after, fall.route);
  const expectedFallPct = fall.promised;
  if (!d) return { ...base, expectedFallPct, calibration: calibrate(), reason: `this run's wait profile ${base.profileId} recorded no ${fall.route} request to compare with the baseline's` };
  const c = d.change;
  const change: IntervalPct = { pct: c.pct, low: c.low, high: c.high, level: c.level };
  const status = statusOf(change, fall.promised.low);
  const ms = (x: number) => `${Number(x.toPrecision(3))} ms`;
  const measured: Measured = { what: `the median latency of a ${fall.route} request (server side, its critical path)`, change, costs: `${ms(c.before)} -> ${ms(c.after)}, ${d.requests.before} -> ${d.requests.after} requests` };
  return {
    ...base,
    status,
    evidence: { unit: 'ms', work: `${fall.route} request`, basis: 'request-latency', baseline: Number(c.before.toPrecision(6)), current: Number(c.after.toPrecision(6)), change, baselineSharePct: 100, sharePct: 100 },
    expectedFallPct,
    calibration: calibrate(Math.round(-c.pct * 100) / 100),
    reason: reasonOf(status, measured, fall.promised),
  };
}

/** Strategies that shorten the requests' critical path without removing any wait. */
const PATH_STRATEGIES = new Set(['run-concurrently', 'move-off-request-path']);
/** Profiles whose values are waits summed over the threads (goroutines) that waited. */
const SUMMED_WAIT_KINDS = new Set(['lock', 'block', 'wall']);

/**
 * A critical-path item where no recorded request shows the critical path (Go's block and goroutine
 * profiles, JFR's and the Python sampler's waits): the function's summed waits rise when its calls run
 * concurrently (three goroutines wait at once; a Go service's block delay per request rose 39% as its
 * requests got faster), so they are no evidence. The main metric is, with its interval, against the
 * gain the item promised on it.
 */
function byMainMetric(base: PlanCheckRecord, item: PlanItemRecord, kind: string, main: MainInput | undefined, calibrate: (localFallPct?: number) => PlanCheckRecord['calibration']): PlanCheckRecord {
  const why = `its waits in the ${kind} profile are summed over the threads that waited and do not fall when the waits overlap`;
  if (!main) return { ...base, calibration: calibrate(), reason: `${why}; this run has no main metric to judge the requests by` };
  const c = main.change;
  // As a change where negative is better, like a cost.
  const change: IntervalPct = main.direction === 'lower-is-better' ? { pct: c.pct, low: c.low, high: c.high, level: c.level } : { pct: -c.pct, low: -c.high, high: -c.low, level: c.level };
  const promised = { low: item.expectedGainPct.low, expected: item.expectedGainPct.expected, high: item.expectedGainPct.high };
  const status = statusOf(change, promised.low);
  const unit = main.unit;
  const measured: Measured = { what: `${main.name} (the main metric: ${why})`, change, costs: `${costText(c.before, unit)} -> ${costText(c.after, unit)}` };
  return {
    ...base,
    status,
    evidence: { unit, work: 'run', basis: 'main-metric', baseline: Number(c.before.toPrecision(6)), current: Number(c.after.toPrecision(6)), change, baselineSharePct: 100, sharePct: 100 },
    expectedFallPct: promised,
    calibration: calibrate(),
    reason: reasonOf(status, measured, promised),
  };
}

export function planChecks(input: PlanCheckInput): PlanCheckRecord[] {
  return input.items.map((item) => checkItem(input, item));
}
