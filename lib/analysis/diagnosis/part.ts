// One part of a location's evidence: what one profile's rule (or the wait
// or leak analysis) charged to a location of the user's code, in a time
// bucket. The shared shape of the diagnosis' facts (facts.ts, wait-facts.ts).

import type { EvidenceResource, FindingCategory } from '../../records/types.js';

/** Where a part's time goes. `memory` is allocation work and the GC time it causes. */
export type Bucket = 'cpu' | 'memory' | 'io' | 'sleep' | 'lock' | 'wait';
export const BUCKETS: readonly Bucket[] = ['cpu', 'memory', 'io', 'sleep', 'lock', 'wait'];

export interface Frame {
  function: string;
  file: string;
  line: number;
}

export interface PartFact {
  /** `name \0 file` of the location charged. */
  key: string;
  name: string;
  file: string;
  profileId: string;
  pid: string;
  resource: EvidenceResource;
  /** The time bucket, for time and delay resources; undefined for alloc and heap. */
  bucket?: Bucket;
  category: FindingCategory;
  cause: string;
  ruleId: string;
  strategies: readonly string[];
  value: number;
  lines: Map<number, number>;
  /** Lines that say where the time went (the location's own samples), preferred for the hot line. */
  ownLines: Map<number, number>;
  deps: Map<string, number>;
  notes: string[];
  callPath: Frame[];
  /** Charged GC time (by the per-profile analysis, which picked the allocator). */
  gc: boolean;
  /** The rule's runCost: the runtime's own cost of the work, evidence about the run. */
  runCost?: string;
  /** Samples behind the value (the count sample type, else stacks). */
  samples: number;
  /** A specific rule named the cause (not a fallback such as hot-function). */
  specific: boolean;
  /** What a wait analysis said of these waits (the bottleneck's `waits`: op, target, per request, projections). */
  waits?: Record<string, unknown>;
  /** Where it was found, when it was moved into another location's finding (retention kept by a leak). */
  site?: string;
}


/** A part a run-level analysis (the leak verdict, the wait analysis) charges at one line of a location. */
export function analysisPart(p: Omit<PartFact, 'key' | 'lines' | 'ownLines' | 'deps' | 'gc' | 'specific'> & { line: number }): PartFact {
  const { line, ...rest } = p;
  return { ...rest, key: `${p.name}\u0000${p.file}`, lines: new Map([[line, p.value]]), ownLines: new Map([[line, p.value]]), deps: new Map(), gc: false, specific: true };
}
