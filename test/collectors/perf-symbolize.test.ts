// Native frames with source files, lines and inlined functions under the perf
// profiler: real perf recordings of a C program built with -O2 -g (the planted
// code inlined into main) and of a Go program (its planted function inlined
// into main.main), through the real bins; and both symbolizers on the C binary.
import { join } from 'node:path';
import { execa } from 'execa';
import t from 'tap';
import { addressOf, annotated, loadSegments, resolveAll, type InlineChain, type Symbolizer } from '../../lib/collectors/perf-symbolize.js';
import { findCommand } from '../../lib/collectors/tool.js';
import { FIXTURES, hasCommand, tempRoot } from '../helpers.js';
import { build, profiledRun } from './backend-run.js';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const programs = join(FIXTURES, 'programs');
const source = join(programs, 'perf-c-inline', 'inline.c');
const noPerf = hasCommand('perf') ? false : 'perf is not installed (Debian: linux-perf)';
const noGcc = noPerf || (hasCommand('gcc') ? false : 'gcc is not installed');
const noGo = noPerf || (hasCommand('go') ? false : 'go is not installed (Debian: golang-go)');

/** hotspot records of one view as [function, file, line], in rank order. */
function rows(records: Record<string, any>[], by: 'self' | 'cum'): [string, string, number][] {
  return records.filter((r) => r.type === 'hotspot' && r.by === by).sort((a, b) => a.rank - b.rank).map((r) => [r.function, r.file, r.line]);
}

function buildC(dir: string): string {
  const exe = join(dir, 'inline');
  build('gcc', ['-O2', '-g', '-fno-omit-frame-pointer', '-o', exe, source], dir);
  return exe;
}

t.test('C built with -O2 -g: the inlined mix and checksum are frames of their own, with file and line', { skip: noGcc }, async (t) => {
  const dir = tempRoot('native-inline-');
  const r = profiledRun(['--profiler', 'perf', '--', buildC(dir), '40000'], { cwd: dir, top: 6 });
  t.equal(r.code, 0, r.stderr);
  const self = rows(r.records, 'self');
  t.same(self[0], ['mix', source, 10], 'the hot line inside mix, which the compiler inlined twice over');
  const cum = rows(r.records, 'cum');
  for (const [fn, line] of [['checksum', 15], ['main', 24]] as const) {
    t.ok(cum.some(([f, file, l]) => f === fn && file === source && l === line), `${fn} at inline.c:${line}: ${JSON.stringify(cum)}`);
  }
  // libc has no sources here: its frames keep the library as their file (runtime code, not the user's).
  t.ok(cum.some(([f, file]) => f === '__libc_start_call_main' && file.endsWith('libc.so.6')));
});

t.test('Go: main.checksum, inlined into main.main, is named with main.go and its line', { skip: noGo }, async (t) => {
  const dir = tempRoot('native-go-');
  const exe = join(dir, 'perf-go');
  build('go', ['build', '-o', exe, '.'], join(programs, 'perf-go'), { GOFLAGS: '-mod=mod' });
  const r = profiledRun(['--profiler', 'perf', '--', exe, '20000'], { cwd: dir, top: 6 });
  t.equal(r.code, 0, r.stderr);
  const main = join(programs, 'perf-go', 'main.go');
  t.same(rows(r.records, 'self')[0], ['main.checksum', main, 18]);
  t.ok(rows(r.records, 'cum').some(([f, file, l]) => f === 'main.main' && file === main && l === 34), `called from main.main at main.go:34: ${JSON.stringify(rows(r.records, 'cum'))}`);
});

t.test('ELF segments: perf\'s file offsets become the addresses the debug info uses', { skip: noGo }, async (t) => {
  const dir = tempRoot('native-elf-');
  const exe = join(dir, 'perf-go');
  build('go', ['build', '-o', exe, '.'], join(programs, 'perf-go'), { GOFLAGS: '-mod=mod' });
  const segments = (await loadSegments(exe))!;
  // Go links at 0x400000 without PIE: the text's first byte is at file offset 0.
  t.equal(addressOf(segments, 0x1000n), 0x401000n);
  t.equal(await loadSegments(source), undefined, 'not ELF');
});

t.test('llvm-symbolizer and addr2line resolve the same inline chains on a C binary', { skip: noGcc }, async (t) => {
  const dir = tempRoot('native-sym-');
  const exe = buildC(dir);
  execFileSync('perf', ['record', '-q', '-g', '-F', '499', '-o', join(dir, 'perf.data'), '--', exe, '20000'], { stdio: 'ignore' });
  const text = join(dir, 'perf.txt');
  writeFileSync(text, execFileSync('perf', ['script', '-i', join(dir, 'perf.data')], { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 }));
  const tools = [await findCommand('llvm-symbolizer'), await findCommand('addr2line')].filter((c): c is string => c !== undefined);
  const chains: string[][] = [];
  for (const command of tools) {
    const { llvmSymbolizer, addr2line } = await import('../../lib/collectors/perf-symbolize.js');
    const symbolizer: Symbolizer = command.endsWith('llvm-symbolizer') ? llvmSymbolizer(command, execa) : addr2line(command, execa);
    const table = await resolveAll(text, symbolizer);
    const mine = [...(table.get(exe) ?? new Map<bigint, InlineChain>()).values()].map((chain) => chain.map((f) => `${f.name}@${f.line}`).join('<')).sort();
    t.ok(mine.some((c) => c.startsWith('mix@10<checksum@15<main@')), `${command}: mix inlined in checksum in main (${mine.slice(0, 3).join(', ')})`);
    let out = '';
    for await (const chunk of annotated(text, table)) out += chunk.toString();
    t.match(out, /\n\t +[0-9a-f]+ mix\n {2}\S+inline\.c:10 \(inlined\)\n/, `${command}: written as perf script --inline -F +srcline`);
    chains.push(mine);
  }
  if (chains.length === 2) t.same(chains[0], chains[1], 'both tools agree');
  t.ok(chains.length > 0, `symbolizers found: ${tools.join(', ')}`);
});
