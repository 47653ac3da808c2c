// The unit of work a comparison is normalised by: what the run did in its
// measurement window. Per request under http load; per operation when the
// program or its load driver reported a count (metric `work_count`); per run
// of the program when the program is the workload (load `none`: each repeat ran
// the whole job to a clean exit, so a faster job must not read as a function
// costing more per second); else per second of the window (per second of
// profile for imported profiles). Both runs of a comparison use the same unit:
// the most specific both have.

import type { MetricRecord, ProfileRecord } from '../records/types.js';

export type WorkUnitName = 'request' | 'operation' | 'run' | 'second';

export interface Work {
  unit: WorkUnitName;
  /** Units of work per repeat (repeat 1 first); one entry when the run was not repeated. */
  perRepeat: number[];
  total: number;
  /** Where the numbers come from, for the report. */
  source: string;
}

const ORDER: WorkUnitName[] = ['request', 'operation', 'run', 'second'];

/** Unlabelled value of a metric, and the values labelled repeat=1..n. */
export function series(metrics: MetricRecord[], name: string): { total?: number; perRepeat: number[] } {
  const all = metrics.filter((m) => m.name === name);
  const plain = all.find((m) => !m.labels || Object.keys(m.labels).length === 0);
  const repeated = all
    .filter((m) => m.labels && Object.keys(m.labels).length === 1 && m.labels['repeat'] !== undefined)
    .sort((a, b) => Number(a.labels!['repeat']) - Number(b.labels!['repeat']));
  return { ...(plain ? { total: plain.value } : {}), perRepeat: repeated.map((m) => m.value) };
}

function fromSeries(unit: WorkUnitName, s: { total?: number; perRepeat: number[] }, source: string): Work | undefined {
  const perRepeat = s.perRepeat.length > 0 ? s.perRepeat : s.total !== undefined ? [s.total] : [];
  if (perRepeat.length === 0 || perRepeat.every((x) => !(x > 0))) return undefined;
  return { unit, perRepeat, total: perRepeat.reduce((a, b) => a + b, 0), source };
}

/** Every unit of work this run can be measured in, most specific first. `load` is the run record's scenario load kind. */
export function workOptions(metrics: MetricRecord[], profiles: ProfileRecord[], load?: unknown): Work[] {
  const out: Work[] = [];
  const requests = series(metrics, 'http_requests');
  if (requests.total === undefined && requests.perRepeat.length === 0) {
    // Runs recorded before http_requests existed: rate × window.
    const rate = series(metrics, 'http_requests_per_sec').total;
    const wall = series(metrics, 'wall_time').total;
    if (rate !== undefined && wall !== undefined) requests.total = Math.round(rate * wall);
  }
  const http = fromSeries('request', requests, 'http requests completed in the window');
  if (http) out.push(http);
  const ops = fromSeries('operation', series(metrics, 'work_count'), 'operations the program reported (work_count)');
  if (ops) out.push(ops);
  const jobs = load === 'none' ? wholeJobs(metrics) : undefined;
  if (jobs) out.push(jobs);
  const wall = fromSeries('second', series(metrics, 'wall_time'), 'seconds of the measurement window');
  if (wall) out.push(wall);
  else {
    const seconds = Math.max(0, ...profiles.map((p) => (p.durationNs ?? 0) / 1e9));
    if (seconds > 0) out.push({ unit: 'second', perRepeat: [seconds], total: seconds, source: 'seconds of profile (imported profiles)' });
  }
  return out;
}

/**
 * One unit per repeat when every repeat's program ran to its own clean exit (exit_code 0, not stopped by
 * perf-collect): the job is the same work each time, however long it took.
 */
function wholeJobs(metrics: MetricRecord[]): Work | undefined {
  const exits = metrics.filter((m) => m.name === 'exit_code');
  if (exits.length === 0 || exits.some((m) => m.value !== 0 || m.labels?.['stoppedBy'] !== undefined)) return undefined;
  const repeats = Math.max(1, series(metrics, 'wall_time').perRepeat.length);
  return { unit: 'run', perRepeat: Array(repeats).fill(1), total: repeats, source: 'runs of the program, each to its own exit (the program is the workload)' };
}

/** The unit both runs have, most specific first; undefined when neither knows how much work it did. */
export function commonWork(current: Work[], baseline: Work[]): { current: Work; baseline: Work } | undefined {
  for (const unit of ORDER) {
    const c = current.find((w) => w.unit === unit);
    const b = baseline.find((w) => w.unit === unit);
    if (c && b) return { current: c, baseline: b };
  }
  return undefined;
}

export function perUnitLabel(unit: WorkUnitName): string {
  return `per ${unit}`;
}

/** CPU time of the target in each repeat, in nanoseconds (cpu_user + cpu_system), when measured. */
export function cpuNsPerRepeat(metrics: MetricRecord[]): number[] | undefined {
  const user = series(metrics, 'cpu_user');
  const system = series(metrics, 'cpu_system');
  const u = user.perRepeat.length > 0 ? user.perRepeat : user.total !== undefined ? [user.total] : [];
  const s = system.perRepeat.length > 0 ? system.perRepeat : system.total !== undefined ? [system.total] : [];
  if (u.length === 0 || u.length !== s.length) return undefined;
  return u.map((x, i) => (x + s[i]!) * 1e9);
}
