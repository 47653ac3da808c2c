// perf-analyze, perf-plan and perf-apply stopped by a signal while they read
// their input: the status a shell then gives is 130 (SIGINT) or 143 (SIGTERM),
// the codes their --help lists. Each stage runs as a shell job (set -m, so a
// background job still takes SIGINT, as at a prompt) and is signalled once it
// has shown it is reading: perf-analyze and perf-plan pass the first record
// on, perf-apply (which writes only at the end) is signalled as soon as its
// pid is known.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import t from 'tap';
import { HELP } from '../../lib/cli/help.js';
import { BIN, sh, tempRoot } from '../helpers.js';

function statusWhenSignalled(stage: 'perf-analyze' | 'perf-plan' | 'perf-apply', signal: NodeJS.Signals, record: string): Promise<{ status: number; out: string }> {
  return new Promise((resolve) => {
    const script = `set -m; node ${join(BIN, `${stage}.js`)} & echo "pid $!"; wait $!; echo "status $?"`;
    const child = spawn('bash', ['-c', script], { cwd: tempRoot(), stdio: ['pipe', 'pipe', 'ignore'] });
    let out = '';
    let sent = false;
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      const pid = /^pid (\d+)$/m.exec(out)?.[1];
      const reading = stage === 'perf-apply' || out.includes('{"type":"run"');
      if (pid && reading && !sent) {
        sent = true;
        process.kill(Number(pid), signal);
      }
    });
    child.stdin.write(`${record}\n`); // stdin stays open: the stage is still reading when the signal comes
    child.on('close', () => resolve({ status: Number(/^status (\d+)$/m.exec(out)?.[1] ?? -1), out }));
  });
}

/** A record of a type no stage knows (passed on unchanged), big enough to fill the 4 KiB a stage reads before its first record. */
const PADDING = JSON.stringify({ type: 'test-padding', v: 1, pad: 'x'.repeat(8192) });

t.test('a signalled stage returns 130 or 143, as its help says', async (t) => {
  const collected = sh('perf-collect --input test/fixtures/profiles/go-cpu.pb.gz');
  t.equal(collected.code, 0, collected.stderr);
  const run = `${collected.stdout.trim()}\n${PADDING}`;
  for (const stage of ['perf-analyze', 'perf-plan', 'perf-apply'] as const) {
    t.ok(HELP[stage].exitCodes.includes(130) && HELP[stage].exitCodes.includes(143), `${stage} --help lists 130 and 143`);
    for (const [signal, status] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
      const r = await statusWhenSignalled(stage, signal, run);
      t.equal(r.status, status, `${stage} ${signal}: ${status}`);
    }
  }
});
