// The preload measures the live heap at the window's end with nothing of its
// own on it (issue 17): a service that only waits and keeps nothing (the
// node-waits fixture: 12 backend calls per /orders, file reads and backend
// calls per /profile), profiled with the wait profile on, gets no leak finding,
// and its live heap grows by less than a floor per request; the planted leak,
// with the wait profile on too, is still found, about its payload a request.
// Real service, real backend on loopback, real bins through a real pipe.

import { join } from 'node:path';
import t from 'tap';
import { FIXTURES } from '../helpers.js';
import { PAYLOAD, RATE, leakRun } from '../e2e/leak-run.js';
import { PROGRAM, startBackend } from './node-waits/backend.js';

/**
 * What a process that keeps nothing still adds to its live heap over a window, however many requests it
 * serves: code V8 optimises during it, modules loaded on first use (0.3-0.7 MB measured on these services
 * for 1,000 to 6,000 requests, with and without the wait profile).
 */
const START_UP_TAIL = 1024 * 1024;
/**
 * Live heap a request may leave behind on top of that. Before the fix the wait recorder's own results (held
 * in the stop function's frame across the end-edge GC) and Buffers V8 had not yet freed left 3.4-4.7 KB a
 * request; a leak worth a finding keeps more than this.
 */
const KEPT_PER_REQUEST_FLOOR = 512;

/** Mostly /profile (two file reads, two backend calls), some /orders (12 calls): enough requests for the floor to tell. */
const PATHS = ['/profile', '/profile', '/profile', '/orders?id=1'];

const backend = startBackend((stop) => t.teardown(stop));

const waitingService = async (kinds: string[]) => {
  const backendPort = await backend;
  return leakRun(`waits-${kinds.join('-')}`, (port) => ({
    command: ['node', 'service.js'],
    cwd: PROGRAM,
    env: { PORT: String(port), MODE: 'sequential', BACKEND_PORT: String(backendPort) },
    profiler: { name: 'node', kinds },
    load: { kind: 'http', url: `http://127.0.0.1:${port}`, paths: PATHS, connections: 8, rate: RATE },
  }));
};

for (const kinds of [['wall'], ['cpu', 'alloc', 'wall']]) {
  t.test(`a waiting service that keeps nothing, kinds ${kinds.join(',')}: no leak finding`, async (t) => {
    const r = await waitingService(kinds);
    t.equal(r.code, 0, r.why);
    t.ok(r.records.some((x) => x.type === 'profile' && x.kind === 'wall'), 'the wait profile was recorded');
    t.equal(r.leaks.length, 0, r.why);
    t.notOk(r.findings.some((f) => f.cause === 'memory-leak'), 'no leak finding');
    const kept = r.metric('memory_retained_per_request');
    const requests = r.metric('http_requests');
    const retained = r.metric('memory_retained');
    if (!kept || !retained || !requests) return t.fail('the live heap at both edges, and the requests, are measured');
    const allowed = START_UP_TAIL + KEPT_PER_REQUEST_FLOOR * requests.value;
    t.ok(retained.value < allowed, `live heap grew ${retained.value} bytes over ${requests.value} requests (${kept.value} a request), under ${START_UP_TAIL} + ${KEPT_PER_REQUEST_FLOOR} a request`);
  });
}

t.test('the planted leak with the wait profile on: still a leak, about its payload a request', async (t) => {
  const service = join(FIXTURES, 'programs', 'node-leak', 'service.js');
  const r = await leakRun('node-leak-waits', (port) => ({ command: ['node', service, String(port), 'leak'], profiler: { name: 'node', kinds: ['cpu', 'heap', 'wall'] } }));
  t.equal(r.code, 0, r.why);
  t.equal(r.leaks.length, 1, r.why);
  t.match(r.leaks[0]!.function, /^(handle|rememberPayload|buildPayload)$/, `leak at ${r.leaks[0]!.function}`);
  const kept = r.metric('memory_retained_per_request');
  t.ok(kept && kept.value >= 0.8 * PAYLOAD && kept.value < 1.6 * PAYLOAD, `live heap grew ${kept?.value} bytes a request`);
});
