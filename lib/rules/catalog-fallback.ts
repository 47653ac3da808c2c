// The catalog's last rules: what a group is when no specific rule explained
// it. Every group above the floor becomes a bottleneck, so nothing hot is
// dropped for lack of a known cause.

import { CONTENTION, HOT_FUNCTION } from './thresholds.js';
import type { Rule } from './types.js';

const ALL = ['node', 'go', 'java', 'python', 'native'] as const;

export const FALLBACK_RULES: Rule[] = [
  {
    id: 'allocation-hotspot', runtimes: ALL, match: { kinds: ['alloc', 'heap'], fallback: true }, minShare: HOT_FUNCTION,
    category: 'memory', cause: 'allocation-hotspot',
    explain: 'this function (with the library code it calls) allocates this share of all memory',
    evidence: 'allocated bytes (or objects) charged to the function and its share',
    strategies: ['reduce-allocations', 'reuse-buffers', 'object-pooling'],
  },
  {
    id: 'lock-contention', runtimes: ALL, match: { kinds: ['lock'], fallback: true }, minShare: CONTENTION,
    category: 'lock', cause: 'lock-contention',
    explain: 'threads wait for a lock held here',
    evidence: 'the contention delay charged to the function and its share',
    strategies: ['shrink-critical-section', 'shard-lock', 'lock-free'],
  },
  {
    id: 'blocking', runtimes: ALL, match: { kinds: ['block'], fallback: true }, minShare: CONTENTION,
    category: 'lock', cause: 'blocking',
    explain: 'goroutines or threads block here (channels, conditions, I/O)',
    evidence: 'the blocked time charged to the function and its share',
    strategies: ['buffered-channel', 'shrink-critical-section'],
  },
  {
    id: 'hot-function', runtimes: ALL, match: { kinds: ['cpu', 'wall'], fallback: true }, minShare: HOT_FUNCTION,
    category: 'cpu', cause: 'hot-function',
    explain: 'computation in this function (and the runtime code it calls) that no specific rule explains',
    evidence: 'the share charged to the function and its hottest lines',
    strategies: ['better-algorithm', 'cache-result', 'hoist-invariant'],
  },
];
