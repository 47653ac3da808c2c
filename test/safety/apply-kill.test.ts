// perf-apply killed with SIGKILL at random points never touches another run's
// folder and never leaves a torn file: the killed run's folder holds complete
// files or temporary ones; the next run gets a folder of its own and sweeps
// the temporary files the killed run left behind.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { BIN, PROFILES, listFiles, sh, tempRoot } from '../helpers.js';

const LOOPS = Number(process.env.KILL_LOOPS ?? 12);
const PERF = '.spec/reports/performance';

function records(): string {
  const r = sh(`perf-collect --input ${join(PROFILES, 'go-cpu.pb.gz')} --input ${join(PROFILES, 'node-hot-loop.cpuprofile')} | perf-analyze`, { env: { SOURCE_DATE_EPOCH: '1767225600' } });
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

/** The files of one run folder, by name. */
const folder = (root: string, id: string) => {
  const dir = join(root, PERF, id);
  return new Map(listFiles(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
};
const runIds = (root: string) => readdirSync(join(root, PERF)).sort();

t.test('a killed run never tears a file nor touches another run; the next run sweeps its temp files', async (t) => {
  const input = records();
  // Reference: the same input applied three times in one root gives X, X-2, X-3.
  const refRoot = tempRoot();
  for (let i = 0; i < 3; i++) t.equal(await applyTo(refRoot, input), 0);
  const [first, second, third] = runIds(refRoot);
  t.same([second, third], [`${first}-2`, `${first}-3`], 'a taken run id gets the next suffix');
  const reference = new Map([first!, second!, third!].map((id) => [id, folder(refRoot, id)]));

  let killedMidway = 0;
  for (let i = 0; i < LOOPS; i++) {
    const root = tempRoot();
    t.equal(await applyTo(root, input), 0);
    const before = folder(root, first!);
    const code = await applyTo(root, input, 50 + ((i * 53) % 600)); // spread over start-up, reading and writing
    if (code === null) killedMidway++;
    t.same(folder(root, first!), before, `loop ${i}: the first run's folder is untouched`);
    for (const [file, text] of existsSync(join(root, PERF, second!)) ? folder(root, second!) : []) {
      if (/\.tmp$/.test(file)) continue; // a killed run's temp file: not a report file
      t.equal(text, reference.get(second!)!.get(file), `loop ${i}: ${second}/${file} is complete`);
    }
    t.equal(await applyTo(root, input), 0);
    const last = runIds(root).at(-1)!;
    t.same(folder(root, last), reference.get(last), `loop ${i}: the next run (${last}) is complete and its own`);
    t.same(listFiles(join(root, PERF)).filter((f) => f.endsWith('.tmp')), [], `loop ${i}: stale temp files swept`);
  }
  t.ok(killedMidway > 0, `${killedMidway} of ${LOOPS} runs were killed before they finished`);
});
