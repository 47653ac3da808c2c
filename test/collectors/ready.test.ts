// The ready check on real target programs: a line on their output, a TCP port
// or an HTTP URL that answers; not ready when the timeout (by the io clock)
// passes or the target exits first, with why the last attempt failed.
import { execa } from 'execa';
import t from 'tap';
import { describeReady, waitReady } from '../../lib/collectors/ready.js';
import { Target } from '../../lib/collectors/target.js';
import { freePort } from './backend-run.js';

const node = (code: string) => [process.execPath, '-e', code];

function started(t: { teardown(fn: () => unknown): void }, command: string[]): Target {
  const target = new Target(command, { spawn: execa, clock: Date.now, cwd: process.cwd(), env: process.env });
  t.teardown(() => target.stop(() => []));
  return target;
}

const never = new AbortController().signal;

t.test('a line on the output, a TCP port and an HTTP URL', async (t) => {
  const port = await freePort();
  const server = `setTimeout(() => require('http').createServer((q, s) => s.end('ok')).listen(${port}, () => console.log('listening on ${port}')), 300)`;
  t.same(await waitReady({ line: 'listening on \\d+', timeoutMs: 20_000 }, started(t, node(server)), never, Date.now), { ready: true });
  const port2 = await freePort();
  t.same(await waitReady({ tcp: port2, timeoutMs: 20_000 }, started(t, node(server.replaceAll(String(port), String(port2)))), never, Date.now), { ready: true });
  const port3 = await freePort();
  t.same(await waitReady({ http: `http://127.0.0.1:${port3}/`, timeoutMs: 20_000 }, started(t, node(server.replaceAll(String(port), String(port3)))), never, Date.now), { ready: true });
});

t.test('not ready: past the timeout by the given clock, saying why; or the target exited', async (t) => {
  const port = await freePort();
  let now = 0;
  // A clock that moves a second a reading: the 5 s timeout passes after a few attempts, however loaded the machine.
  const clock = () => (now += 1000);
  const answer = await waitReady({ tcp: port, timeoutMs: 5000 }, started(t, node('setInterval(() => {}, 1000)')), never, clock);
  t.equal(answer.ready, false);
  t.match(answer.lastFailure, new RegExp(`^TCP 127\\.0\\.0\\.1:${port} ECONNREFUSED`));
  const exited = started(t, node('process.exit(3)'));
  await exited.exited;
  t.same(await waitReady({ line: 'never', timeoutMs: 20_000 }, exited, never, Date.now), { ready: false, lastFailure: undefined });
  await t.rejects(waitReady({ line: '(' }, exited, never, Date.now), { code: 'usage', message: /^ready\.line \/\(\/ is not a valid regular expression/ });
});

t.test('described with its timeout', async (t) => {
  t.match(describeReady({ tcp: 8080 }), /8080.*\(timeout 30 s\)$/);
  t.match(describeReady({ line: 'up', timeoutMs: 5000 }), /up.*\(timeout 5 s\)$/);
});
