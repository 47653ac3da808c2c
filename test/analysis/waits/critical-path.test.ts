// The critical-path arithmetic of the wait plans, on hand-checked timelines.
import t from 'tap';
import { makespanNs, projectedLatency, quantile, sequentialRatio, summarize, unionNs } from '../../../lib/analysis/waits/critical-path.js';

const ms = 1e6;
const chain = (n: number, each: number) => Array.from({ length: n }, (_, i) => ({ atNs: i * each, durNs: each }));

t.test('union counts overlapping time once', async (t) => {
  t.equal(unionNs(chain(12, 4 * ms)), 48 * ms, 'sequential: the sum');
  t.equal(unionNs([{ atNs: 0, durNs: 10 }, { atNs: 5, durNs: 10 }, { atNs: 30, durNs: 5 }]), 20);
  t.equal(unionNs([{ atNs: 0, durNs: 10 }, { atNs: 2, durNs: 3 }]), 10, 'nested');
  t.equal(unionNs([]), 0);
});

t.test('makespan on a bounded number of lanes', async (t) => {
  const twelve = Array(12).fill(4 * ms);
  t.equal(makespanNs(twelve, 12), 4 * ms, 'all at once: one call long');
  t.equal(makespanNs(twelve, 10), 8 * ms, '10 in flight: two rounds');
  t.equal(makespanNs(twelve, 4), 12 * ms, '4 in flight: three rounds');
  t.equal(makespanNs(twelve, 1), 48 * ms, 'one lane: the sum');
  t.equal(makespanNs([], 4), 0);
});

t.test('sequential ratio tells a loop of awaits from Promise.all', async (t) => {
  t.equal(sequentialRatio(chain(12, ms)), 1);
  t.equal(sequentialRatio(Array.from({ length: 12 }, (_, i) => ({ atNs: i * 1000, durNs: ms }))), 0, 'started together');
  t.equal(sequentialRatio([{ atNs: 0, durNs: ms }]), 0, 'one wait is not a sequence');
});

t.test('projected latency and summaries', async (t) => {
  // 60 ms request, 48 ms of it in 12 sequential 4 ms calls; concurrently they take 4 ms.
  t.equal(projectedLatency(60 * ms, chain(12, 4 * ms), 4 * ms), 16 * ms);
  t.equal(quantile([5, 1, 4, 2, 3], 0.5), 3);
  t.equal(quantile([1, 2, 3, 4, 100], 0.99), 100);
  t.same(summarize([10, 20, 30]), { p50: 20, p90: 30, p99: 30, mean: 20 });
});

t.test('per-second statistics: the median over seconds of each second\'s percentile, as the main metric is compared', async (t) => {
  // Second 1/0 holds a stalled request (100); seconds 1/1 and 2/0 do not: the pooled p99 is the stall, the per-second median is not.
  const latencies = [10, 12, 100, 11, 13, 10, 12];
  const seconds = ['1/0', '1/0', '1/0', '1/1', '1/1', '2/0', '2/0'];
  const s = summarize(latencies, seconds);
  t.equal(s.p99, 100, 'pooled');
  t.equal(s.p99PerSecond, 13, 'per-second p99s 100, 13, 12: their median');
  t.equal(s.p50PerSecond, 11, 'per-second p50s 12, 11, 10: their median');
  t.equal(summarize(latencies).p99PerSecond, undefined, 'no seconds known: none');
  t.equal(summarize(latencies, [...seconds.slice(1), undefined]).p99PerSecond, undefined, 'a request without its second: none');
});
