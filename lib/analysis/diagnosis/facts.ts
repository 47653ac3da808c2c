// What one profile says, as facts the run-level diagnosis can add up: for
// each location of the user's code the parts (one per cause a rule named),
// each in a time bucket (CPU work, memory work, I/O, sleep, lock, other
// waits); and, apart, the time no user code is charged with: GC, idle, the
// runtime's own work. Pure: one profile's findings in, facts out.

import type { Profile, ProfileKind } from '../../model/profile.js';
import type { BottleneckRecord, EvidenceResource, ProfileRecord } from '../../records/types.js';
import type { Bucket, Frame, PartFact } from './part.js';
import { RULES } from '../../rules/catalog.js';
import type { Rule } from '../../rules/types.js';
import type { Finding } from '../findings.js';
import { locate } from '../locate.js';
import { samplesOf } from '../significance.js';
import type { Origin } from '../origin.js';
import { isWaitProfile, requestWaits, waitParts, type RequestWaits } from './wait-facts.js';

/** Resources whose values are time, and can be shares of the main metric. */
export const TIME_RESOURCES: readonly EvidenceResource[] = ['cpu', 'wall', 'io', 'wait'];
export const DELAY_RESOURCES: readonly EvidenceResource[] = ['lock', 'block'];

export type { Bucket, Frame, PartFact } from './part.js';
export { BUCKETS } from './part.js';

export interface ProfileFacts {
  profileId: string;
  kind: ProfileKind;
  pid: string;
  resource: EvidenceResource;
  unit: string;
  sampleType: string;
  total: number;
  /** Samples the profile was read from (its count sample type, else its stacks): the n of a share's interval. */
  samples: number;
  parts: PartFact[];
  /** Time with no user frame, by what it is: gc, idle, program, runtime. */
  unowned: Map<string, number>;
  /** Location key -> this profile's bottlenecks there. */
  bottlenecks: Map<string, BottleneckRecord[]>;
  /** A wait profile's request time and what it waited on. */
  requestWaits?: RequestWaits;
  /** Its samples carry thread states (the `state` label): its parts tell running from waiting. */
  hasStates: boolean;
  /** The profiler samples idle time as `(idle)` (V8): no idle samples then means the thread never waited. */
  samplesIdle: boolean;
  /** The profile's wall-clock duration, when recorded. */
  durationNs?: number;
}

/** Formats whose CPU profiles sample a waiting thread as `(idle)`. */
const SAMPLES_IDLE = new Set(['v8-cpuprofile', 'chrome-trace']);

export interface ProfileInput {
  record: ProfileRecord;
  profile: Profile;
  total: number;
  unit: string;
  sampleType: string;
  findings: Finding[];
  bottlenecks: BottleneckRecord[];
  /** Origin of each frame id (the per-profile attribution's). */
  origins: readonly Origin[];
}

/** The one process an unlabelled profile belongs to: profiles imported together are one program. */
export const PROGRAM = 'program';

export function resourceOf(record: ProfileRecord, profile?: Profile): EvidenceResource {
  if (profile && isWaitProfile(profile)) return 'wait';
  if (record.kind === 'wall') return record.labels?.['resource'] === 'io' || /-io$/.test(record.profileId) ? 'io' : 'wall';
  return record.kind;
}

const GC_RULES = RULES.filter((r) => r.match.chargeTo === 'allocator');
/** A frame the runtime's garbage collector runs in (the rules that charge GC to the allocator name them). */
export function isGcFrame(name: string): boolean {
  return GC_RULES.some((r) => r.match.frame?.test(name));
}

/** What a sample's thread state (pprof label `state`) means for where the time went; `running` keeps the rule's bucket. */
export const STATE_BUCKET: Record<string, Bucket | undefined> = { sleeping: 'sleep', io: 'io', lock: 'lock', gil: 'lock', waiting: 'wait' };

function bucketOfRule(rule: Rule, resource: EvidenceResource): Bucket | undefined {
  if (resource === 'alloc' || resource === 'heap') return undefined;
  if (resource === 'io') return 'io';
  if (resource === 'lock') return rule.category === 'io' && !rule.match.fallback ? 'io' : 'lock';
  if (resource === 'block') return rule.match.fallback ? 'wait' : rule.category === 'lock' ? 'lock' : rule.category === 'io' ? 'io' : 'wait';
  return rule.category === 'memory' ? 'memory' : rule.category;
}

/**
 * The user frames of a sample's stack from the root down to the location,
 * named as locations are (a module's top level by that name): the path a
 * person follows through their own code. Runtime and library frames between
 * are left out; the last frame is the location itself.
 */
export function callPathOf(profile: Profile, sample: number, fn: { name: string; file: string }, origins: readonly Origin[]): Frame[] {
  const stack = profile.samples[sample]?.stack ?? [];
  const frameAt = (id: number) => profile.frames[id]!;
  const originAt = (id: number) => origins[id] ?? 'user';
  const named: Frame[] = [];
  for (let i = stack.length - 1; i >= 0; i--) {
    if (originAt(stack[i]!) !== 'user') continue;
    const f = frameAt(stack[i]!);
    named.push({ function: locate(stack, i, { frameOf: frameAt, originOf: originAt }).name ?? f.name, file: f.file, line: Math.max(0, f.line) });
  }
  let cut = named.length - 1;
  while (cut >= 0 && !(named[cut]!.function === fn.name && named[cut]!.file === fn.file)) cut--;
  return (cut >= 0 ? named.slice(0, cut + 1) : named).slice(-64);
}

function unownedKind(name: string): string {
  if (isGcFrame(name)) return 'gc';
  if (name === '(idle)') return 'idle';
  if (name === '(program)') return 'program';
  return 'runtime';
}

export function profileFacts(input: ProfileInput): ProfileFacts {
  const { record, profile } = input;
  const resource = resourceOf(record, profile);
  const pid = record.labels?.['pid'] ?? PROGRAM;
  const parts: PartFact[] = [];
  const unowned = new Map<string, number>();
  const add = (what: string, v: number) => unowned.set(what, (unowned.get(what) ?? 0) + v);
  const waits = resource === 'wait' ? requestWaits(profile) : undefined;
  if (waits) parts.push(...waitParts(record, pid, waits, input.bottlenecks));
  // A wait profile's rule findings charge the wait analysis' time again, to the helper the waits start in.
  for (const f of waits ? [] : input.findings) {
    if (f.rule.idle) {
      // A server waiting for work: its waits are idle; the loop's own CPU (parsing a request line) the runtime's.
      const running = f.states.size > 0 ? f.value - [...f.states].reduce((s, [state, v]) => s + (STATE_BUCKET[state] ? v : 0), 0) : 0;
      add('idle', f.value - running);
      if (running > 0) add('runtime', running);
      continue;
    }
    if (!f.user) {
      add(unownedKind(f.fn.name), f.value);
      continue;
    }
    const gc = f.rule.match.chargeTo === 'allocator';
    const base = {
      key: `${f.fn.name}\u0000${f.fn.file}`,
      name: f.fn.name,
      file: f.fn.file,
      profileId: record.profileId,
      pid,
      resource,
      category: f.rule.category,
      cause: f.rule.cause,
      ruleId: f.rule.id,
      strategies: f.rule.strategies,
      lines: f.lines,
      ownLines: f.ownLines,
      deps: f.deps,
      notes: f.notes,
      callPath: callPathOf(profile, f.heaviest, f.fn, input.origins),
      gc,
      samples: f.samples,
      specific: !f.rule.match.fallback,
      ...(f.rule.runCost ? { runCost: f.rule.runCost } : {}),
    };
    const ruleBucket = gc ? 'memory' : bucketOfRule(f.rule, resource);
    // Thread states split a wall-clock part into the waits it was made of. A specific rule that already
    // names a wait (a downstream call whose thread parks until the answer: state lock) knows what was
    // waited for better than the state does, and keeps its bucket.
    const namesWait = !f.rule.match.fallback && ruleBucket !== undefined && ruleBucket !== 'cpu' && ruleBucket !== 'memory';
    const split = new Map<Bucket | undefined, number>();
    let stated = 0;
    for (const [state, v] of ruleBucket && !gc && !namesWait ? f.states : []) {
      const b = STATE_BUCKET[state] ?? ruleBucket;
      split.set(b, (split.get(b) ?? 0) + v);
      stated += v;
    }
    if (f.value - stated > 0) split.set(ruleBucket, (split.get(ruleBucket) ?? 0) + f.value - stated);
    for (const [bucket, value] of split) {
      const wait = bucket !== ruleBucket;
      parts.push({
        ...base,
        ...(bucket ? { bucket } : {}),
        ...(wait ? { category: bucket === 'io' ? 'io' : bucket === 'lock' ? 'lock' : 'wait', ...STATE_WAIT[bucket as WaitBucket], ruleId: `state-${bucket}` } : {}),
        value,
        samples: f.value > 0 ? Math.round((f.samples * value) / f.value) : 0,
      });
    }
  }
  const bottlenecks = new Map<string, BottleneckRecord[]>();
  for (const b of input.bottlenecks) {
    const key = `${b.function}\u0000${b.file}`;
    bottlenecks.set(key, [...(bottlenecks.get(key) ?? []), b]);
  }
  const total = waits ? waits.requestNs : input.total;
  return { profileId: record.profileId, kind: record.kind, pid, resource, unit: waits ? 'nanoseconds' : input.unit, sampleType: waits ? 'request time' : input.sampleType, total, samples: samplesOf(profile), parts, unowned, bottlenecks, ...(waits ? { requestWaits: waits } : {}), hasStates: input.findings.some((f) => f.states.size > 0), samplesIdle: record.kind === 'cpu' && SAMPLES_IDLE.has(record.sourceFormat), ...(record.durationNs ? { durationNs: record.durationNs } : {}) };
}

type WaitBucket = Exclude<Bucket, 'cpu' | 'memory'>;

/**
 * Off-CPU time read from thread states: its cause, and what removes a wait
 * (never the CPU strategies of the rule the samples also matched: a function
 * that sleeps or blocks in a read is not made faster by a better algorithm).
 */
const STATE_WAIT: Record<WaitBucket, { cause: string; strategies: readonly string[] }> = {
  sleep: { cause: 'sleep', strategies: ['move-off-request-path', 'run-concurrently'] },
  io: { cause: 'blocking-io', strategies: ['batch-io', 'cache-result', 'run-concurrently'] },
  lock: { cause: 'lock-wait', strategies: ['shrink-critical-section', 'shard-lock', 'lock-free'] },
  wait: { cause: 'blocked-wait', strategies: ['run-concurrently', 'buffered-channel'] },
};
