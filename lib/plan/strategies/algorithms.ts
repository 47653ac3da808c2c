// Strategies for computation: complexity, repeated work, exceptions,
// reflection, spinning, logging on the hot path.

import { BENCH_GUARD, r, thumb, type StrategyEntry } from './types.js';

export const ALGORITHM_STRATEGIES = {
  'cache-result': {
    title: 'Cache the result of {fn}',
    action:
      'memoize {fn} ({at}) by its inputs (a Map keyed by the arguments, bounded if the key ' +
      'space is open){callerClause}, so a repeated call with the same inputs returns the stored ' +
      'result',
    guard:
      'add a test that calls {fn} twice with the same input and asserts the underlying ' +
      'computation ran once (a counter or spy), plus a benchmark of the repeated call',
    needs: { what: 'the same inputs repeat (the hit rate is not in the profile)', shownBy: ['repeated-waits'] },
    removes: 'whole-call',
    speedup: r(0.6, 0.85, 0.97),
    source: thumb(
      'a cache hit replaces the computation by a hash lookup; the miss rate bounds the gain',
    ),
  },
  'hoist-invariant': {
    title: 'Hoist invariant work out of {fn}',
    action:
      'move the work in {fn} ({at}) that does not depend on the loop variable or the request ' +
      'out of the loop (or to module load){callerClause}',
    guard: BENCH_GUARD,
    acts: 'cpu',
    removes: 'whole-call',
    speedup: r(0.4, 0.7, 0.9),
    source: thumb(
      'the invariant part runs once instead of once per iteration',
    ),
  },
  'set-lookup': {
    title: 'Use a Set for the lookup in {fn}',
    action:
      'build a Set (or Map) of the searched values once and use has() instead of ' +
      'includes()/indexOf()/find() in the loop in {fn} ({at}){callerClause}',
    guard:
      'add a benchmark of {fn} at two input sizes that fails when the time grows faster than ' +
      'linearly',
    acts: 'cpu',
    removes: 'part',
    speedup: r(0.8, 0.88, 0.99),
    source: thumb(
      'the first calibration (includes pair, Node): implied ' +
      'f 0.86–0.91 at 12,000 items',
    ),
  },
  'index-by-key': {
    title: 'Index the data once for {fn}',
    action:
      'build a Map from key to item once, outside {fn} ({at}), instead of scanning the list for ' +
      'every item{callerClause}',
    guard:
      'add a benchmark of {fn} at two input sizes that fails when the time grows faster than ' +
      'linearly',
    acts: 'cpu',
    removes: 'part',
    speedup: r(0.7, 0.9, 0.99),
    source: thumb(
      'O(n·m) scans become O(n+m)',
    ),
  },
  'sort-once': {
    title: 'Sort once instead of in the loop in {fn}',
    action:
      'sort the data once outside the loop (or keep it sorted on insert) in {fn} ' +
      '({at}){callerClause}',
    guard: BENCH_GUARD,
    acts: 'cpu',
    removes: 'part',
    speedup: r(0.5, 0.8, 0.95),
    source: thumb(
      'one O(n log n) sort instead of one per iteration',
    ),
  },
  'better-algorithm': {
    title: 'Lower the complexity of {fn}',
    action:
      'replace the algorithm in {fn} ({at}) by one of lower complexity for the input sizes ' +
      'seen{callerClause}',
    guard:
      'add a benchmark of {fn} at two input sizes that fails when the growth exceeds the new ' +
      'complexity',
    acts: 'cpu',
    removes: 'part',
    speedup: r(0.5, 0.8, 0.97),
    source: thumb(
      'at the profiled input size the better algorithm removes most of the time',
    ),
  },
  'avoid-reflection': {
    title: 'Replace reflection in {fn} with typed code',
    action:
      'use generated or hand-written typed code instead of reflection in {fn} ' +
      '({at}){callerClause}',
    guard: BENCH_GUARD,
    acts: 'cpu',
    removes: 'part',
    speedup: r(0.3, 0.6, 0.85),
    source: thumb(
      'reflection pays lookups and boxing per field',
    ),
  },
  'avoid-exceptions': {
    title: 'Stop using exceptions for control flow in {fn}',
    action:
      'return a result value instead of throwing and catching on the normal path in {fn} ' +
      '({at}){callerClause}',
    guard: BENCH_GUARD,
    acts: 'cpu',
    removes: 'part',
    speedup: r(0.3, 0.6, 0.9),
    source: thumb(
      'building a stack trace per throw dominates cheap operations',
    ),
  },
  'replace-busy-wait': {
    title: 'Stop spinning in {fn}',
    action:
      'block on an event, condition variable or promise instead of polling in a loop in {fn} ' +
      '({at}){callerClause}',
    guard:
      'add a test that {fn} uses no CPU while idle (CPU time over an idle second below a ' +
      'budget)',
    acts: 'cpu',
    removes: 'whole-call',
    speedup: r(0.7, 0.9, 0.99),
    source: thumb(
      'the spin time goes away entirely',
    ),
  },
  'offload-worker': {
    title: 'Move the CPU work in {fn} to a worker',
    action:
      'run {fn} ({at}) in a worker thread pool (worker_threads / a goroutine ' +
      'pool){callerClause}, so the main thread stays responsive',
    guard:
      'add a load test of the scenario with a p99 budget',
    acts: 'cpu',
    removes: 'part',
    speedup: r(0.3, 0.6, 0.9),
    source: thumb(
      'latency gains when cores are idle; total CPU does not fall',
    ),
  },
  'lazy-logging': {
    title: 'Format log messages in {fn} only when emitted',
    action:
      'guard the log call in {fn} ({at}) by the level check (or pass a function/format ' +
      'arguments) so the message is not built when the level is off{callerClause}',
    guard:
      'add a test that {fn} does not call the formatter when the level is off',
    acts: 'cpu',
    removes: 'whole-call',
    speedup: r(0.5, 0.8, 0.95),
    source: thumb(
      'the message formatting is skipped entirely when the level is off',
    ),
  },
  'lower-log-volume': {
    title: 'Log less on the hot path in {fn}',
    action:
      'remove or sample the per-request log lines in {fn} ({at}){callerClause}',
    guard:
      'add a test that counts log lines per request through {fn}',
    removes: 'whole-call',
    speedup: r(0.3, 0.6, 0.9),
    source: thumb(
      'fewer lines: less formatting and less I/O',
    ),
  },
} satisfies Record<string, StrategyEntry>;
