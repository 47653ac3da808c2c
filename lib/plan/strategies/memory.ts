// Strategies for memory: allocation, buffers, strings, copies, the GC.

import { BENCH_GUARD, r, thumb, type StrategyEntry } from './types.js';

export const MEMORY_STRATEGIES = {
  'reduce-allocations': {
    title: 'Allocate less in {fn}',
    action:
      'remove per-item temporaries in {fn} ({at}) (reuse objects, avoid intermediate arrays and ' +
      'closures in the loop){callerClause}',
    guard:
      'add a benchmark of {fn} that reports allocated bytes per call and fails above the new ' +
      'level',
    acts: 'cpu',
    removes: 'part',
    speedup: r(0.2, 0.4, 0.6),
    source: thumb(
      'allocation cost and the GC work it causes fall with the bytes allocated',
    ),
  },
  'reuse-buffers': {
    title: 'Reuse buffers in {fn}',
    action:
      'preallocate the buffer/slice used in {fn} ({at}) once and reuse it across ' +
      'calls{callerClause}',
    guard:
      'add a benchmark of {fn} that reports allocations per call (expect zero for the buffer)',
    acts: 'cpu',
    removes: 'part',
    speedup: r(0.2, 0.4, 0.7),
    source: thumb(
      'removes the allocation and zeroing of the buffer per call',
    ),
  },
  'object-pooling': {
    title: 'Pool the objects created in {fn}',
    action:
      'take the expensive objects in {fn} ({at}) from a pool and return them after ' +
      'use{callerClause}',
    guard:
      'add a benchmark of {fn} reporting allocations per call',
    acts: 'cpu',
    removes: 'part',
    speedup: r(0.1, 0.3, 0.5),
    source: thumb(
      'pooling helps only for objects costly to build; it adds bookkeeping',
    ),
  },
  'string-builder': {
    title: 'Build the string in {fn} with a join',
    action:
      'collect the parts in an array and join once at the end instead of `+=` in the loop in ' +
      '{fn} ({at}){callerClause}',
    guard: BENCH_GUARD,
    acts: 'cpu',
    removes: 'part',
    ownRuntimeOnly:
      'what `+=` costs depends on the runtime\'s strings: V8 builds ropes and CPython resizes in place ' +
      '(cheap appends, little for a join to save), Java and Go copy the whole string on every append',
    classTransfers: true,
    speedup: r(-0.5, 0, 0.3),
    source: thumb(
      'the first calibration (concat pair, Node): in V8 += ' +
      'builds ropes; the array join measured 0–6% slower by CPU time, with the cost in GC ' +
      'outside the function, so the estimate can miss: confidence capped at low',
    ),
    maxConfidence: 'low',
  },
  'tune-gc': {
    title: 'Tune the GC for {fn}\'s allocation rate',
    action:
      'after reducing the allocations in {fn} ({at}), raise the heap limit ' +
      '(--max-semi-space-size, GOGC/GOMEMLIMIT) to fit the live set{callerClause}',
    guard:
      'add a benchmark reporting GC time per request',
    acts: 'cpu',
    removes: 'part',
    speedup: r(0.1, 0.3, 0.5),
    source: thumb(
      'fewer collections for the same allocation; the allocation cost stays',
    ),
  },
  'avoid-deep-clone': {
    title: 'Stop deep-cloning in {fn}',
    action:
      'copy only the fields that change (spread the changed level) instead of deep-cloning in ' +
      '{fn} ({at}){callerClause}',
    guard: BENCH_GUARD,
    acts: 'cpu',
    removes: 'part',
    speedup: r(0.4, 0.7, 0.9),
    source: thumb(
      'a shallow copy of the changed path touches a fraction of the object graph',
    ),
  },
} satisfies Record<string, StrategyEntry>;
