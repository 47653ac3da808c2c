// Whether a process still runs, on real processes: ourselves, a child while it
// runs and after it is reaped, and a process we may not signal (init).
import { execa } from 'execa';
import t from 'tap';
import { isAlive } from '../../lib/base/process-alive.js';

t.test('a child while it runs, and after it has gone', async (t) => {
  t.ok(isAlive(process.pid), 'this process');
  const child = execa('sleep', ['30'], { reject: false });
  await new Promise((resolve) => child.once('spawn', resolve));
  t.ok(isAlive(child.pid!), 'the running child');
  child.kill('SIGKILL');
  await child;
  t.notOk(isAlive(child.pid!), 'gone once reaped');
});

t.test('a process we may not signal still exists', { skip: process.getuid?.() === 0 ? 'root may signal every process' : false }, async (t) => {
  t.ok(isAlive(1), 'init (EPERM is not absence)');
});
