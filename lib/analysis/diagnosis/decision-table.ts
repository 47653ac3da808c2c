// The decision table: how a location's evidence from every profile becomes
// one category and cause. Rows are data, read top to bottom; the first row
// whose test holds decides, and its `why` says so in words with the numbers.
// README "Decision table" documents the same rows; a helper adding a cause
// adds a row here (waits, leaks), not a branch elsewhere.

import type { FindingCategory } from '../../records/types.js';
import { CONTENTION, GC_TIME, HOT_FUNCTION } from '../../rules/thresholds.js';
import type { Bucket, PartFact } from './part.js';
import type { Location, Summary } from './locations.js';

/** What a row reads: the location, its summary, and its biggest part in a bucket. */
export interface DecisionInput {
  loc: Location;
  s: Summary;
  /** The part with the largest share of its resource in this bucket (the cause is named after it). */
  top: (bucket: Bucket) => PartFact | undefined;
  /** The biggest part of any kind, for locations with allocation evidence only. */
  biggest: PartFact | undefined;
  /** A part's share of its resource's run total, percent. */
  share: (part: PartFact) => number;
}

/**
 * Whether a finding is CPU work or waiting: a CPU-bound run ranks the first
 * kind first, a waiting run the second. A leak ranks before both: memory that
 * grows with work ends the process at its limit, whatever its latency.
 */
export type CostClass = 'leak' | 'cpu' | 'wait';

export interface DecisionRow {
  id: string;
  /** The condition in words, as the README table shows it. */
  when: string;
  test: (d: DecisionInput) => boolean;
  category: (d: DecisionInput) => FindingCategory;
  cause: (d: DecisionInput) => string;
  why: (d: DecisionInput) => string;
  /** Strategy ids, best first; default: those of the part the cause is named after. */
  strategies?: readonly string[];
  class: CostClass;
  /** The part whose profile and rule the finding is named after. */
  decidingPart: (d: DecisionInput) => PartFact | undefined;
}

const p = (x: number) => `${Math.round(x * 100) / 100}%`;
/**
 * A bucket's row. `calls` words the same bucket where a CPU profile is what saw it (a rule named
 * the I/O, lock or wait call its samples were in): a CPU profile records no thread state, so its
 * samples inside a call do not say whether the thread was blocked there (perf samples only threads
 * on the CPU; V8 samples the JavaScript thread on a timer either way), and the why must not say so.
 */
const bucketRow = (bucket: Bucket, category: FindingCategory, costClass: CostClass, what: string, fallbackCause: string, calls?: string): DecisionRow => {
  const sampled = (d: DecisionInput) => calls !== undefined && d.top(bucket)?.resource === 'cpu';
  const rule = (d: DecisionInput) => `(${d.top(bucket)?.cause ?? fallbackCause}, rule ${d.top(bucket)?.ruleId ?? 'none'}), more than any other resource there${others(d, bucket)}`;
  return {
    id: `${bucket}-dominant`,
    when: `most of its time is ${what}${calls ? `, or its CPU samples are in ${calls} (a CPU profile)` : ''}`,
    test: (d) => d.s.dominant === bucket,
    category: () => category,
    cause: (d) => d.top(bucket)?.cause ?? fallbackCause,
    why: (d) =>
      sampled(d)
        ? `${p(d.s.bucket[bucket])} of the run's CPU samples are in ${calls} in ${d.loc.name} ${rule(d)}; a CPU profile records no thread state, so it does not tell whether ${d.loc.name} was blocked there or running`
        : `${p(d.s.bucket[bucket])} of the run's time is ${what} in ${d.loc.name} ${rule(d)}`,
    class: costClass,
    decidingPart: (d) => d.top(bucket),
  };
};

function others(d: DecisionInput, bucket: Bucket): string {
  const rest = (Object.entries(d.s.bucket) as [Bucket, number][]).filter(([b, v]) => b !== bucket && v > 0).sort((x, y) => y[1] - x[1]);
  return rest.length === 0 ? '' : ` (also ${rest.map(([b, v]) => `${b} ${p(v)}`).join(', ')})`;
}

/** The share of the biggest CPU part a specific rule (not a fallback) explains: a named CPU cause. */
function specificCpu(d: DecisionInput): number {
  return Math.max(0, ...d.loc.parts.filter((x) => x.bucket === 'cpu' && x.specific).map((x) => d.share(x)));
}

/** The part of the largest share among those of one resource. */
function topOf(d: DecisionInput, resource: string): PartFact | undefined {
  return d.loc.parts.filter((x) => x.resource === resource).sort((x, y) => d.share(y) - d.share(x) || (x.cause < y.cause ? -1 : 1))[0];
}

/** The wait analysis' part that decides a location whose time is mostly waiting (a wait profile's waits, judged per request). */
function requestWait(d: DecisionInput): PartFact | undefined {
  const bucket = d.s.dominant;
  const top = bucket === 'io' || bucket === 'sleep' ? d.top(bucket) : undefined;
  return top?.resource === 'wait' ? top : undefined;
}

export const DECISION_TABLE: readonly DecisionRow[] = [
  {
    id: 'memory-leak',
    when: 'the run\'s memory grows steadily with work (the leak verdict: growth whose interval is above zero over the window and its second half, material against the memory at the start, confirmed by the live heap at both edges) and the retention profile names this location as where the kept memory is allocated',
    test: (d) => topOf(d, 'growth') !== undefined,
    category: () => 'memory',
    cause: () => 'memory-leak',
    why: (d) => {
      const kept = d.loc.parts.filter((x) => x.resource === 'heap');
      const sites = [...new Set(kept.map((x) => x.site ?? d.loc.name))];
      return (
        `memory grows steadily with work and ${p(d.s.resource.growth ?? 0)} of it is charged here, by ${d.loc.name}'s share of what the window allocated and still holds at its end` +
        (sites.length > 1 ? ` (kept by ${sites.join(', ')})` : '') +
        `: a leak, not churn (churn is collected); ${topOf(d, 'growth')!.notes[0] ?? ''}`
      );
    },
    class: 'leak',
    decidingPart: (d) => topOf(d, 'growth'),
  },
  {
    id: 'work-inside-contended-lock',
    when: `threads wait for a lock here (≥ ${CONTENTION.value}% of the run's lock delay, weighed; from lock and block profiles only, not CPU spent in lock code) and it does CPU work itself (≥ ${HOT_FUNCTION.value}% of CPU)`,
    test: (d) => d.s.lockDelay >= CONTENTION.value && d.s.bucket.cpu >= HOT_FUNCTION.value,
    category: () => 'lock',
    cause: () => 'critical-section-too-large',
    why: (d) =>
      `${p(d.s.lockDelay)} of the run's lock waiting is on ${d.loc.name}'s lock and ${d.loc.name} does ${p(d.s.bucket.cpu)} of the CPU work: ` +
      `CPU work done while holding a contended lock, so the other threads wait for the work, not for the data it protects; the critical section is too large`,
    strategies: ['shrink-critical-section', 'shard-lock', 'lock-free'],
    class: 'cpu',
    decidingPart: (d) => d.top('lock'),
  },
  {
    id: 'gc-caused-by-allocation',
    when: `the garbage collection its allocations cause is ≥ ${GC_TIME.value}% of CPU (GC charged by its share of the bytes allocated), and no CPU cause a specific rule names there weighs more`,
    test: (d) => d.s.gcPct >= GC_TIME.value && d.s.bucket.memory >= specificCpu(d),
    category: () => 'memory',
    cause: (d) => d.top('memory')?.cause ?? 'gc-pressure',
    why: (d) =>
      `it allocates ${p(d.s.resource.alloc ?? 0)} of the bytes allocated and the garbage collection that causes costs ${p(d.s.gcPct)} of CPU ` +
      `(≥ ${GC_TIME.value}%: ${GC_TIME.reason}), and no specific CPU cause there weighs more: allocation-heavy code with significant GC time is a memory problem`,
    strategies: ['reduce-allocations', 'reuse-buffers', 'object-pooling'],
    class: 'cpu',
    decidingPart: (d) => d.top('memory') ?? d.top('cpu') ?? d.biggest,
  },
  {
    id: 'request-waits',
    when: 'most of its time is waits it makes on the request path (a wait profile, judged per request by the wait analysis: sequential, repeated or slow waits)',
    test: (d) => requestWait(d) !== undefined,
    category: (d) => requestWait(d)!.category,
    cause: (d) => requestWait(d)!.cause,
    why: (d) => `${p(d.s.resource.wait ?? 0)} of the requests' time is spent in waits ${d.loc.name} makes (${requestWait(d)!.cause}): ${requestWait(d)!.notes[0] ?? ''}${others(d, d.s.dominant!)}`,
    class: 'wait',
    decidingPart: requestWait,
  },
  bucketRow('lock', 'lock', 'wait', 'waiting for a lock', 'lock-contention', 'lock calls'),
  bucketRow('sleep', 'wait', 'wait', 'sleeping (off the CPU)', 'sleep'),
  bucketRow('io', 'io', 'wait', 'blocked in file, socket or pipe I/O', 'blocking-io', 'file, socket or pipe I/O calls'),
  bucketRow('wait', 'wait', 'wait', 'blocked waiting (channels, conditions, other threads)', 'blocked-wait', 'wait calls (channels, conditions)'),
  bucketRow('memory', 'memory', 'cpu', 'allocation work (allocator and GC frames)', 'allocation-churn'),
  bucketRow('cpu', 'cpu', 'cpu', 'CPU work', 'hot-function'),
  {
    id: 'allocation-only',
    when: 'no time profile of its processes shows it, only allocation or heap profiles',
    test: (d) => d.s.dominant === undefined && (d.s.resource.alloc ?? d.s.resource.heap ?? 0) > 0,
    category: () => 'memory',
    cause: (d) => d.biggest?.cause ?? 'allocation-hotspot',
    why: (d) => `only memory profiles show it: ${p(d.s.resource.alloc ?? d.s.resource.heap ?? 0)} of the ${d.s.resource.alloc !== undefined ? 'bytes allocated' : 'live heap'}; with no CPU profile the time it costs is not measured`,
    class: 'cpu',
    decidingPart: (d) => d.biggest,
  },
];

export function decide(d: DecisionInput): DecisionRow | undefined {
  return DECISION_TABLE.find((row) => row.test(d));
}
