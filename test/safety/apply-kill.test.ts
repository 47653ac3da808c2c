// perf-apply killed with SIGKILL at random points leaves, for every file of
// the run, either the previous complete version or the new complete version;
// the next run sweeps the temporary files a killed run left behind.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { BIN, PROFILES, listFiles, sh, tempRoot } from '../helpers.js';

const LOOPS = Number(process.env.KILL_LOOPS ?? 12);

function records(extraInput: string): string {
  const r = sh(`perf-collect --run-id kill-test --input ${join(PROFILES, 'go-cpu.pb.gz')} ${extraInput} | perf-analyze`, { env: { SOURCE_DATE_EPOCH: '1767225600' } });
  if (r.code !== 0) throw new Error(r.stderr);
  return r.stdout;
}

function applyTo(root: string, input: string, killAfterMs?: number): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(BIN, 'perf-apply.js'), '--root', root], { stdio: ['pipe', 'ignore', 'ignore'] });
    child.stdin.on('error', () => {});
    child.stdin.end(input);
    if (killAfterMs !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code) => resolve(code));
  });
}

const contents = (root: string) => new Map(listFiles(root).map((f) => [f, readFileSync(join(root, f), 'utf8')]));

t.test('every file is the old or the new version, never torn', async (t) => {
  const oldInput = records('');
  const newInput = records(`--input ${join(PROFILES, 'node-hot-loop.cpuprofile')}`);
  // Reference states, each written by a complete run.
  const oldRoot = tempRoot();
  const newRoot = tempRoot();
  t.equal(await applyTo(oldRoot, oldInput), 0);
  t.equal(await applyTo(newRoot, newInput), 0);
  const oldFiles = contents(oldRoot);
  const newFiles = contents(newRoot);
  t.not(oldFiles.get('.spec/reports/performance/kill-test/report.md'), newFiles.get('.spec/reports/performance/kill-test/report.md'), 'the two states differ');

  let killedMidway = 0;
  let mixed = 0;
  for (let i = 0; i < LOOPS; i++) {
    const root = tempRoot();
    await applyTo(root, oldInput);
    const code = await applyTo(root, newInput, 50 + ((i * 53) % 600)); // spread over start-up, reading and writing
    if (code === null) killedMidway++;
    const now = contents(root);
    if ([...now].some(([f, text]) => text === newFiles.get(f) && text !== oldFiles.get(f)) && [...now].some(([f, text]) => text === oldFiles.get(f) && text !== newFiles.get(f))) mixed++;
    for (const [file, text] of now) {
      if (/\.tmp$/.test(file)) continue; // a killed run's temp file: not a report file
      t.ok(text === oldFiles.get(file) || text === newFiles.get(file), `loop ${i}: ${file} is a complete version`);
    }
    // The next complete run leaves no temp files behind.
    t.equal(await applyTo(root, newInput), 0);
    const dir = join(root, '.spec/reports/performance/kill-test');
    t.same(readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], `loop ${i}: stale temp files swept`);
  }
  t.comment(`${mixed} runs were killed between two file writes`);
  t.ok(killedMidway > 0, `${killedMidway} of ${LOOPS} runs were killed before they finished`);
});
