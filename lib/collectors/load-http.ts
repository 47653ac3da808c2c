// The `http` load: autocannon, in process, against the scenario's URL.
// Besides autocannon's summary we keep each response's latency per second of
// load, for the report's latency-over-time chart.

import autocannon, { type Result } from 'autocannon';
import type { LoadSpec } from './types.js';

export type HttpLoad = Extract<LoadSpec, { kind: 'http' }>;
export const DEFAULT_CONNECTIONS = 10;
export const DEFAULT_HTTP_DURATION_S = 10;
/** A request with no response after this long counts as a timeout (autocannon's own default). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

export interface HttpLoadResult {
  durationS: number;
  completed: number;
  requestsPerSec: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  errors: number;
  non2xx: number;
  /** Requests that got no response within the request timeout. */
  timeouts: number;
  /** Requests sent; those neither answered nor timed out were still pending when the load ended. */
  sent: number;
  bytes: number;
  /** Per second of load: latency percentiles of the responses that arrived in it. */
  overTime: { t: number; p50: number; p99: number }[];
  /** Every response's latency in ms, sorted (to pool repeats). */
  latencies: number[];
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function describeHttpLoad(load: HttpLoad, durationS: number): string {
  const amount = load.amount !== undefined ? `${load.amount} requests` : `${durationS} s`;
  const paths = load.paths ? ` over ${load.paths.join(', ')}` : '';
  return `http: ${load.method ?? 'GET'} ${load.url}${paths}, ${load.connections ?? DEFAULT_CONNECTIONS} connections, ${amount}${
    load.rate ? ` at ${load.rate} req/s` : ''
  }`;
}

/** autocannon's histogram holds whole milliseconds; ours keeps each response's exact time. */
function summary(sorted: number[]): HttpLoadResult['latencyMs'] {
  return { p50: percentile(sorted, 50), p90: percentile(sorted, 90), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? 0 };
}

export interface HttpLoadControl {
  /** Stops the load early, with what was measured so far. */
  signal: AbortSignal;
  /** The real clock in epoch ms (io.clock): which second of load each response falls in. */
  clock(): number;
  /** Each second's request count, as autocannon ticks. */
  onSecond?(requests: number): void;
}

/** Drive load for durationS (or load.amount requests). */
export function runHttpLoad(load: HttpLoad, durationS: number, control: HttpLoadControl): Promise<HttpLoadResult> {
  const { signal, clock, onSecond } = control;
  const perSecond: number[][] = [];
  let bytes = 0;
  const started = clock();
  return new Promise((resolve, reject) => {
    // autocannon treats a present-but-undefined key as a value: leave unset ones out.
    const base = Object.fromEntries(Object.entries({ method: load.method ?? 'GET', headers: load.headers, body: load.body }).filter(([, v]) => v !== undefined));
    const instance = autocannon(
      {
        url: load.url,
        ...base,
        connections: load.connections ?? DEFAULT_CONNECTIONS,
        timeout: (load.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS) / 1000,
        ...(load.amount !== undefined ? { amount: load.amount } : { duration: durationS }),
        ...(load.rate !== undefined ? { overallRate: load.rate } : {}),
        ...(load.paths ? { requests: load.paths.map((path) => ({ ...base, path })) } : {}),
      },
      (err: Error | null, result: Result) => {
        signal.removeEventListener('abort', stop);
        if (err) return reject(err);
        const completed = result.totalCompletedRequests ?? perSecond.reduce((n, s) => n + s.length, 0);
        const latencies = perSecond.flat().sort((a, b) => a - b);
        const elapsedS = Math.max((clock() - started) / 1000, 1e-3);
        resolve({
          durationS: elapsedS,
          completed,
          requestsPerSec: completed / elapsedS,
          latencyMs: summary(latencies),
          errors: result.errors,
          non2xx: result.non2xx,
          timeouts: result.timeouts ?? 0,
          sent: result.totalRequests ?? completed,
          bytes,
          overTime: perSecond.flatMap((lat, t) => {
            if (!lat || lat.length === 0) return [];
            const sorted = [...lat].sort((a, b) => a - b);
            return [{ t, p50: percentile(sorted, 50), p99: percentile(sorted, 99) }];
          }),
          latencies,
        });
      },
    );
    const stop = () => instance.stop();
    signal.addEventListener('abort', stop, { once: true });
    instance.on('response', (_client: unknown, _status: number, resBytes: number, responseTime: number) => {
      const t = Math.floor((clock() - started) / 1000);
      (perSecond[t] ??= []).push(responseTime);
      bytes += resBytes;
    });
    instance.on('tick', (tick: { counter: number }) => onSecond?.(tick.counter));
  });
}
