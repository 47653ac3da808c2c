// The program under test, on real child processes: its lines (both streams,
// CR LF, a last line without a newline, an endless line cut), its tail for
// error messages, a command that cannot start, and the stop: SIGTERM to the
// whole group, SIGKILL when the grace period (read from the clock passed in)
// is over, and stragglers that left the group.
import { readFileSync } from 'node:fs';
import { execa } from 'execa';
import t from 'tap';
import { parseStat } from '../../lib/collectors/process-tree.js';
import { Target, killGroup } from '../../lib/collectors/target.js';

const node = (script: string) => [process.execPath, '-e', script];
const start = (command: string[], clock: () => number = Date.now, echo?: (line: string, stream: 'stdout' | 'stderr') => void) =>
  new Target(command, { spawn: execa, clock, cwd: process.cwd(), env: process.env, ...(echo ? { echo } : {}) });

/** Running, not a zombie (an orphan's zombie waits for whoever reaps here, which may be nobody in a container). */
const alive = (pid: number): boolean => {
  try {
    return parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.state !== 'Z';
  } catch {
    return false;
  }
};

/** The first line `target` prints that matches `pattern`. */
const lineMatching = (target: Target, pattern: RegExp): Promise<string> =>
  new Promise((resolve) => {
    const stop = target.onLine((line) => {
      if (pattern.test(line)) {
        stop();
        resolve(line);
      }
    });
  });

t.test('lines of both streams: echoed, replayed to late listeners, CR LF and a last line without newline', async (t) => {
  const echoed: string[] = [];
  const target = start(node(`process.stdout.write('one\\r\\ntwo\\n'); process.stderr.write('err1\\n'); process.stdout.write('no newline')`), Date.now, (line, stream) => echoed.push(`${stream}:${line}`));
  t.same(await target.exited, { code: 0, signal: null });
  t.same(echoed.filter((l) => l.startsWith('stdout:')), ['stdout:one', 'stdout:two', 'stdout:no newline']);
  t.same(echoed.filter((l) => l.startsWith('stderr:')), ['stderr:err1']);
  const late: string[] = [];
  target.onLine((line) => late.push(line));
  t.same(late.sort(), ['err1', 'no newline', 'one', 'two'], 'a listener added after the lines came gets them all');
  t.equal(target.tail(), 'err1', 'the tail is stderr when there is some');
  t.equal(await target.startError(), undefined, 'it started');
});

t.test('the tail: the last lines, of stdout when stderr is empty', async (t) => {
  const target = start(node(`for (let i = 1; i <= 30; i++) console.log('line ' + i)`));
  await target.exited;
  t.equal(target.tail(3), 'line 28 | line 29 | line 30');
  t.equal(target.tail(100).split(' | ').length, 20, 'at most 20 lines kept');
});

t.test('a line with no end is cut at 64 KiB, and the next line is whole', async (t) => {
  const lines: string[] = [];
  const target = start(node(`process.stdout.write('x'.repeat(300000) + '\\nafter\\n')`), Date.now, (line) => lines.push(line));
  await target.exited;
  t.same(lines.map((l) => l.length), [64 * 1024, 5]);
  t.equal(lines[1], 'after');
});

t.test('a command that does not exist: why, and exit 127 as a shell says', async (t) => {
  const target = start(['/nonexistent/program', 'x']);
  t.match(await target.startError(), /ENOENT/);
  t.same(await target.exited, { code: 127, signal: null });
});

t.test('stop: SIGTERM reaches the whole group, the grandchild too', async (t) => {
  const target = start(node(`const c = require('child_process').spawn('sleep', ['60'], { stdio: 'ignore' }); console.log('grandchild ' + c.pid); setInterval(() => {}, 1000)`));
  const pid = Number((await lineMatching(target, /^grandchild \d+$/)).split(' ')[1]);
  t.ok(alive(pid), 'the grandchild runs');
  await target.stop(() => []);
  t.same(target.exit, { code: null, signal: 'SIGTERM' });
  // sleep got the group's SIGTERM too: gone once the signal is delivered.
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 20));
  t.notOk(alive(pid), 'the grandchild is gone');
});

t.test('stop: a target that ignores SIGTERM is killed once the clock says the grace period is over', async (t) => {
  // Each reading is a minute later than the last, so the 5 s grace is over at the first look, whatever the machine's speed.
  let minutes = 0;
  const clock = () => 60_000 * minutes++;
  const target = start(node(`process.on('SIGTERM', () => console.log('ignored')); console.log('up'); setInterval(() => {}, 1000)`), clock);
  await lineMatching(target, /^up$/);
  await target.stop(() => []);
  t.same(target.exit, { code: null, signal: 'SIGKILL' });
});

t.test('stop: a straggler that left the group is signalled too', async (t) => {
  const straggler = execa('sleep', ['60'], { detached: true, reject: false });
  t.teardown(() => killGroup(straggler.pid, 'SIGKILL'));
  const target = start(node(`setInterval(() => {}, 1000); console.log('up')`));
  await lineMatching(target, /^up$/);
  const pids = () => (alive(straggler.pid!) ? [straggler.pid!] : []);
  await target.stop(pids, 2000);
  const r = await straggler;
  t.equal(r.signal, 'SIGTERM', 'the straggler got SIGTERM');
  t.same(pids(), []);
});
