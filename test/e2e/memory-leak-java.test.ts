// Leaks in a real Java service under real load, recorded by Flight Recorder:
// the unbounded cache gives a leak finding at LeakService.buildPayload (from
// OldObjectSample allocation stacks, with what holds the objects), growth per
// request about the payload; bounded and churn-only twins give none.

import { join } from 'node:path';
import t from 'tap';
import { FIXTURES, hasCommand, tempRoot } from '../helpers.js';
import { build } from '../collectors/backend-run.js';
import { PAYLOAD, leakIsFirstFinding, leakRun, noLeakTwins } from './leak-run.js';

const noJdk = hasCommand('javac') && hasCommand('jfr') && hasCommand('jcmd') ? false : 'no JDK (javac, jfr, jcmd) installed (Debian: openjdk-17-jdk-headless)';

t.test('java', { skip: noJdk }, async (t) => {
  const classes = tempRoot('leak-java-');
  build('javac', ['-d', classes, join(FIXTURES, 'programs', 'java-leak', 'LeakService.java')], classes);
  const run = (mode: string) => leakRun(`java-${mode}`, (port) => ({ command: ['java', '-cp', classes, 'LeakService', String(port), mode], profiler: { name: 'jfr' } }));

  t.test('the unbounded cache: a leak finding where the kept payload is allocated', async (t) => {
    const r = await run('leak');
    t.equal(r.code, 0, r.why);
    t.equal(r.leaks.length, 1, r.why);
    const leak = r.leaks[0]!;
    leakIsFirstFinding(t, r);
    t.match(leak.function, /^LeakService\.(buildPayload|rememberPayload)$/, `leak at ${leak.function}`);
    const retained = r.metric('memory_retained_per_request');
    t.ok(retained && retained.value >= 0.9 * PAYLOAD && retained.value < 1.6 * PAYLOAD, `live heap grew ${retained?.value} bytes per request`);
    t.match(leak.evidence.join('\n'), /retention \(jfr-heap\)/);
  });

  noLeakTwins(t, run, /^LeakService\.(buildPayload|summarise|handle)$/);
});
