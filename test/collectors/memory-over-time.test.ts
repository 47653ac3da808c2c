// Memory readings to metrics: per-second means, the growth fit with its
// interval, the late-half fit that tells warm-up from steady growth, the
// per-request scaling and the live-heap delta.
import t from 'tap';
import { memoryMetrics, perSecond } from '../../lib/collectors/memory-over-time.js';

const window = { startMs: 10_000, endMs: 20_000 };
const every250 = (f: (s: number) => number) => Array.from({ length: 41 }, (_, i) => ({ tMs: 10_000 + i * 250, bytes: Math.round(f(i * 0.25)) }));

t.test('per-second means, relative to the window start, readings outside it left out', async (t) => {
  const points = [{ tMs: 9_000, bytes: 1 }, { tMs: 10_100, bytes: 10 }, { tMs: 10_900, bytes: 20 }, { tMs: 12_500, bytes: 40 }];
  t.same(perSecond(points, window), [{ t: 0, bytes: 15 }, { t: 2, bytes: 40 }]);
});

t.test('steady growth: slope and interval per second and per request; warm-up that levels off shows in the late fit', async (t) => {
  const steady = memoryMetrics({ series: [{ stat: 'heap_used', source: 'test', points: every250((s) => 1e6 + 2e5 * s) }], window, requests: 1000 });
  const g = steady.find((m) => m.name === 'memory_growth')!;
  t.equal(g.value, 200000);
  t.equal(g.labels!.low, 200000);
  t.equal(g.labels!.fromS, 2);
  const per = steady.find((m) => m.name === 'memory_growth_per_request')!;
  t.equal(per.value, 2000, '200 kB/s at 100 requests/s');
  t.equal(steady.filter((m) => m.name === 'memory_over_time').length, 11);

  const warm = memoryMetrics({ series: [{ stat: 'rss', source: 'test', points: every250((s) => 1e6 * Math.min(s, 6)) }], window });
  const w = warm.find((m) => m.name === 'memory_growth')!;
  t.ok(w.value > 0, 'grows over the fit');
  t.equal(w.labels!.lateSlope, 0, 'flat in the second half');
  t.notOk(warm.some((m) => m.name === 'memory_growth_per_request'), 'no requests, no per-request growth');
});

t.test('too few readings: no growth claimed; the live delta where the runtime gives one', async (t) => {
  const few = memoryMetrics({ series: [{ stat: 'rss', source: 'test', points: [{ tMs: 15_000, bytes: 5 }], live: { start: 100, end: 350, source: 'gc' } }], window, requests: 50 });
  t.notOk(few.some((m) => m.name === 'memory_growth'));
  t.same(few.filter((m) => m.name.startsWith('memory_retained')).map((m) => [m.name, m.value]), [['memory_retained', 250], ['memory_retained_per_request', 5]]);
});
