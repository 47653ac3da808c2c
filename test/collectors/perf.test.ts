// The perf profiler on real programs: a C program and a Node script under
// Linux perf, through the real bins; and what it says when perf is missing.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { execa } from 'execa';
import type { Spawn } from '../../lib/base/io.js';
import { isNodeCommand, paranoidAdvice, perfCollector } from '../../lib/collectors/perf.js';
import type { CollectorContext } from '../../lib/collectors/types.js';
import { FIXTURES, hasCommand, runBin, tempRoot } from '../helpers.js';
import { build, hotspots, metric, phasedRun, profiledRun, profileKinds } from './backend-run.js';

const programs = join(FIXTURES, 'programs');
const noPerf = hasCommand('perf') ? false : 'perf is not installed (Debian: linux-perf)';

t.test('a C program: the planted function leads, called from main', { skip: noPerf || (hasCommand('gcc') ? false : 'gcc is not installed') }, async (t) => {
  const dir = tempRoot('collect-perf-');
  const exe = join(dir, 'hot');
  // Frame pointers and no inlining: perf's default call graphs walk frame pointers. Not under
  // /tmp/perf-*: perf takes any file there for a JIT symbol map and names no symbol in it.
  build('gcc', ['-O1', '-g', '-fno-omit-frame-pointer', '-fno-inline', '-o', exe, join(programs, 'perf-c', 'hot.c')], dir);
  const r = profiledRun(['--profiler', 'perf', '--', exe, '60'], { cwd: dir, top: 5 });
  t.equal(r.code, 0, r.stderr);
  t.same(profileKinds(r.records), ['cpu']);
  t.equal(hotspots(r.records, 'cpu')[0], 'checksum_rows');
  t.ok(hotspots(r.records, 'cpu', 'cum').includes('main'));
  const top = r.records.find((rec) => rec.type === 'hotspot' && rec.by === 'self' && rec.rank === 1)!;
  t.ok(top.selfPct > 50, `checksum_rows has ${top.selfPct}% of the samples`);
  // The binary's DWARF gives the source file and line (perf-symbolize.ts).
  t.equal(top.file, join(programs, 'perf-c', 'hot.c'));
  t.ok(top.line >= 8 && top.line <= 13, `a line of checksum_rows: ${top.line}`);
  t.equal(metric(r.records, 'exit_code'), 0);
  t.ok(metric(r.records, 'cpu_user')! > 0);
});

t.test('with a load, only the measurement window is recorded, not the warm-up', { skip: noPerf || (hasCommand('gcc') ? false : 'gcc is not installed') }, async (t) => {
  const dir = tempRoot('collect-perf-');
  const exe = join(dir, 'phases');
  build('gcc', ['-O0', '-fno-omit-frame-pointer', '-o', exe, join(programs, 'perf-c', 'phases.c')], dir); // -O0: no tail calls, every phase keeps its frame
  const r = phasedRun(dir, [exe], { name: 'perf' }, 'cpu');
  t.equal(r.code, 0, r.stderr);
  t.same(r.phases, ['window_phase'], r.why);
});

t.test('a Node script: JIT frames have names, and the symbol maps are removed', { skip: noPerf }, async (t) => {
  const dir = tempRoot('collect-perf-');
  const mapsBefore = new Set(readdirSync(tmpdir()).filter((n) => /^perf-\d+\.map$/.test(n)));
  const r = profiledRun(['--profiler', 'perf', '--', 'node', join(programs, 'perf-node', 'spin.js')], { cwd: dir, top: 5 });
  t.equal(r.code, 0, r.stderr);
  const top = hotspots(r.records, 'cpu');
  t.equal(top[0], 'spinChecksum', `top: ${top.join(', ')}`);
  const first = r.records.find((rec) => rec.type === 'hotspot' && rec.kind === 'cpu' && rec.by === 'self' && rec.rank === 1);
  t.match(first?.file, /spin\.js$/, 'the JIT frame carries its script as the file');
  t.ok(first?.line > 0, 'and its line');
  const left = readdirSync(tmpdir()).filter((n) => /^perf-\d+\.map$/.test(n) && !mapsBefore.has(n));
  t.same(left, [], 'no /tmp/perf-<pid>.map left behind');
});

t.test('--dry-run shows the perf command and NODE_OPTIONS only for Node', async (t) => {
  const dir = tempRoot('collect-perf-');
  const node = runBin('perf-collect', ['--run-profile', '--dry-run', '--profiler', 'perf', '--', 'node', 'app.js'], { cwd: dir });
  t.equal(node.code, 0, node.stderr);
  t.match(node.stderr, /perf record -g -F 999 -o \S+perf\.data -- node app\.js/);
  t.match(node.stderr, /NODE_OPTIONS=(\S.* )?--perf-basic-prof --interpreted-frames-native-stack\n/);
  // A dry run checks that the program exists and can run (issue 18), so there is one.
  writeFileSync(join(dir, 'server'), '#!/bin/sh\n', { mode: 0o755 });
  const native = runBin('perf-collect', ['--run-profile', '--dry-run', '--profiler', 'perf', '--', './server'], { cwd: dir });
  t.equal(native.code, 0, native.stderr);
  t.notMatch(native.stderr, /NODE_OPTIONS/);
  t.equal(node.stdout + native.stdout, '');
});

t.test('perf missing: one line saying what to install, exit 1, no records', async (t) => {
  const dir = tempRoot('collect-perf-');
  const r = runBin('perf-collect', ['--run-profile', '--profiler', 'perf', '--', 'true'], { cwd: dir, env: { PATH: '/nonexistent' } });
  t.equal(r.code, 1);
  t.match(r.stderr, /perf \(Linux perf\) not found on PATH; install it \(Debian\/Ubuntu: apt-get install linux-perf/);
  t.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  t.equal(r.stdout, '');
});

t.test('what it says about perf_event_paranoid, and which commands are Node', async (t) => {
  t.match(paranoidAdvice(3), /perf_event_paranoid is 3; run as root, or allow profiling with 'sysctl kernel\.perf_event_paranoid=1'/);
  t.ok(isNodeCommand(['node', 'x.js']));
  t.ok(isNodeCommand(['/usr/local/bin/npx', 'tsx']));
  t.ok(isNodeCommand(['./server.mjs']));
  t.notOk(isNodeCommand(['./server']));
  t.notOk(isNodeCommand(['python3', 'x.py']));
});

t.test('prepare makes the control FIFO through the context\'s spawn (io.spawn); without one perf records the whole run', async (t) => {
  const calls: string[][] = [];
  const recording = (fail: boolean): Spawn =>
    ((file: string, args: string[], options: object) => {
      calls.push([file, ...args]);
      return fail ? execa('false', [], { reject: false }) : execa(file, args, options);
    }) as unknown as Spawn;
  const notes: string[] = [];
  const ctxOf = (spawn: Spawn): CollectorContext =>
    ({ scenario: { name: 's', command: ['./app'], load: { kind: 'command', command: ['sleep', '1'] } }, settings: { name: 'perf' }, cwd: tmpdir(), workDir: tempRoot('perf-prepare-'), env: process.env, signal: new AbortController().signal, spawn, clock: Date.now, log: (m: string) => notes.push(m) }) as CollectorContext;
  const windowed = ctxOf(recording(false));
  const launch = await perfCollector.prepare(windowed);
  t.same(calls, [['mkfifo', join(windowed.workDir, 'perf.ctl')]]);
  t.ok(statSync(join(windowed.workDir, 'perf.ctl')).isFIFO(), 'a real FIFO');
  t.ok(launch.command.includes(`fifo:${join(windowed.workDir, 'perf.ctl')}`), launch.command.join(' '));
  const whole = ctxOf(recording(true));
  const plain = await perfCollector.prepare(whole);
  t.notOk(plain.command.includes('--control'), plain.command.join(' '));
  t.match(notes, [/^perf: no control FIFO .*; recording the whole run$/]);
  for (const ctx of [windowed, whole]) await t.rejects(perfCollector.collect(ctx), { code: 'runtime', message: /perf wrote no .*perf\.data/ }, 'nothing recorded: said so');
});
