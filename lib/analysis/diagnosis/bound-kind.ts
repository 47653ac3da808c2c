// What bounds the run, as a field a program can read (the run-diagnosis
// diagnostic's `bound`), not only as the sentence it leads with: cpu, io,
// lock, memory, idle, or waiting (off the CPU on a sleep, a channel or a
// condition), mixed, unknown. Read from the busy share (bound.ts), the
// findings the decision table made, and garbage collection's share of CPU.

import type { BoundKind, FindingRecord, RunBoundFact } from '../../records/types.js';
import type { RunBound } from './bound.js';
import { pctOf, type RunTotals } from './locations.js';

/** Garbage collection at least this share of CPU samples: memory-bound. */
export const GC_BOUND = { value: 25, unit: '% of CPU samples', reason: 'a quarter of the CPU spent collecting garbage is allocation pressure before it is any one function' } as const;

/** The off-CPU categories a finding can have, and the kind of bound each names. */
const WAIT_KIND: Partial<Record<FindingRecord['category'], BoundKind>> = { io: 'io', lock: 'lock', wait: 'waiting' };

export function structuredBound(bound: RunBound, findings: FindingRecord[], totals: RunTotals): RunBoundFact {
  const busy = bound.busyPct !== undefined ? { busyPct: bound.busyPct } : {};
  const ranked = [...findings].sort((a, b) => a.rank - b.rank);
  const leak = ranked.find((f) => f.decision === 'memory-leak' || f['growth'] !== undefined);
  if (leak) return { kind: 'memory', ...busy, findingId: leak.id, evidence: `memory grows: ${leak.function} keeps what it allocates (${leak.cause})` };
  const cpu = totals.byResource.get('cpu') ?? 0;
  const gc = [...totals.gcByPid.values()].reduce((s, v) => s + v, 0);
  if (cpu > 0 && pctOf(gc, cpu) >= GC_BOUND.value) return { kind: 'memory', ...busy, evidence: `garbage collection is ${pctOf(gc, cpu)}% of CPU samples (at least ${GC_BOUND.value}${GC_BOUND.unit})` };
  if (bound.bound === 'cpu') return { kind: 'cpu', ...busy, evidence: bound.how };
  if (bound.bound === 'unknown') return { kind: 'unknown', evidence: bound.how };
  const waiter = ranked.find((f) => WAIT_KIND[f.category]);
  if (waiter) return { kind: WAIT_KIND[waiter.category]!, ...busy, findingId: waiter.id, evidence: `${bound.how}; the top waiting finding, ${waiter.function}, is ${waiter.category} (${waiter.cause})` };
  // Off the CPU with no code of the user's waiting: the program waited for work.
  if (bound.bound === 'waiting') return { kind: 'idle', ...busy, evidence: `${bound.how}; no code of yours waits on I/O or a lock, so the program waited for work (the load did not keep it busy)` };
  return { kind: 'mixed', ...busy, evidence: bound.how };
}
