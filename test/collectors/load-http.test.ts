// The http load: real autocannon against a real server in this process. Every
// response the server sent is counted once, paths are rotated, the clock that
// places responses in seconds is the one passed in, and an abort stops the load
// with what was measured.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import t from 'tap';
import { describeHttpLoad, percentile, runHttpLoad } from '../../lib/collectors/load-http.js';

/** A server answering 200 on /ok and 404 elsewhere, counting requests by path. */
async function countingServer(onRequest?: (served: number) => void): Promise<{ url: string; byPath: Map<string, number>; close(): Promise<void> }> {
  const byPath = new Map<string, number>();
  let served = 0;
  const server: Server = createServer((req, res) => {
    byPath.set(req.url ?? '', (byPath.get(req.url ?? '') ?? 0) + 1);
    res.statusCode = req.url === '/ok' ? 200 : 404;
    res.end('x'.repeat(10));
    onRequest?.(++served);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/ok`,
    byPath,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

t.test('a fixed amount: each answered request counted once, latencies ordered, non-2xx counted', async (t) => {
  const server = await countingServer();
  t.teardown(server.close);
  const load = { kind: 'http' as const, url: server.url, paths: ['/ok', '/missing'], connections: 4, amount: 200 };
  const r = await runHttpLoad(load, 10, { signal: new AbortController().signal, clock: Date.now });
  t.equal(r.completed, 200);
  t.equal(sum(server.byPath.values()), 200, 'the server saw as many requests');
  // autocannon rotates the request list per connection: both paths get load, nearly alike.
  const [ok, missing] = [server.byPath.get('/ok') ?? 0, server.byPath.get('/missing') ?? 0];
  t.ok(ok > 0 && missing > 0 && Math.abs(ok - missing) <= load.connections, `paths rotated: /ok ${ok}, /missing ${missing}`);
  t.equal(r.non2xx, missing, 'every 404 is a non-2xx');
  t.equal(r.errors, 0);
  t.equal(r.timeouts, 0);
  t.equal(r.latencies.length, r.completed, 'one latency per response');
  t.same(r.latencies, [...r.latencies].sort((a, b) => a - b), 'latencies sorted');
  const { p50, p90, p99, max } = r.latencyMs;
  t.ok(p50 <= p90 && p90 <= p99 && p99 <= max, `percentiles ordered: ${JSON.stringify(r.latencyMs)}`);
  t.equal(max, r.latencies[r.latencies.length - 1]);
  t.equal(p99, percentile(r.latencies, 99), 'the summary is the nearest rank of the exact latencies');
  t.ok(r.bytes >= 200 * 10, `bytes include every body: ${r.bytes}`);
});

t.test('seconds of load come from the clock passed in', async (t) => {
  const server = await countingServer();
  t.teardown(server.close);
  // Each reading of this clock is one second later: every response lands in a second of its own.
  let readings = 0;
  const clock = () => 1_700_000_000_000 + 1000 * readings++;
  const r = await runHttpLoad({ kind: 'http', url: server.url, connections: 1, amount: 12 }, 10, { signal: new AbortController().signal, clock });
  t.equal(r.completed, 12);
  t.same(
    r.overTime.map((s) => s.t),
    Array.from({ length: 12 }, (_, i) => i + 1),
    'one second per response, after the start reading',
  );
  t.ok(r.overTime.every((s) => s.p50 === s.p99), 'one response a second: p50 is p99');
  t.equal(r.durationS, 13, 'the elapsed time is read from the same clock (start, 12 responses, end)');
  t.equal(r.requestsPerSec, 12 / 13);
});

t.test('an abort stops a long load with what it measured', async (t) => {
  const controller = new AbortController();
  const server = await countingServer((served) => {
    if (served === 50) controller.abort();
  });
  t.teardown(server.close);
  const r = await runHttpLoad({ kind: 'http', url: server.url, connections: 2 }, 600, { signal: controller.signal, clock: Date.now });
  t.ok(r.completed >= 40 && r.completed <= sum(server.byPath.values()), `stopped after the abort: ${r.completed} of ${sum(server.byPath.values())} served`);
  t.equal(r.latencies.length, r.completed);
});

t.test('nearest-rank percentiles', async (t) => {
  const values = Array.from({ length: 100 }, (_, i) => i + 1);
  t.same([percentile(values, 50), percentile(values, 90), percentile(values, 99), percentile(values, 100)], [50, 90, 99, 100]);
  t.equal(percentile([7], 99), 7);
  t.equal(percentile([], 50), 0);
});

t.test('one line for --dry-run', async (t) => {
  t.equal(describeHttpLoad({ kind: 'http', url: 'http://127.0.0.1:8080/a' }, 5), 'http: GET http://127.0.0.1:8080/a, 10 connections, 5 s');
  t.equal(
    describeHttpLoad({ kind: 'http', url: 'http://h/x', method: 'POST', paths: ['/x', '/y'], connections: 2, amount: 100, rate: 50 }, 5),
    'http: POST http://h/x over /x, /y, 2 connections, 100 requests at 50 req/s',
  );
});
