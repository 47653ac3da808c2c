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
