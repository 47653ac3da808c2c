// A location's evidence in the finding record: one entry per resource that
// saw it (summed over every profile and process of that resource), off-CPU
// time by thread state, the GC time its allocations cause; its parts (one per
// cause); and the dependencies whose cost is charged to it.

import { formatValue } from '../../base/format.js';
import type { EvidenceResource, FindingEvidence, FindingPart } from '../../records/types.js';
import type { Bucket, PartFact } from './part.js';
import { pctOf, type Location, type RunTotals } from './locations.js';

export const RESOURCE_LABEL: Record<EvidenceResource, string> = {
  growth: 'memory growth (the leak verdict, charged by share of what is retained)',
  wait: 'request time spent waiting (the wait profile, overlapping waits counted once)',
  cpu: 'CPU samples',
  wall: 'wall-clock time',
  'off-cpu': 'wall-clock time off the CPU',
  io: 'time blocked in I/O',
  alloc: 'bytes allocated',
  heap: 'live heap',
  gc: 'CPU time, in garbage collection its allocations cause',
  lock: 'lock delay (time threads waited for a lock)',
  block: 'blocked time',
};

/** The order evidence is listed in: time first, then delays, then memory. */
const ORDER: readonly EvidenceResource[] = ['growth', 'cpu', 'wall', 'wait', 'io', 'off-cpu', 'gc', 'lock', 'block', 'alloc', 'heap'];

const add = <K>(m: Map<K, number>, k: K, v: number) => m.set(k, (m.get(k) ?? 0) + v);
const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();
const processes = (n: number) => `${n} process${n === 1 ? '' : 'es'}`;

function entry(resource: EvidenceResource, parts: PartFact[], value: number, total: number | undefined, unit: string, state?: string): FindingEvidence {
  const sharePct = pctOf(value, total);
  const pids = new Set(parts.map((p) => p.pid));
  const what = state ? `${RESOURCE_LABEL[resource]} (${state})` : RESOURCE_LABEL[resource];
  return {
    resource,
    profileIds: sorted(parts.map((p) => p.profileId)),
    value,
    unit,
    sharePct,
    processes: Math.max(1, pids.size),
    text: `${sharePct}% of the run's ${what}: ${formatValue(value, unit)} in ${processes(Math.max(1, pids.size))}`,
    ...(state ? { state } : {}),
  };
}

const OFF_CPU: Partial<Record<Bucket, string>> = { sleep: 'sleeping', io: 'io', lock: 'lock', wait: 'waiting' };

export function evidenceOf(loc: Location, totals: RunTotals): FindingEvidence[] {
  const out: FindingEvidence[] = [];
  const resources = ORDER.filter((r) => loc.parts.some((p) => p.resource === r));
  for (const r of resources) {
    const parts = loc.parts.filter((p) => p.resource === r);
    const e = entry(r, parts, parts.reduce((s, p) => s + p.value, 0), totals.byResource.get(r), totals.units.get(r) ?? '');
    // Growth and waits say what they are in the analysis' own words (the leak verdict, the wait wording).
    if (r === 'growth' || r === 'wait') e.text = `${e.sharePct}% of the run's ${RESOURCE_LABEL[r]}: ${parts.flatMap((p) => p.notes.slice(0, r === 'growth' ? undefined : 1)).join('; ')}`;
    out.push(e);
  }
  // Off-CPU time the thread states tell apart (a wall-clock sampler's waits).
  for (const [bucket, state] of Object.entries(OFF_CPU) as [Bucket, string][]) {
    const parts = loc.parts.filter((p) => p.resource === 'wall' && p.ruleId === `state-${bucket}`);
    if (parts.length > 0) out.push(entry('off-cpu', parts, parts.reduce((s, p) => s + p.value, 0), totals.byResource.get('wall'), totals.units.get('wall') ?? '', state));
  }
  const gc = [...loc.gc.values()].reduce((s, v) => s + v, 0);
  if (gc > 0) {
    const cpuParts = loc.parts.filter((p) => p.resource === 'cpu' || p.resource === 'alloc');
    const e = entry('gc', cpuParts, gc, totals.byResource.get('cpu'), totals.units.get('cpu') ?? '');
    e.profileIds = sorted([...(totals.profiles.get('cpu') ?? []), ...cpuParts.map((p) => p.profileId)]);
    out.push(e);
  }
  return out.sort((a, b) => ORDER.indexOf(a.resource) - ORDER.indexOf(b.resource));
}

/** One part per (cause, resource): nested causes inside one location. */
export function partsOf(loc: Location, totals: RunTotals): FindingPart[] {
  const groups = new Map<string, PartFact[]>();
  const keyOf = (p: PartFact) => `${p.cause}\u0000${p.resource}\u0000${p.site ?? ''}`;
  for (const p of loc.parts) groups.set(keyOf(p), [...(groups.get(keyOf(p)) ?? []), p]);
  const parts = [...groups.values()].map((ps) => {
    const value = ps.reduce((s, p) => s + p.value, 0);
    const lines = new Map<number, number>();
    const own = new Map<number, number>();
    for (const p of ps) for (const [l, v] of p.lines) add(lines, l, v);
    for (const p of ps) for (const [l, v] of p.ownLines) add(own, l, v);
    const first = ps[0]!;
    const sharePct = pctOf(value, totals.byResource.get(first.resource));
    const notes = sorted(ps.flatMap((p) => p.notes));
    return {
      category: first.category,
      cause: first.cause,
      ruleId: first.ruleId,
      resource: first.resource,
      sharePct,
      line: hottestLine(own) || hottestLine(lines),
      text: `${first.site ? `kept by ${first.site}: ` : ''}${first.cause} (rule ${first.ruleId}): ${sharePct}% of the run's ${RESOURCE_LABEL[first.resource]}${notes.length > 0 && first.resource !== 'growth' ? `; ${notes.join('; ')}` : ''}`,
    };
  });
  return parts.sort((a, b) => b.sharePct - a.sharePct || (a.cause < b.cause ? -1 : a.cause > b.cause ? 1 : 0) || (a.resource < b.resource ? -1 : 1));
}

export function dependenciesOf(loc: Location, totals: RunTotals): { name: string; sharePct: number; resource: EvidenceResource }[] {
  const byDep = new Map<string, { value: number; resource: EvidenceResource }>();
  for (const p of loc.parts) {
    for (const [name, v] of p.deps) {
      const key = `${name}\u0000${p.resource}`;
      const d = byDep.get(key) ?? { value: 0, resource: p.resource };
      d.value += v;
      byDep.set(key, d);
    }
  }
  return [...byDep]
    .map(([key, d]) => ({ name: key.split('\u0000')[0]!, sharePct: pctOf(d.value, totals.byResource.get(d.resource)), resource: d.resource }))
    .filter((d) => d.sharePct > 0)
    .sort((a, b) => b.sharePct - a.sharePct || (a.name < b.name ? -1 : 1));
}

/** The line with the most value; ties to the lower line. Lines ≤ 0 (unknown) only when nothing else. */
export function hottestLine(lines: ReadonlyMap<number, number>): number {
  let best = 0;
  let bestValue = -1;
  for (const [line, v] of lines) {
    if (line <= 0) continue;
    if (v > bestValue || (v === bestValue && line < best)) [best, bestValue] = [line, v];
  }
  return best;
}
