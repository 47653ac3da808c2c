// Wait findings from hand-made request timelines: the sequential cause and
// the critical-path projection of running the calls concurrently.
import t from 'tap';
import { waitFindings } from '../../../lib/analysis/waits/causes.js';
import type { Timeline, Wait, WaitTimelines } from '../../../lib/analysis/waits/timelines.js';

const ms = 1e6;
const code = { function: 'loadOrderItems', file: '/app/service.js', line: 40 };
/** A request of 12 calls one after another, 0.1 ms apart; the calls take `each` ms in turn. */
function request(id: number, each: number[], second: string): Timeline {
  let at = 0.2 * ms;
  const waits: Wait[] = each.map((d, i) => {
    const w: Wait = { sample: id * 100 + i, op: 'http', target: 'GET backend/items/:id', atNs: at, durNs: d * ms, count: 1, waiter: code, callPath: [code] };
    at += d * ms + 0.1 * ms;
    return w;
  });
  return { id: String(id), route: 'GET /orders', latencyNs: at + 0.2 * ms, waits, second };
}

t.test('N+1 calls: sequential, and all at once they take a typical call, not the slowest', async (t) => {
  // Eleven 5 ms calls and one 9 ms one (a stall met by that call alone).
  const each = [5, 5, 5, 9, 5, 5, 5, 5, 5, 5, 5, 5];
  const requests = [0, 1, 2, 3].map((i) => request(i, each, `1/${i}`));
  const timelines: WaitTimelines = { requests, all: requests.flatMap((r) => r.waits), totalNs: 0 };
  const [f] = waitFindings(timelines);
  t.equal(f?.cause, 'sequential-waits');
  t.equal(f?.perRequest, 12);
  const p = f!.projections['run-concurrently']!;
  const latency = requests[0]!.latencyNs;
  const gaps = latency - 64 * ms;
  t.equal(Math.round(p.high.p50 - gaps), 5 * ms, 'high: the median call, the gaps between calls (CPU) kept');
  t.ok(p.expected.p50 > p.high.p50 && p.low.p50 > p.expected.p50, 'low < expected < high in gain');
  t.equal(p.high.p50PerSecond, p.high.p50, 'per-second statistics come with the seconds');
});

t.test('one function awaiting different files one after another: one sequential group, its targets named', async (t) => {
  // loadParts reads part1..part8.json in turn: eight targets, one wait each. Grouped by target they were eight
  // findings of "1 per request" that nothing could overlap; as one group they are eight sequential waits.
  const loader = { function: 'loadParts', file: '/app/app.js', line: 10 };
  const requests = [0, 1, 2, 3].map((id) => {
    let at = 0.1 * ms;
    const waits: Wait[] = [1, 2, 3, 4, 5, 6, 7, 8].map((n, i) => {
      const w: Wait = { sample: id * 100 + i, op: 'fs', target: `readFile data/part${n}.json`, atNs: at, durNs: 0.6 * ms, count: 1, waiter: loader, callPath: [loader] };
      at += 0.7 * ms;
      return w;
    });
    return { id: String(id), route: 'GET /summary', latencyNs: at + 0.1 * ms, waits, second: `1/${id}` };
  });
  const found = waitFindings({ requests, all: requests.flatMap((r) => r.waits), totalNs: 0 });
  t.equal(found.length, 1, 'one finding for the function');
  t.equal(found[0]?.perRequest, 8);
  t.equal(found[0]?.target, 'readFile data/part1.json and 7 others');
  t.ok(found[0]?.projections['run-concurrently'], 'running them together is projected');
  t.ok(found[0]!.sharePct > 70, `the group holds the requests' waiting (${found[0]?.sharePct}%)`);
});

t.test('the same files read by every request, none twice in one: the cache low end is what earlier requests already read', async (t) => {
  // A fresh service: loadParts reads the same eight files in turn per request. No key repeats within a
  // request, so in-request repeats alone gave a low end of 0 (any re-run's drift met that promise).
  const loader = { function: 'loadParts', file: '/app/app.js', line: 10 };
  const requests = Array.from({ length: 24 }, (_, id) => {
    let at = 0.1 * ms;
    const waits: Wait[] = [1, 2, 3, 4, 5, 6, 7, 8].map((n, i) => {
      const target = `readFile /app/data/part${n}.json`;
      const w: Wait = { sample: id * 100 + i, op: 'fs', target, key: target, atNs: at, durNs: 0.6 * ms, count: 1, waiter: loader, callPath: [loader] };
      at += 0.7 * ms;
      return w;
    });
    return { id: String(id), route: 'GET /', latencyNs: at + 0.1 * ms, waits, second: `1/${Math.floor(id / 6)}` };
  });
  const [f] = waitFindings({ requests, all: requests.flatMap((r) => r.waits), totalNs: 0 });
  t.match(f?.sharedKey, /part\d\.json$/, 'every request reads the same files');
  t.equal(f?.repeatsPerRequest, 0, 'none twice within a request');
  const cache = f!.projections['cache-result']!;
  const now = requests[0]!.latencyNs;
  const gain = (p50: number) => 1 - p50 / now;
  // 23 of the 24 requests read only files an earlier one read: half of their waits' time is the low end.
  const waited = 8 * 0.6 * ms;
  t.ok(Math.abs(gain(cache.low.p50) - waited / 2 / now) < 0.01, `low: half of the waits an earlier request made (${(100 * gain(cache.low.p50)).toFixed(1)}%)`);
  t.ok(gain(cache.low.p50) > 0 && gain(cache.low.p50) < gain(cache.expected.p50), 'above 0, below the expected');
  t.match(cache.how, /earlier request/);
});
