// The facts of every profile and process, joined per location of the user's
// code. Shares are of the run's total of one resource (all processes): a
// function seen in four workers holds its four values over the four totals.
// GC time is charged to the code that allocates: in proportion to each
// location's allocated bytes in the same process when the run has an
// allocation profile there, else as the per-profile analysis charged it.

import type { EvidenceResource } from '../../records/types.js';
import { MIN_SAMPLES } from '../../rules/thresholds.js';
import { NS_PER_UNIT } from '../../base/time-units.js';
import { BUCKETS, DELAY_RESOURCES, TIME_RESOURCES, type Bucket, type PartFact, type ProfileFacts } from './facts.js';

export interface Location {
  key: string;
  name: string;
  file: string;
  parts: PartFact[];
  /** GC time charged here, per pid, in the unit of that process's CPU profile. */
  gc: Map<string, number>;
  pids: Set<string>;
}

export interface RunTotals {
  /** Resource -> summed total over every profile of that resource. */
  byResource: Map<EvidenceResource, number>;
  /** Resource -> unit (the first profile's). */
  units: Map<EvidenceResource, string>;
  /** Resource -> profile ids. */
  profiles: Map<EvidenceResource, string[]>;
  /** Unowned time (gc, idle, program, runtime) per resource. */
  unowned: Map<EvidenceResource, Map<string, number>>;
  /** GC time per pid (CPU profiles). */
  gcByPid: Map<string, number>;
  pids: string[];
}

const add = <K>(m: Map<K, number>, k: K, v: number) => m.set(k, (m.get(k) ?? 0) + v);

export function runTotals(facts: ProfileFacts[]): RunTotals {
  const t: RunTotals = { byResource: new Map(), units: new Map(), profiles: new Map(), unowned: new Map(), gcByPid: new Map(), pids: [] };
  for (const f of facts) {
    add(t.byResource, f.resource, f.total);
    if (!t.units.has(f.resource)) t.units.set(f.resource, f.unit);
    t.profiles.set(f.resource, [...(t.profiles.get(f.resource) ?? []), f.profileId]);
    const u = t.unowned.get(f.resource) ?? new Map<string, number>();
    for (const [k, v] of f.unowned) add(u, k, v);
    t.unowned.set(f.resource, u);
    if (f.resource === 'cpu') {
      add(t.gcByPid, f.pid, f.unowned.get('gc') ?? 0);
      for (const p of f.parts) if (p.gc) add(t.gcByPid, f.pid, p.value);
    }
  }
  t.pids = [...new Set(facts.map((f) => f.pid))].sort();
  return t;
}

export function joinLocations(facts: ProfileFacts[], totals: RunTotals): Location[] {
  const byKey = new Map<string, Location>();
  const allocByPid = new Map<string, Map<string, number>>();
  const allocTotal = new Map<string, number>();
  for (const f of facts) {
    if (f.resource === 'alloc') add(allocTotal, f.pid, f.total);
    for (const p of f.parts) {
      let loc = byKey.get(p.key);
      if (!loc) byKey.set(p.key, (loc = { key: p.key, name: p.name, file: p.file, parts: [], gc: new Map(), pids: new Set() }));
      loc.pids.add(p.pid);
      if (f.resource === 'alloc') {
        const m = allocByPid.get(p.pid) ?? new Map<string, number>();
        add(m, p.key, p.value);
        allocByPid.set(p.pid, m);
      }
      loc.parts.push(p);
    }
  }
  for (const loc of byKey.values()) {
    for (const pid of loc.pids) {
      const bytes = allocByPid.get(pid)?.get(loc.key) ?? 0;
      const gc = totals.gcByPid.get(pid) ?? 0;
      if ((allocTotal.get(pid) ?? 0) > 0) add(loc.gc, pid, (gc * bytes) / allocTotal.get(pid)!);
      else for (const p of loc.parts) if (p.gc && p.pid === pid) add(loc.gc, pid, p.value);
    }
    // Charged GC is now in `gc`; the parts keep only the location's own work.
    loc.parts = loc.parts.filter((p) => !p.gc);
  }
  return [...byKey.values()].filter((l) => l.parts.length > 0 || l.gc.size > 0);
}

const round4 = (x: number) => Math.floor(x * 1e4) / 1e4;

/** Percent of `total`, floored to 4 decimals so shares never sum past 100. */
export function pctOf(value: number, total: number | undefined): number {
  return !total || total <= 0 ? 0 : Math.min(100, Math.floor((value / total) * 1e6) / 1e4);
}

/**
 * How much a delay resource (lock, block: time summed over the threads that
 * waited) weighs against the run's CPU time, at most 1. A share of the lock
 * delay says which lock matters, not whether locks matter: 98% of 72 ms of
 * lock delay in a service that spent 5 s on the CPU is 1.4% of its work, and
 * must not outrank that CPU work. Without a CPU profile in the same unit of
 * time the weight is 1 (the delay profile is all there is to go on).
 */
export function delayWeight(totals: RunTotals, resource: EvidenceResource): number {
  const cpu = totals.byResource.get('cpu');
  const delay = totals.byResource.get(resource);
  const cpuNs = NS_PER_UNIT[totals.units.get('cpu') ?? ''];
  const delayNs = NS_PER_UNIT[totals.units.get(resource) ?? ''];
  if (!cpu || !delay || !cpuNs || !delayNs) return 1;
  return Math.min(1, (delay * delayNs) / (cpu * cpuNs));
}

/** The location's numbers the decision table reads, all in percent of a run total. */
export interface Summary {
  /** Time share per bucket: the largest over the time resources that saw it (CPU and wall see the same time); delay shares weighed by delayWeight. */
  bucket: Record<Bucket, number>;
  /** The lock bucket from lock and block delay only (threads that waited for a lock), weighed; CPU spent in lock code is not waiting. */
  lockDelay: number;
  /** Share of each resource's run total. */
  resource: Partial<Record<EvidenceResource, number>>;
  /** GC time charged here, as a share of the run's CPU profiles. */
  gcPct: number;
  /** The bucket holding most of its time, if it has any time evidence. */
  dominant?: Bucket;
  /** Share of the main metric it accounts for (see impactOf), and from which resource (a delay's weighed by delayWeight). */
  timePct: number;
  timeResource?: EvidenceResource;
}

export function summarize(loc: Location, totals: RunTotals): Summary {
  const bucket = Object.fromEntries(BUCKETS.map((b) => [b, 0])) as Record<Bucket, number>;
  const resource: Summary['resource'] = {};
  const values = new Map<EvidenceResource, number>();
  const perBucket = new Map<string, number>();
  for (const p of loc.parts) {
    add(values, p.resource, p.value);
    if (p.bucket) add(perBucket, `${p.resource}\u0000${p.bucket}`, p.value);
  }
  const gcValue = [...loc.gc.values()].reduce((s, v) => s + v, 0);
  if (gcValue > 0) {
    add(values, 'cpu', gcValue);
    add(perBucket, `cpu\u0000memory`, gcValue);
  }
  for (const [r, v] of values) resource[r] = pctOf(v, totals.byResource.get(r));
  let lockDelay = 0;
  const weightOf = (r: EvidenceResource) => (DELAY_RESOURCES.includes(r) ? delayWeight(totals, r) : 1);
  for (const [key, v] of perBucket) {
    const [r, b] = key.split('\u0000') as [EvidenceResource, Bucket];
    const share = round4(pctOf(v, totals.byResource.get(r)) * weightOf(r));
    bucket[b] = Math.max(bucket[b], share);
    if (b === 'lock' && DELAY_RESOURCES.includes(r)) lockDelay = Math.max(lockDelay, share);
  }
  const gcPct = pctOf(gcValue, totals.byResource.get('cpu'));
  const dominant = BUCKETS.filter((b) => bucket[b] > 0).sort((x, y) => bucket[y] - bucket[x] || BUCKETS.indexOf(x) - BUCKETS.indexOf(y))[0];
  const best = (rs: readonly EvidenceResource[]) => rs.filter((r) => resource[r] !== undefined).sort((x, y) => resource[y]! - resource[x]! || rs.indexOf(x) - rs.indexOf(y))[0];
  // A time profile that saw the location in fewer than MIN_SAMPLES samples does not set its share when another
  // saw it more (JFR's native-method samples: 2 of 2 samples, 100%, beside 110 execution samples, 71%).
  const samples = new Map<EvidenceResource, number>();
  for (const p of loc.parts) add(samples, p.resource, p.samples);
  const seen = TIME_RESOURCES.filter((r) => (samples.get(r) ?? 0) >= MIN_SAMPLES.value);
  // Time first; delays summed over waiting threads only when no time profile saw it; allocations last.
  const timeResource = best(seen) ?? best(TIME_RESOURCES) ?? best(DELAY_RESOURCES) ?? best(['alloc', 'heap']);
  const timePct = timeResource ? round4(resource[timeResource]! * weightOf(timeResource)) : 0;
  return { bucket, lockDelay, resource, gcPct, ...(dominant ? { dominant } : {}), timePct, ...(timeResource ? { timeResource } : {}) };
}
