import { mkdirSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { WriteGate, checkRelativePath } from '../lib/write-gate.js';
import { listFiles, tempRoot } from './helpers.js';

const OK = '.spec/reports/performance/run1/report.md';
const PERF = '.spec/reports/performance';
const PREVIEWS = '.spec/reports/previews';

/** A gate that has claimed run1 (and its preview folder), as perf-apply does first. */
async function claimed(root: string, options: { dryRun?: boolean } = {}): Promise<WriteGate> {
  const gate = new WriteGate(root, options);
  await gate.claimRunFolder('run1', [PERF, PREVIEWS]);
  return gate;
}

t.test('allowed paths are written atomically with a digest', async (t) => {
  const root = tempRoot();
  const gate = await claimed(root);
  const r = await gate.write(OK, 'hello');
  t.same(r, { path: OK, bytes: 5, sha256: '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824', action: 'written' });
  t.equal(readFileSync(join(root, OK), 'utf8'), 'hello');
  await gate.write(OK, 'again');
  t.equal(readFileSync(join(root, OK), 'utf8'), 'again', 'overwrite by rename');
  t.same(listFiles(root), [OK], 'no temporary files left');
  await gate.write('.spec/reports/previews/run1/tasks.md', 'p');
  t.ok(existsSync(join(root, '.spec/reports/previews/run1/tasks.md')));
});

t.test('paths outside the allowed folders are refused before any I/O', async (t) => {
  const refused: [string, RegExp][] = [
    ['.spec/reports/performance/../../../src/x.js', /"\.\." segments/],
    ['/etc/passwd', /absolute paths/],
    ['src/index.js', /src\//],
    ['.git/config', /\.git\//],
    ['.spec/reports/performance/.git/x', /\.git\//],
    ['.smartspec/x', /\.smartspec/],
    ['.spec/reports/other/x', /only \.spec\/reports\/performance\//],
    ['.spec/reports/performance', /only/],
    ['.spec/reports/performance/a\0b', /NUL/],
    ['.spec/reports/performance//x', /empty/],
    [`.spec/reports/performance/${'a'.repeat(300)}`, /longer than 255/],
  ];
  for (const [path, why] of refused) t.throws(() => checkRelativePath(path), { code: 'write-refused', message: why }, path);
});

t.test('symlinks on the way are refused and nothing is written through them', async (t) => {
  const root = tempRoot();
  const outside = tempRoot('outside-');
  mkdirSync(join(root, 'src'));
  symlinkSync(join(root, 'src'), join(root, '.spec'));
  await t.rejects(claimed(root), { code: 'write-refused', message: /\.spec is a symlink/ });
  t.same(listFiles(join(root, 'src')), [], 'nothing written into src/');

  const root2 = tempRoot();
  mkdirSync(join(root2, '.spec/reports/performance'), { recursive: true });
  symlinkSync(outside, join(root2, '.spec/reports/performance/run1'));
  const gate2 = new WriteGate(root2);
  t.equal(await gate2.claimRunFolder('run1', [PERF]), 'run1-2', 'an entry named run1 (here a symlink) is never claimed');
  await t.rejects(gate2.write(OK, 'x'), { message: /run1 was not created by this run/ });
  t.same(listFiles(outside), [], 'nothing written outside the root');

  const root3 = tempRoot();
  mkdirSync(join(root3, '.spec/reports/performance/run1'), { recursive: true });
  writeFileSync(join(outside, 'victim'), 'keep');
  symlinkSync(join(outside, 'victim'), join(root3, OK));
  await t.rejects(new WriteGate(root3).write(OK, 'x'), { message: /run1 was not created by this run/ });
  t.equal(readFileSync(join(outside, 'victim'), 'utf8'), 'keep');
});

t.test('a file where a folder is expected is refused', async (t) => {
  const root = tempRoot();
  mkdirSync(join(root, '.spec/reports'), { recursive: true });
  writeFileSync(join(root, '.spec/reports/performance'), 'not a folder');
  await t.rejects(claimed(root), { message: /is not a folder/ });
});

t.test('dry run writes nothing and says what it would write', async (t) => {
  const root = tempRoot();
  const r = await (await claimed(root, { dryRun: true })).write(OK, 'hello');
  t.equal(r.action, 'would-write');
  t.same(listFiles(root), []);
});

t.test('overwrite:false keeps an existing file', async (t) => {
  const root = tempRoot();
  const gate = await claimed(root);
  t.equal((await gate.write(OK, 'first', { overwrite: false })).action, 'written');
  t.equal((await gate.write(OK, 'second', { overwrite: false })).action, 'kept');
  t.equal(readFileSync(join(root, OK), 'utf8'), 'first');
  t.same(listFiles(root), [OK]);
});

t.test('a run folder is claimed exclusively: taken ids get a deterministic suffix, an explicit id fails', async (t) => {
  const root = tempRoot();
  const first = new WriteGate(root);
  t.equal(await first.claimRunFolder('run1', [PERF, PREVIEWS]), 'run1');
  const second = new WriteGate(root);
  t.equal(await second.claimRunFolder('run1', [PERF, PREVIEWS]), 'run1-2');
  await t.rejects(second.write(OK, 'x'), { code: 'write-refused', message: /run1 was not created by this run/ }, 'no write into another run');
  await t.rejects(new WriteGate(root).claimRunFolder('run1', [PERF], { exact: true }), { code: 'usage', message: /run run1 already exists/ });
  // A preview folder left from an earlier run makes the whole id taken, and the half claim is given back.
  mkdirSync(join(root, PREVIEWS, 'run1-3'), { recursive: true });
  t.equal(await new WriteGate(root).claimRunFolder('run1', [PERF, PREVIEWS]), 'run1-4');
  t.notOk(existsSync(join(root, PERF, 'run1-3')), 'the performance folder of the half claim was removed');
  t.same(listFiles(root), [], 'claims create folders only');
});

t.test('a dry gate claims nothing and names the id it would take', async (t) => {
  const root = tempRoot();
  await new WriteGate(root).claimRunFolder('run1', [PERF]);
  t.equal(await new WriteGate(root, { dryRun: true }).claimRunFolder('run1', [PERF]), 'run1-2');
  t.notOk(existsSync(join(root, PERF, 'run1-2')));
});

t.test('files directly under an allowed root need no claim; deeper ones do', async (t) => {
  const root = tempRoot();
  const gate = new WriteGate(root);
  t.equal((await gate.write(`${PERF}/history.ndjson`, 'x')).action, 'written');
  await t.rejects(gate.write(`${PERF}/other/x.md`, 'x'), { message: /other was not created by this run/ });
});
