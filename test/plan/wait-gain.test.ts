// The critical-path gain, read off the load's latency: in proportion in the
// process the load talks to (its requests are the load's), as milliseconds
// removed from the load's latency in a process behind it (a part of them).
import t from 'tap';
import { loadPortOf, waitGain } from '../../lib/plan/wait-gain.js';

const summary = (p50: number) => ({ p50, p90: p50, p99: p50, mean: p50 });
/** A wait bottleneck's (or its finding's) waits field. */
const waits = (servedOn: number[]) => ({
  latencyMs: summary(60),
  breakdown: { servedOn },
  projections: { 'run-concurrently': { low: summary(30), expected: summary(15), high: summary(10), how: 'overlapped' } },
});
// The load sees 100 ms where the server saw 60: 40 ms outside the server's view.
const basis = { key: 'main', metric: 'http_latency_p50', label: 'p50', current: 100, unit: 'ms', direction: 'lower-is-better' as const };

t.test('the process the load talks to: the load latency falls in proportion; the low end keeps the outside time', async (t) => {
  const g = waitGain(waits([8080]), 'run-concurrently', basis, 8080)!;
  t.equal(g.p, 0.75, '60 -> 15 ms removes 75%');
  t.equal(Math.round(g.f.low * g.p * 100), 30, 'low: (60 - 30) ms of 100 ms');
  t.equal(Math.round(g.f.high * g.p * 1000) / 10, 83.3, 'high: 60 -> 10 ms in proportion');
  t.match(g.how, /falls in proportion \(this process serves the load; at the low end its 40 ms outside the server stay\)/);
});

t.test('a process behind it, or one whose port is unknown: milliseconds removed over the load latency', async (t) => {
  for (const [served, port] of [[[9090], 8080], [[8080], undefined]] as const) {
    const g = waitGain(waits([...served]), 'run-concurrently', basis, port)!;
    t.equal(g.p, 0.45, '(60 - 15) ms of 100 ms');
    t.match(g.how, /the ms removed are taken over http_latency_p50 = 100 ms/);
  }
});

t.test('the load port from the run record\'s scenario', async (t) => {
  t.equal(loadPortOf({ name: 's', load: 'http', connections: 4, port: 3457 }), 3457);
  t.equal(loadPortOf({ name: 's', load: 'command' }), undefined);
  t.equal(loadPortOf({ name: 's', load: 'http' }), undefined, 'a record from before the port was kept');
  t.equal(loadPortOf(undefined), undefined);
});
