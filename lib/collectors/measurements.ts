// What a run measured, as metric values with the names and units of
// docs/contracts.md ("Metrics"). Pure: the numbers in, the list out, in a
// fixed order.

import type { CpuReading } from './process-tree.js';
import type { HttpLoadResult } from './load-http.js';
import { constants } from 'node:os';

export interface MetricValue {
  name: string;
  value: number;
  unit: string;
  labels?: Record<string, string | number | boolean>;
}

export interface Measured {
  wallS?: number;
  cpu?: CpuReading;
  peakRss?: number;
  exit?: { code: number | null; signal: string | null; stoppedByUs: boolean };
  http?: HttpLoadResult;
}

const round = (n: number, digits = 6) => Number(n.toFixed(digits));

export function measurementMetrics(m: Measured): MetricValue[] {
  const out: MetricValue[] = [];
  if (m.wallS !== undefined) out.push({ name: 'wall_time', value: round(m.wallS, 3), unit: 's' });
  if (m.exit) {
    const labels: MetricValue['labels'] = {};
    if (m.exit.signal) labels.signal = m.exit.signal;
    if (m.exit.stoppedByUs) labels.stoppedBy = 'perf-collect';
    const value = m.exit.code ?? exitForSignal(m.exit.signal);
    out.push({ name: 'exit_code', value, unit: '', ...(Object.keys(labels).length ? { labels } : {}) });
  }
  if (m.cpu) {
    out.push({ name: 'cpu_user', value: round(m.cpu.userS, 2), unit: 's' });
    out.push({ name: 'cpu_system', value: round(m.cpu.systemS, 2), unit: 's' });
  }
  if (m.peakRss) out.push({ name: 'peak_rss', value: m.peakRss, unit: 'bytes' });
  const h = m.http;
  if (h) {
    out.push({ name: 'http_requests', value: h.completed, unit: 'count' });
    // CPU time of the target per request: the cost of the work, steadier than latency on a loaded machine.
    if (m.cpu && h.completed > 0) out.push({ name: 'cpu_per_request', value: round(((m.cpu.userS + m.cpu.systemS) * 1000) / h.completed, 6), unit: 'ms' });
    out.push({ name: 'http_requests_per_sec', value: round(h.requestsPerSec, 2), unit: 'req/s' });
    for (const [p, v] of Object.entries(h.latencyMs)) out.push({ name: `http_latency_${p}`, value: round(v, 3), unit: 'ms' });
    out.push({ name: 'http_errors', value: h.errors, unit: '' });
    out.push({ name: 'http_non2xx', value: h.non2xx, unit: '' });
    out.push({ name: 'http_bytes', value: h.bytes, unit: 'bytes' });
    for (const s of h.overTime) {
      out.push({ name: 'http_latency_over_time', value: round(s.p50, 3), unit: 'ms', labels: { t: s.t, stat: 'p50' } });
      out.push({ name: 'http_latency_over_time', value: round(s.p99, 3), unit: 'ms', labels: { t: s.t, stat: 'p99' } });
    }
  }
  return out;
}

/** 128 + the signal number, as a shell reports a command killed by it (130 for SIGINT). */
export function exitForSignal(signal: unknown): number {
  const number = (constants.signals as Record<string, number>)[String(signal)];
  return number ? 128 + number : 130;
}
