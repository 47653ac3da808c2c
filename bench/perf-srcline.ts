// `node dist/bench/perf-srcline.js`: what source lines for native frames cost,
// two ways, on the same real perf recordings (a C program built -O2 -g whose
// hot code is inlined, and a Go program): perf's own `perf script -F +srcline`
// against plain `perf script` followed by perf-symbolize.ts (one
// llvm-symbolizer or addr2line run per binary, each address asked once).
// Wall and CPU time of the whole process tree (perf runs addr2line itself),
// median of 3, per 1000 samples. Writes bench/results/perf-srcline.md.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { addr2line, addressesIn, annotated, llvmSymbolizer, resolveAll, type Symbolizer } from '../lib/collectors/perf-symbolize.js';
import { findCommand } from '../lib/collectors/tool.js';
import { measure, type Measurement } from './measure.js';

const here = import.meta.dirname ?? new URL('.', import.meta.url).pathname;
const root = join(here, '../..');
const programs = join(root, 'test/fixtures/programs');

/** `--resolve DATA TOOL`: plain perf script, then our symbolization, the annotated text to /dev/null. */
async function resolveMode(data: string, tool: string): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'bench-srcline-'));
  const text = join(work, 'perf.txt');
  writeFileSync(text, execFileSync('perf', ['script', '-i', data], { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 30 }));
  const symbolizer: Symbolizer | undefined = tool === 'none' ? undefined : tool.endsWith('llvm-symbolizer') ? llvmSymbolizer(tool, execa) : addr2line(tool, execa);
  const table = symbolizer ? await resolveAll(text, symbolizer) : new Map();
  let bytes = 0;
  for await (const chunk of annotated(text, table)) bytes += chunk.length;
  rmSync(work, { recursive: true, force: true });
  if (bytes === 0) throw new Error('no output');
}

async function main(): Promise<void> {
  if (process.argv[2] === '--resolve') return resolveMode(process.argv[3]!, process.argv[4]!);
  const work = mkdtempSync(join(tmpdir(), 'bench-srcline-'));
  const c = join(work, 'inline');
  execFileSync('gcc', ['-O2', '-g', '-fno-omit-frame-pointer', '-o', c, join(programs, 'perf-c-inline/inline.c')]);
  const go = join(work, 'perf-go');
  execFileSync('go', ['build', '-o', go, '.'], { cwd: join(programs, 'perf-go'), env: { ...process.env, GOFLAGS: '-mod=mod' } });
  const gowork = join(work, 'gowork');
  execFileSync('go', ['build', '-o', gowork, join(root, 'bench/programs/gowork/main.go')]);
  const recordings = [
    { name: 'C -O2 -g (inlined)', command: [c, '400000'] },
    { name: 'Go (inlined)', command: [go, '150000'] },
    { name: 'Go standard-library mix (bench/programs/gowork)', command: [gowork, '3', join(work, 'gowork.pb.gz')] },
  ];
  const tools = [await findCommand('llvm-symbolizer'), await findCommand('addr2line')].filter((x): x is string => x !== undefined);
  const lines = ['# Source lines for native frames: perf script -F +srcline vs perf-symbolize', '', `Recorded ${new Date().toISOString().slice(0, 10)} on this machine; median of 3 (min–max), whole process tree.`, ''];
  lines.push('| recording | samples | distinct addresses | way | wall s | cpu s | cpu ms per 1000 samples |', '| --- | --- | --- | --- | --- | --- | --- |');
  for (const rec of recordings) {
    const data = join(work, 'perf.data');
    execFileSync('perf', ['record', '-q', '-g', '-F', '999', '-o', data, '--', ...rec.command], { stdio: 'ignore' });
    const text = join(work, 'plain.txt');
    writeFileSync(text, execFileSync('perf', ['script', '-i', data], { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 30 }));
    const samples = readFileSync(text, 'utf8').split('\n').filter((l) => /^\S/.test(l)).length;
    const distinct = [...(await addressesIn(text)).values()].reduce((n, s) => n + s.size, 0);
    const ways: Measurement[] = [
      measure('perf script (no source lines)', `perf script -i ${data} > /dev/null 2>&1`, 3),
      measure('perf script -F +srcline', `perf script -F +srcline -i ${data} > /dev/null 2>&1`, 3),
      measure('perf script, in node, no symbolizer (the baseline of the next rows)', `${process.execPath} ${join(here, 'perf-srcline.js')} --resolve ${data} none`, 3),
      ...tools.map((tool) => measure(`perf script + ${tool.split('/').pop()} (perf-symbolize)`, `${process.execPath} ${join(here, 'perf-srcline.js')} --resolve ${data} ${tool}`, 3)),
    ];
    for (const m of ways) {
      const per = m.ok ? ((m.cpuS.median * 1000) / samples) * 1000 : NaN;
      lines.push(`| ${rec.name} | ${samples} | ${distinct} | ${m.label} | ${m.ok ? `${m.wallS.median} (${m.wallS.min}–${m.wallS.max})` : m.error} | ${m.ok ? `${m.cpuS.median} (${m.cpuS.min}–${m.cpuS.max})` : ''} | ${Number.isFinite(per) ? per.toFixed(0) : ''} |`);
    }
  }
  rmSync(work, { recursive: true, force: true });
  const out = join(root, 'bench/results/perf-srcline.md');
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
}

await main();
