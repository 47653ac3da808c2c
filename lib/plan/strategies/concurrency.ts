// Strategies for contention: locks, monitors, channels and queues.

import { BENCH_GUARD, r, thumb, type StrategyEntry } from './types.js';

export const CONCURRENCY_STRATEGIES = {
  'shrink-critical-section': {
    title: 'Hold the lock in {fn} for less time',
    action:
      'move the work that does not touch shared state out of the critical section in {fn} ' +
      '({at}){callerClause}',
    guard:
      'add a contention benchmark (N goroutines/threads calling {fn}) with a throughput floor',
    removes: 'part',
    speedup: r(0.2, 0.5, 0.8),
    source: thumb(
      'wait time falls with the time the lock is held',
    ),
  },
  'shard-lock': {
    title: 'Split the hot lock in {fn}',
    action:
      'stripe the lock guarding the state in {fn} ({at}) by key (N shards){callerClause}',
    guard:
      'add a contention benchmark of {fn} with a throughput floor',
    removes: 'part',
    speedup: r(0.3, 0.6, 0.85),
    source: thumb(
      'contention falls roughly by the number of shards when keys spread evenly',
    ),
  },
  'lock-free': {
    title: 'Replace the mutex in {fn} with atomics or snapshots',
    action:
      'use an atomic value or an immutable snapshot swapped on write for the read path in {fn} ' +
      '({at}){callerClause}',
    guard:
      'add a contention benchmark of {fn} with a throughput floor, run with the race detector',
    removes: 'part',
    speedup: r(0.4, 0.7, 0.9),
    source: thumb(
      'readers stop waiting for each other',
    ),
  },
  'buffered-channel': {
    title: 'Buffer the hand-off in {fn}',
    action:
      'give the channel/queue used in {fn} ({at}) a buffer or hand items over in ' +
      'batches{callerClause}',
    guard:
      'add a benchmark of the producer/consumer pair with a throughput floor',
    removes: 'part',
    speedup: r(0.2, 0.5, 0.8),
    source: thumb(
      'producers block less often when the consumer is briefly slower',
    ),
  },
} satisfies Record<string, StrategyEntry>;
