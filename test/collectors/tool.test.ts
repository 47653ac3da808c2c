// What the external-profiler backends share, on real files and programs:
// finding a program on PATH without a shell, importing what a profiler wrote,
// matching the files a program writes itself, and a tool's stdout read as an
// import source without buffering it.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import t from 'tap';
import { ProfilerError } from '../../lib/base/errors.js';
import { appendOption, findCommand, importFile, matchFiles, missing, streamSource, targetEnv } from '../../lib/collectors/tool.js';
import type { CollectorContext } from '../../lib/collectors/types.js';
import { importProfiles } from '../../lib/importers/registry.js';
import { DEFAULT_LIMITS, HEAD_BYTES } from '../../lib/importers/types.js';
import { PROFILES, tempRoot } from '../helpers.js';

t.test('a program on PATH, only when it is an executable file', async (t) => {
  const dir = tempRoot('tool-');
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'prof'), '#!/bin/sh\n');
  chmodSync(join(bin, 'prof'), 0o755);
  writeFileSync(join(bin, 'plain'), 'not executable');
  mkdirSync(join(bin, 'adir'));
  const env = { PATH: `/nonexistent::${bin}` };
  t.equal(await findCommand('prof', env), join(bin, 'prof'));
  t.equal(await findCommand('plain', env), undefined, 'not executable');
  t.equal(await findCommand('adir', env), undefined, 'a folder');
  t.equal(await findCommand(join(bin, 'prof'), { PATH: '' }), join(bin, 'prof'), 'a path is taken as it is');
  t.equal(await findCommand('sh', process.env), (await execa('sh', ['-c', 'command -v sh'])).stdout, 'the same sh the shell finds');
});

t.test("the target's environment and *_OPTIONS: ours, then the scenario's, the option appended", async (t) => {
  const ctx = { env: { A: '1', JAVA_TOOL_OPTIONS: '-Xmx1g' }, scenario: { env: { A: '2' } } } as unknown as CollectorContext;
  t.same(targetEnv(ctx), { A: '2', JAVA_TOOL_OPTIONS: '-Xmx1g' });
  t.equal(appendOption(ctx, 'JAVA_TOOL_OPTIONS', '-XX:+FlightRecorder'), '-Xmx1g -XX:+FlightRecorder');
  t.equal(appendOption(ctx, 'NODE_OPTIONS', '--require x'), '--require x');
  const err = missing('perf not found', 'apt-get install linux-perf');
  t.type(err, ProfilerError);
  t.same([err.code, err.message, err.exitCode], ['tool-missing', 'perf not found; apt-get install linux-perf', 1]);
});

t.test('a file the profiler wrote, imported with the labels given', async (t) => {
  const profiles = await importFile(join(PROFILES, 'go-cpu.pb.gz'), 'pprof', { pid: '42' });
  t.ok(profiles.length >= 1);
  t.ok(profiles.every((p) => p.labels?.['pid'] === '42' && p.sourceFormat === 'pprof'));
  t.notOk((await importFile(join(PROFILES, 'go-cpu.pb.gz'), 'pprof'))[0]!.labels, 'no labels given, none added');
});

t.test('files a program writes: wildcards in the name only, sorted', async (t) => {
  const dir = tempRoot('tool-');
  for (const name of ['cpu-2.pb.gz', 'cpu-10.pb.gz', 'cpu-1.pb.gz', 'heap.pb.gz', 'cpu-x.txt']) writeFileSync(join(dir, name), '');
  t.same(await matchFiles(dir, 'cpu-*.pb.gz'), ['cpu-1.pb.gz', 'cpu-10.pb.gz', 'cpu-2.pb.gz'].map((n) => join(dir, n)));
  t.same(await matchFiles(dir, 'cpu-?.pb.gz'), ['cpu-1.pb.gz', 'cpu-2.pb.gz'].map((n) => join(dir, n)));
  t.same(await matchFiles(dir, 'heap.pb.gz'), [join(dir, 'heap.pb.gz')], 'a plain name');
  t.same(await matchFiles(dir, 'gone.pb.gz'), []);
  t.same(await matchFiles(dir, join(dir, '*.txt')), [join(dir, 'cpu-x.txt')], 'an absolute pattern');
  await t.rejects(matchFiles(dir, 'out*/cpu.pb.gz'), /wildcards are allowed in the file name only/);
});

t.test("a tool's stdout as an import source: the head read ahead, the rest streamed once", async (t) => {
  // A real program writing a folded profile larger than the head, in pieces.
  const script = `for (let i = 0; i < 5000; i++) process.stdout.write('main;work;leaf' + (i % 50) + ' ' + (i + 1) + '\\n')`;
  const proc = execa(process.execPath, ['-e', script], { buffer: false });
  const source = (await streamSource('folded stdout', proc.stdout!))!;
  t.ok(source.head.length === HEAD_BYTES, 'the head is the first HEAD_BYTES');
  const [imported] = await importProfiles(source, DEFAULT_LIMITS, 'folded');
  const total = imported!.profile.samples.reduce((n, s) => n + s.values[0]!, 0);
  t.equal(total, (5000 * 5001) / 2, 'every line read, none twice');
  t.throws(() => source.open(), /can be read once only/);
  await proc;
  const empty = execa('true', [], { buffer: false });
  t.equal(await streamSource('empty', empty.stdout!), undefined, 'nothing written: no source');
});
