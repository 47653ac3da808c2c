// Strategies for request waits (lib/analysis/waits: sequential, cacheable or
// slow waits on the request's critical path). Their gain comes from the
// critical-path projection the wait bottleneck carries (lib/plan/wait-gain.ts),
// not from a calibrated factor; the priors here only stand in where a
// bottleneck has no projection for the strategy. Every runtime can overlap
// waits and answer before a side effect, so none is excluded; the idioms
// differ (Promise.all, goroutines, CompletableFuture, asyncio.gather).

import { r, thumb, type StrategyEntry } from './types.js';

export const WAIT_STRATEGIES = {
  'run-concurrently': {
    title: 'Run the sequential waits in {fn} concurrently',
    action:
      'start the independent calls in {fn} ({at}) together and await them at once (Promise.all ' +
      'over the items, at most 10 in flight with a limiter such as p-limit){callerClause}, instead ' +
      'of awaiting each before starting the next',
    guard:
      'add a test that the calls made by {fn} for one request overlap (record start and end ' +
      'times of a fake backend), and a load test of the scenario with a latency budget',
    byRuntime: {
      go: {
        action:
          'start the independent calls in {fn} ({at}) in goroutines of an errgroup.Group with ' +
          'SetLimit(10) and Wait for them together{callerClause}, instead of making each call ' +
          'after the last one returned',
      },
      java: {
        action:
          'submit the independent calls in {fn} ({at}) as CompletableFuture.supplyAsync tasks on ' +
          'a bounded executor and join them together (CompletableFuture.allOf){callerClause}, ' +
          'instead of making each call after the last one returned',
      },
      python: {
        action:
          'run the independent calls in {fn} ({at}) together (asyncio.gather with a Semaphore of ' +
          '10, or a ThreadPoolExecutor.map for blocking clients){callerClause}, instead of making ' +
          'each call after the last one returned',
      },
    },
    removes: 'part',
    speedup: r(0.5, 0.8, 0.92),
    source: thumb('N sequential round trips become about one, bounded by the slowest'),
  },
  'move-off-request-path': {
    title: 'Take the wait in {fn} off the request path',
    action:
      'answer the request before the wait in {fn} ({at}) completes (do it after the response, ' +
      'or hand it to a queue or background job){callerClause}, when the response does not need ' +
      'its result',
    guard:
      'add a test that the response is sent before the operation in {fn} completes, and that ' +
      'the operation still happens',
    needs: { what: "the response does not need the wait's result" },
    removes: 'whole-call',
    speedup: r(0.5, 0.9, 1),
    source: thumb('the wait leaves the latency entirely when nothing in the response depends on it'),
  },
  'add-timeout': {
    title: 'Bound the wait in {fn} with a timeout',
    action:
      'give the call in {fn} ({at}) a timeout near its usual p90 (AbortSignal.timeout, a client ' +
      'option) with a fallback answer{callerClause}, so a slow dependency no longer holds the ' +
      'request for its whole tail',
    guard:
      'add a test with a backend that never answers: the request must finish within the timeout ' +
      'with the fallback',
    byRuntime: {
      go: {
        action:
          'give the call in {fn} ({at}) a deadline near its usual p90 (context.WithTimeout, or ' +
          'the http.Client Timeout) with a fallback answer{callerClause}, so a slow dependency no ' +
          'longer holds the request for its whole tail',
      },
      java: {
        action:
          'give the call in {fn} ({at}) a timeout near its usual p90 (HttpClient request ' +
          'timeout, Future.get with a timeout, orTimeout) with a fallback answer{callerClause}, so ' +
          'a slow dependency no longer holds the request for its whole tail',
      },
      python: {
        action:
          'give the call in {fn} ({at}) a timeout near its usual p90 (the client\'s timeout= ' +
          'argument, asyncio.wait_for) with a fallback answer{callerClause}, so a slow dependency ' +
          'no longer holds the request for its whole tail',
      },
    },
    removes: 'part',
    speedup: r(0, 0.2, 0.5),
    source: thumb('only the tail above the timeout is cut; the median is unchanged'),
  },
} satisfies Record<string, StrategyEntry>;
