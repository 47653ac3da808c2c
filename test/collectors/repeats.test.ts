// --repeat N told as one run: pooled metrics (sums, percentiles over every
// response), the same metrics per repeat, the per-second series continuing
// across repeats with its repeat label, and profiles merged with each
// sample labelled by its repeat.
import t from 'tap';
import { mergeRepeats } from '../../lib/collectors/repeats.js';
import type { HttpLoadResult } from '../../lib/collectors/load-http.js';
import type { RunOutcome } from '../../lib/collectors/run-phases.js';
import { ProfileBuilder } from '../../lib/model/builder.js';

function http(latencies: number[], seconds: number): HttpLoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    durationS: seconds, completed: latencies.length, requestsPerSec: latencies.length / seconds, latencyMs: { p50: 0, p90: 0, p99: 0, max: 0 },
    errors: 0, non2xx: 0, timeouts: 0, sent: latencies.length, bytes: 10 * latencies.length,
    overTime: Array.from({ length: seconds }, (_, t) => ({ t, p50: sorted[0]!, p99: sorted[sorted.length - 1]! })), latencies: sorted,
  };
}
function outcome(latencies: number[], cpuS: number, fn: string): RunOutcome {
  const b = new ProfileBuilder({ sampleTypes: [{ type: 'samples', unit: 'count' }], durationNs: 2e9 });
  b.addSample([b.frameId({ name: fn, file: 'a.js', line: 1, column: 0 })], [3]);
  const measured = { wallS: 2, cpu: { userS: cpuS, systemS: 0 }, peakRss: 100, http: http(latencies, 2) };
  return { metrics: [], profiles: [{ kind: 'cpu', sourceFormat: 'v8-cpuprofile', profile: b.build(), label: '1-cpu' }], notes: ['slow start'], exitCode: 0, measured };
}

t.test('two repeats as one run', async (t) => {
  const merged = mergeRepeats([outcome([1, 2, 3, 4], 0.4, 'a'), outcome([10, 20], 0.2, 'b')]);
  const get = (name: string, labels?: Record<string, unknown>) => merged.metrics.filter((m) => m.name === name && JSON.stringify(m.labels ?? {}) === JSON.stringify(labels ?? {})).map((m) => m.value);
  t.same(get('http_requests'), [6], 'pooled requests');
  t.same(get('http_requests', { repeat: 1 }), [4]);
  t.same(get('http_requests', { repeat: 2 }), [2]);
  t.same(get('wall_time'), [4]);
  t.same(get('http_latency_max'), [20], 'percentiles over every response of both repeats');
  t.same(get('cpu_per_request', { repeat: 1 }), [100], '0.4 s over 4 requests');
  t.same(get('cpu_per_request'), [100]);
  const seconds = merged.metrics.filter((m) => m.name === 'http_latency_over_time' && m.labels!['stat'] === 'p99').map((m) => [m.labels!['t'], m.labels!['repeat']]);
  t.same(seconds, [[0, 1], [1, 1], [2, 2], [3, 2]], 'the per-second series runs on, each second labelled with its repeat');
  t.equal(merged.profiles.length, 1, 'one profile per kind and slot');
  const p = merged.profiles[0]!.profile;
  t.same(p.samples.map((s) => [p.frames[s.stack[0]!]!.name, s.labels]), [['a', { repeat: '1' }], ['b', { repeat: '2' }]]);
  t.equal(p.durationNs, 4e9);
  t.same(merged.notes, ['repeat 1: slow start', 'repeat 2: slow start']);
  t.equal(mergeRepeats([outcome([1], 0.1, 'a')]).metrics.length, 0, 'one repeat: passed through as it is');
});
