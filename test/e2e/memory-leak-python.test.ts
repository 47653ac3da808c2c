// Leaks in a real Python service under real load, sampled by the shipped
// sampler with tracemalloc switched on (profiler kinds wall + heap): the
// unbounded cache gives a leak finding at the function that allocates what
// is kept; bounded and churn-only twins give none.

import { join } from 'node:path';
import t from 'tap';
import { FIXTURES, hasCommand } from '../helpers.js';
import { PAYLOAD, leakIsFirstFinding, leakRun, noLeakTwins } from './leak-run.js';

const SERVICE = join(FIXTURES, 'programs', 'python-leak', 'service.py');

t.test('python', { skip: hasCommand('python3') ? false : 'python3 is not installed' }, async (t) => {
  const run = (mode: string) => leakRun(`python-${mode}`, (port) => ({ command: ['python3', SERVICE, String(port), mode], profiler: { name: 'python', kinds: ['wall', 'heap'] } }));

  t.test('the unbounded cache: a leak finding at the function that allocates what is kept', async (t) => {
    const r = await run('leak');
    t.equal(r.code, 0, r.why);
    t.equal(r.leaks.length, 1, r.why);
    const leak = r.leaks[0]!;
    leakIsFirstFinding(t, r);
    t.match(leak.function, /^(build_payload|remember_payload)$/, `leak at ${leak.function}`);
    const retained = r.metric('memory_retained_per_request');
    t.ok(retained && retained.value >= 0.9 * PAYLOAD && retained.value < 1.6 * PAYLOAD, `traced memory grew ${retained?.value} bytes per request`);
  });

  noLeakTwins(t, run);
});
