// The load model: closed loop follows Amdahl (Little's law), a fixed rate
// queues, so latency falls faster than CPU time near saturation.
import t from 'tap';
import { loadModelOf, metricGainPct } from '../../lib/plan/load-model.js';
import { metric, runRecord } from './records.js';

t.test('the model comes from the run record and its metrics', async (t) => {
  t.same(loadModelOf(runRecord({ scenario: { name: 's', load: 'http', connections: 10 } }), []), { kind: 'closed-loop', connections: 10 });
  t.same(loadModelOf(runRecord({ scenario: { name: 's', load: 'none' } }), []), { kind: 'none' });
  const open = loadModelOf(runRecord({ scenario: { name: 's', load: 'http', connections: 10, rate: 200 } }), [metric('cpu_user', 7, 's'), metric('cpu_system', 1, 's'), metric('wall_time', 10, 's')]);
  t.same(open, { kind: 'fixed-rate', rate: 200, utilization: 0.8 }, 'utilisation = CPU time / wall time');
});

t.test('closed loop: latency falls by p·f, throughput rises by 1/(1 − p·f) − 1', async (t) => {
  t.equal(metricGainPct(0.3, 'lower-is-better', 'http_latency_p99', { kind: 'closed-loop' }), 30);
  t.equal(metricGainPct(0.3, 'higher-is-better', 'http_requests_per_sec', { kind: 'closed-loop' }), 42.86);
});

t.test('fixed rate: M/M/1 latency gain exceeds the CPU gain near saturation, and throughput stays at the rate', async (t) => {
  const at = (rho: number) => metricGainPct(0.3, 'lower-is-better', 'http_latency_p99', { kind: 'fixed-rate', rate: 100, utilization: rho });
  t.ok(at(0.9) > 30 && at(0.9) > at(0.5) && at(0.5) > at(0.1), `${at(0.1)} < ${at(0.5)} < ${at(0.9)}, above 30 near saturation`);
  // R'/R = (1 − x)(1 − ρ) / (1 − ρ(1 − x)) with x = 0.3, ρ = 0.9: 0.7·0.1 / 0.37
  t.equal(at(0.9), Math.round(10000 * (1 - (0.7 * 0.1) / 0.37)) / 100);
  t.equal(metricGainPct(0.3, 'higher-is-better', 'http_requests_per_sec', { kind: 'fixed-rate', rate: 100, utilization: 0.5 }), 0);
});
