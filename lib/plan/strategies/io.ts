// Strategies for I/O: files, syscalls, network round trips, module loading.

import { BENCH_GUARD, r, thumb, type StrategyEntry } from './types.js';

export const IO_STRATEGIES = {
  'async-io': {
    title: 'Make the I/O in {fn} non-blocking',
    action:
      'replace the *Sync call in {fn} ({at}) by its promise API (fs/promises) and await ' +
      'it{callerClause}, so the event loop serves other requests while the I/O waits',
    guard:
      'add a lint rule or test that forbids *Sync calls in {fn}, and a load test of the ' +
      'scenario with a latency budget',
    runtimes: ['node', 'python'],
    removes: 'part',
    speedup: r(0.3, 0.6, 0.9),
    source: thumb(
      'under concurrent load the blocked wall time becomes overlap; with no concurrency it ' +
      'gains nothing',
    ),
  },
  'cache-file-read': {
    title: 'Read the file in {fn} once',
    action:
      'read the file once at start-up (or on first use, then keep it) instead of on every call ' +
      'in {fn} ({at}){callerClause}; reload on change only if it can change',
    guard:
      'add a test that calls {fn} twice and asserts the file was opened once (spy on ' +
      'fs.readFileSync), and a benchmark of {fn}',
    removes: 'whole-call',
    speedup: r(0.7, 0.85, 1.05),
    source: thumb(
      'the first calibration (readfile pair, Node): implied ' +
      'f 0.7–0.94 at the analyzer\'s share: the open/read/close syscalls go, the lookup stays',
    ),
  },
  'async-crypto-zlib': {
    title: 'Move crypto/zlib in {fn} off the event loop',
    action:
      'use the async (callback/promise) form of the crypto or zlib call in {fn} ({at}), which ' +
      'runs on the libuv thread pool{callerClause}',
    guard:
      'add a load test of the scenario with a p99 budget',
    runtimes: ['node'],
    acts: 'cpu',
    removes: 'part',
    speedup: r(0.3, 0.6, 0.9),
    source: thumb(
      'the work still happens, on the thread pool; the event loop time goes away when cores are ' +
      'free',
    ),
  },
  'batch-io': {
    title: 'Batch the I/O in {fn}',
    action:
      'gather the small reads/writes in {fn} ({at}) into fewer larger operations{callerClause}',
    guard:
      'add a test that counts the I/O calls per request in {fn} and asserts the batched count',
    removes: 'part',
    speedup: r(0.3, 0.6, 0.85),
    source: thumb(
      'per-operation overhead (syscall, round trip) dominates small I/O',
    ),
  },
  'buffer-writes': {
    title: 'Buffer the writes in {fn}',
    action:
      'write through a buffered writer (collect chunks, flush at a size threshold) instead of ' +
      'one write per item in {fn} ({at}){callerClause}',
    guard:
      'add a test that counts the write calls of {fn} for N items and asserts O(N / buffer ' +
      'size)',
    removes: 'part',
    speedup: r(0.5, 0.8, 0.95),
    source: thumb(
      'one syscall per small write costs microseconds; a buffer amortises it',
    ),
  },
  'connection-pooling': {
    title: 'Reuse connections in {fn}',
    action:
      'use a pooled client/keep-alive agent created once instead of opening a connection per ' +
      'call in {fn} ({at}){callerClause}',
    guard:
      'add a test that counts new connections for N calls of {fn} (expect ≤ pool size)',
    removes: 'part',
    speedup: r(0.3, 0.6, 0.85),
    source: thumb(
      'the handshake (TCP, TLS) is paid once per pooled connection',
    ),
  },
  'batch-queries': {
    title: 'Batch the queries in {fn}',
    action:
      'load the rows for all items with one query (WHERE id IN …) instead of one query per item ' +
      'in {fn} ({at}){callerClause}',
    guard:
      'add a test that counts queries for N items through {fn} (expect a constant)',
    needs: { what: 'the backend can answer many items in one call (WHERE id IN …, a /items?ids= endpoint)' },
    removes: 'whole-call',
    speedup: r(0.5, 0.8, 0.95),
    source: thumb(
      'N round trips become one',
    ),
  },
  'lazy-load': {
    title: 'Load what {fn} needs on first use',
    action:
      'import the module used by {fn} ({at}) on first use instead of at start-up{callerClause}',
    guard:
      'add a start-up time benchmark with a budget',
    removes: 'whole-call',
    speedup: r(0.3, 0.6, 0.9),
    source: thumb(
      'start-up no longer pays for modules it does not use',
    ),
  },
} satisfies Record<string, StrategyEntry>;
