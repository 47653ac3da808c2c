// Waits whose stack the budget did not capture borrow one: the same wait
// (route, op, target, ordinal in its request) of a request whose stacks were
// captured, else the commonest site of that op and target, else no stack.
import t from 'tap';
import { UNSAMPLED, type RawWait, type RawWaitProfile } from '../../../lib/collectors/node-waits/recorder.js';
import { resolveSites } from '../../../lib/collectors/node-waits/sites.js';

const frame = (name: string, line: number) => ({ name, file: '/app/service.js', line, column: 1 });
const wait = (site: number, target: string, request: number | undefined, startNs: number): RawWait => ({ site, op: 'http', target, key: target, startNs, durNs: 5, ...(request !== undefined ? { request } : {}) });

// Request 0 was traced: its first call to /a is made at site 0, its second at site 1 (two loops, one target).
// Request 1 was not: its waits come in a different order in the file than in time.
const raw: RawWaitProfile = {
  version: 1,
  pid: 1,
  windowNs: 100,
  sites: [[frame('first', 10)], [frame('second', 20)]],
  waits: [wait(0, 'GET /a', 0, 1), wait(1, 'GET /a', 0, 9), wait(UNSAMPLED, 'GET /a', 1, 30), wait(UNSAMPLED, 'GET /a', 1, 12), wait(UNSAMPLED, 'GET /b', undefined, 40)],
  summed: [{ site: UNSAMPLED, op: 'http', target: 'GET /a', count: 3, totalNs: 15 }],
  requests: [
    { id: 0, route: 'GET /orders', startNs: 0, durNs: 20, status: 200 },
    { id: 1, route: 'GET /orders', startNs: 10, durNs: 25, status: 200 },
  ],
  requestsSeen: 2,
};

t.test('by ordinal in a traced request of the same route, then the commonest, then none', async (t) => {
  const out = resolveSites(raw);
  t.same(out.waits.map((w) => w.site), [0, 1, 1, 0, 2], 'the later call of request 1 is the second loop\'s');
  t.same(out.sites[2], [], 'a wait nothing else resembles has no stack');
  t.same(out.summed, [{ site: 0, op: 'http', target: 'GET /a', count: 3, totalNs: 15 }], 'summed waits take the commonest site (ties to the lowest id)');
  t.equal(resolveSites({ ...raw, waits: raw.waits.slice(0, 2), summed: [] }).sites.length, 2, 'nothing to resolve: unchanged');
});
