// A memory leak as diagnosis facts. The leak verdict (lib/analysis/leak.ts)
// is run-level: memory that grows steadily with work, and the retention
// profile's top site. Here it becomes a part of its own resource, `growth`
// (the site's share of the fitted growth is its share of what is retained),
// at the location that allocates what is kept; and every other location's
// retention (live-heap) evidence moves into that finding as a part "kept by
// ...": what is still live at the window's end in a leaking run is where the
// leak keeps it, never a problem of its own. Allocation volume (churn) stays
// with its location: the same function can leak and churn.

import { basename } from 'node:path';
import type { BottleneckRecord, MetricRecord } from '../../records/types.js';
import { hottestLine } from './evidence.js';
import type { ProfileFacts } from './facts.js';
import type { Location } from './locations.js';
import { analysisPart, type PartFact } from './part.js';

export const LEAK_CAUSE = 'memory-leak';

interface Growth {
  stat?: string;
  bytesPerSecond: { value: number; low: number; high: number };
  bytesPerRequest?: { value: number; low: number; high: number };
}

export const growthOf = (b: BottleneckRecord): Growth | undefined => b['growth'] as Growth | undefined;

/** The leak of a run as one profile's facts, so totals, locations and evidence treat it like any other. */
export function leakFacts(leak: BottleneckRecord, profiles: ProfileFacts[], fallbackPid: string): ProfileFacts | undefined {
  const growth = growthOf(leak);
  if (!growth) return undefined;
  const total = Math.max(1, Math.abs(growth.bytesPerSecond.value));
  const share = leak.file ? Math.max(0, Math.min(100, leak.sharePct)) : 100;
  const value = (share / 100) * total;
  const pid = profiles.find((f) => f.profileId === leak.profileId)?.pid ?? fallbackPid;
  const part = analysisPart({
    name: leak.function,
    file: leak.file,
    line: leak.line,
    profileId: leak.profileId,
    pid,
    resource: 'growth',
    category: 'memory',
    cause: LEAK_CAUSE,
    ruleId: leak.ruleId ?? LEAK_CAUSE,
    strategies: (leak['strategies'] as string[] | undefined) ?? [],
    value,
    notes: [...leak.evidence],
    callPath: (leak['callPath'] as PartFact['callPath'] | undefined) ?? [],
    samples: 0,
  });
  return {
    profileId: leak.profileId,
    kind: 'heap',
    pid,
    resource: 'growth',
    unit: 'bytes/s',
    sampleType: 'memory growth',
    total,
    samples: 0,
    parts: [part],
    unowned: new Map(),
    bottlenecks: new Map([[part.key, [leak]]]),
    hasStates: false,
    samplesIdle: false,
  };
}

const isLeakLocation = (l: Location) => l.parts.some((p) => p.resource === 'growth');

/** Retention evidence of every other location, moved into the leak's: "kept by handle (service.js:34)". */
export function foldRetention(locations: Location[]): Location[] {
  const leak = locations.find(isLeakLocation);
  if (!leak) return locations;
  for (const loc of locations) {
    if (loc === leak) continue;
    const kept = loc.parts.filter((p) => p.resource === 'heap');
    if (kept.length === 0) continue;
    loc.parts = loc.parts.filter((p) => p.resource !== 'heap');
    for (const p of kept) {
      const line = hottestLine(p.lines);
      leak.parts.push({ ...p, key: leak.key, site: `${loc.name} (${loc.file ? basename(loc.file) : 'no file'}${line > 0 ? `:${line}` : ''})` });
      leak.pids.add(p.pid);
    }
  }
  return locations.filter((l) => l.parts.length > 0 || l.gc.size > 0);
}

/** The metric a leak's share is of: memory growth per request when the run has it. */
export function growthMetric(leak: BottleneckRecord | undefined, metrics: MetricRecord[]): string {
  const stat = leak ? growthOf(leak)?.stat : undefined;
  const has = (name: string) => metrics.some((m) => m.name === name && (stat === undefined || m.labels?.['stat'] === stat));
  return has('memory_growth_per_request') ? 'memory_growth_per_request' : 'memory_growth';
}
