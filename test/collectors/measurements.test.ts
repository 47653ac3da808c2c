// What a run measured, as metrics in a fixed order with the contracts' names and units
// (the one test of measurementMetrics).
import t from 'tap';
import { exitForSignal, measurementMetrics } from '../../lib/collectors/measurements.js';

t.test('wall, exit, cpu, rss, then http: rounded, labelled', async (t) => {
  const metrics = measurementMetrics({
    wallS: 3.00049,
    exit: { code: null, signal: 'SIGTERM', stoppedByUs: true },
    cpu: { userS: 1.234, systemS: 0.056 },
    peakRss: 5e7,
    http: {
      durationS: 3,
      completed: 300,
      requestsPerSec: 99.999,
      latencyMs: { p50: 1.2346, p90: 5.55555, p99: 9.8765, max: 12 },
      errors: 0,
      non2xx: 1,
      timeouts: 0,
      sent: 300,
      bytes: 10,
      overTime: [{ t: 0, p50: 1, p99: 2 }],
      latencies: [],
    },
  });
  t.same(metrics.map((m) => `${m.name}=${m.value}${m.unit}${m.labels ? JSON.stringify(m.labels) : ''}`), [
    'wall_time=3s',
    'exit_code=143{"signal":"SIGTERM","stoppedBy":"perf-collect"}',
    'cpu_user=1.23s',
    'cpu_system=0.06s',
    'peak_rss=50000000bytes',
    'http_requests=300count',
    'cpu_per_request=4.3ms', // (1.234 + 0.056) s of CPU over 300 requests
    'http_requests_per_sec=100req/s',
    'http_latency_p50=1.235ms',
    'http_latency_p90=5.556ms',
    'http_latency_p99=9.877ms',
    'http_latency_max=12ms',
    'http_errors=0',
    'http_non2xx=1',
    'http_bytes=10bytes',
    'http_latency_over_time=1ms{"t":0,"stat":"p50"}',
    'http_latency_over_time=2ms{"t":0,"stat":"p99"}',
  ]);
  t.same(measurementMetrics({}), []);
});

t.test('no CPU per request without requests or without CPU times', async (t) => {
  const http = { requestsPerSec: 0, latencyMs: { p50: 0, p99: 0 }, errors: 0, non2xx: 0, bytes: 0, completed: 0, overTime: [] } as never;
  t.notOk(measurementMetrics({ cpu: { userS: 1, systemS: 0 }, http }).some((m) => m.name === 'cpu_per_request'), 'zero requests: no division by zero');
  t.notOk(measurementMetrics({ http: { ...(http as object), completed: 10 } as never }).some((m) => m.name === 'cpu_per_request'), 'no CPU measured');
});

t.test('a signal as a shell reports it: 128 + its number', async (t) => {
  t.same([exitForSignal('SIGINT'), exitForSignal('SIGTERM'), exitForSignal('SIGKILL'), exitForSignal(undefined)], [130, 143, 137, 130]);
});
