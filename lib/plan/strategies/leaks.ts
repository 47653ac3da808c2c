// Strategies for memory leaks: the fraction is of the memory growth the leak
// causes (estimated in memory, not latency; lib/plan/leak-estimate.ts).

import { r, thumb, type StrategyEntry } from './types.js';

export const LEAK_STRATEGIES = {
  'bound-cache': {
    title: 'Bound the memory kept by {fn}',
    action:
      'give the collection {fn} ({at}) fills a size limit with eviction (an LRU such as ' +
      'lru-cache with max, a Map trimmed to N entries, Caffeine/Guava maximumSize, a fixed-size ' +
      'ring) or a time to live, so it stops growing with every request{callerClause}',
    guard:
      'add a test that sends many requests and asserts the cache size (or the heap after GC) ' +
      'stays below the bound',
    removes: 'part',
    speedup: r(0.9, 0.98, 1),
    source: thumb(
      'a bounded cache stops growing once full: what it keeps is its bound, not one entry per ' +
      'request',
    ),
  },
  'release-references': {
    title: 'Release what {fn} keeps after use',
    action:
      'drop the references {fn} ({at}) leaves behind once a request is done: remove event ' +
      'listeners, clear timers and intervals, delete map entries and close over ' +
      'less{callerClause}',
    guard:
      'add a test that runs many requests, forces a GC and asserts the live heap returns to its ' +
      'level before them',
    removes: 'part',
    speedup: r(0.8, 0.95, 1),
    source: thumb(
      'what is no longer referenced is collected at the next GC',
    ),
  },
  'stream-not-accumulate': {
    title: 'Stream instead of accumulating in {fn}',
    action:
      'process the items {fn} ({at}) collects as they arrive (a stream, a generator, paged ' +
      'queries) instead of keeping them all in memory{callerClause}',
    guard:
      'add a test with a large input that asserts peak heap stays flat as the input grows',
    removes: 'part',
    speedup: r(0.7, 0.9, 1),
    source: thumb(
      'memory then grows with the batch in flight, not with the total',
    ),
  },
} satisfies Record<string, StrategyEntry>;
