// `make bench`: each stage on large generated inputs, as whole processes, side
// by side with the tools a user would use instead, in the same run. Writes
// bench/results/latest.{md,json}. Targets are reported, they do not fail the build.
//
// Environment: BENCH_RUNS (default 5), BENCH_SCALE (default 1 = the sizes in
// generate.ts), FLAMEGRAPH_DIR (a checkout of brendangregg/FlameGraph to compare with).

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { generateAll } from './generate.js';
import { measure, type Measurement } from './measure.js';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const scale = Number(process.env.BENCH_SCALE ?? 1);
const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');
const bin = (name: string) => `node ${join(root, 'dist/bin', `${name}.js`)}`;
const work = mkdtempSync(join(tmpdir(), 'perf-bench-'));
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

interface Comparison {
  name: string;
  ours: Measurement;
  theirs?: Measurement;
  target: string;
  /** ours / theirs on wall time, or a computed figure. */
  ratio?: number;
  pass?: boolean;
  note?: string;
}

const results: Measurement[] = [];
let overhead: { rpsPlain: number; rpsProfiled: number; throughputLossPct: number; p99PlainMs: number; p99ProfiledMs: number; pairs: number; intervalUs: number } | undefined;
const comparisons: Comparison[] = [];
const m = (label: string, command: string, n = runs) => {
  process.stderr.write(`bench: ${label} ...\n`);
  const r = measure(label, command, n);
  if (!r.ok) process.stderr.write(`bench: ${label} failed: ${r.error}\n`);
  results.push(r);
  return r;
};

const data = await generateAll(join(root, 'bench/data'), scale);
const small = await generateAll(join(root, 'bench/data'), scale / 4);

// pprof: collect, analyze, pipeline, and go tool pprof -top on the same file.
const ndjson = join(work, 'pprof.ndjson');
const collectPprof = m('perf-collect --input cpu.pb.gz', `${bin('perf-collect')} --input ${data.pprof} > ${ndjson}`);
const analyzePprof = m('perf-analyze (pprof records)', `${bin('perf-analyze')} < ${ndjson} > /dev/null`);
const inproc = m('the same analysis in one process, no NDJSON', `node ${join(root, 'dist/bench/analyze-inproc.js')} ${data.pprof} > /dev/null`);
m('perf-profiler --input cpu.pb.gz (whole pipeline)', `${bin('perf-profiler')} --input ${data.pprof} --root ${work} > /dev/null`, Math.min(runs, 3));
if (has('go')) {
  const goTop = m('go tool pprof -top cpu.pb.gz', `go tool pprof -top ${data.pprof} > /dev/null 2>&1`, Math.min(runs, 3));
  comparisons.push({ name: 'perf-analyze vs go tool pprof -top (500k samples)', ours: analyzePprof, theirs: goTop, target: 'ratio <= 1.0', ...ratioOf(analyzePprof, goTop, 1.0) });
} else {
  comparisons.push({ name: 'perf-analyze vs go tool pprof -top', ours: analyzePprof, target: 'ratio <= 1.0', note: 'go not installed: install golang-go to compare' });
}
if (analyzePprof.ok && inproc.ok) {
  const overhead = analyzePprof.wallS.median / inproc.wallS.median - 1;
  comparisons.push({ name: 'NDJSON overhead of perf-analyze over the analysis itself', ours: analyzePprof, theirs: inproc, target: 'overhead <= 10%', ratio: round(overhead * 100), pass: overhead <= 0.1, note: `${round(overhead * 100)}% over in-process decode + analysis` });
}
void collectPprof;

// Streaming text formats: import at two sizes; peak RSS must not grow with input.
for (const [format, big, little] of [
  ['perf script', data.perfScript, small.perfScript],
  ['folded', data.folded, small.folded],
] as const) {
  const large = m(`perf-collect --input (${format}, full size)`, `${bin('perf-collect')} --input ${big} > /dev/null`);
  const quarter = m(`perf-collect --input (${format}, quarter size)`, `${bin('perf-collect')} --input ${little} > /dev/null`, Math.min(runs, 3));
  const growth = large.ok && quarter.ok ? large.rssMB.median / quarter.rssMB.median : undefined;
  comparisons.push({
    name: `${format} import: peak RSS at 4x the input`,
    ours: large,
    theirs: quarter,
    target: 'peak RSS <= 300 MB and not growing with input',
    ratio: growth === undefined ? undefined : round(growth),
    pass: large.ok && large.rssMB.median <= 300 && (growth ?? 9) < 1.5,
    note: `${large.rssMB.median} MB at full size vs ${quarter.rssMB.median} MB at a quarter`,
  });
}
m('perf-collect --input (V8 .cpuprofile)', `${bin('perf-collect')} --input ${data.cpuprofile} > /dev/null`);

// perf script -> flame graph, ours vs FlameGraph's perl scripts when a checkout is given.
const fg = process.env.FLAMEGRAPH_DIR;
const oursFlame = m('perf-profiler --input perf script (import + analysis + flame graph + report)', `${bin('perf-profiler')} --input ${data.perfScript} --root ${work} > /dev/null`, Math.min(runs, 3));
if (fg && existsSync(join(fg, 'stackcollapse-perf.pl'))) {
  const theirs = m('stackcollapse-perf.pl | flamegraph.pl', `perl ${join(fg, 'stackcollapse-perf.pl')} ${data.perfScript} | perl ${join(fg, 'flamegraph.pl')} > /dev/null`, Math.min(runs, 3));
  comparisons.push({ name: 'perf script -> flame graph vs FlameGraph', ours: oursFlame, theirs, target: '>= 10x faster (ratio <= 0.1)', ...ratioOf(oursFlame, theirs, 0.1) });
} else {
  comparisons.push({ name: 'perf script -> flame graph vs FlameGraph', ours: oursFlame, target: '>= 10x faster (ratio <= 0.1)', note: 'FLAMEGRAPH_DIR not set: no FlameGraph checkout to compare with (nothing of it is bundled)' });
}

// The flame graph renderer alone, when its benchmark script is present.
const renderBench = ['dist/bench/flamegraph-render.js', 'bench/flamegraph-render.mjs'].map((p) => join(root, p)).find(existsSync);
if (renderBench) m('flame graph render, 200k samples', `node ${renderBench} > /dev/null`, Math.min(runs, 3));

// Profiler overhead on the demo: same load with and without the node profiler.
if (existsSync(join(root, 'examples/demo-service/perf-scenarios.json'))) {
  process.stderr.write('bench: node profiler overhead on the demo ...\n');
  const r = spawnSync('node', [join(root, 'dist/bench/overhead.js'), String(Math.max(3, Math.min(runs, 5))), '10'], { encoding: 'utf8' });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status === 0 && line.startsWith('{')) {
    const o = JSON.parse(line) as { rpsPlain: number; rpsProfiled: number; throughputLossPct: number; p99PlainMs: number; p99ProfiledMs: number; pairs: number; intervalUs: number };
    overhead = o;
  } else process.stderr.write(`bench: overhead failed: ${r.stderr.slice(-300)}\n`);
}

function ratioOf(ours: Measurement, theirs: Measurement, limit: number): { ratio?: number; pass?: boolean; note?: string } {
  if (!ours.ok || !theirs.ok) return { note: 'a side failed; see its row' };
  const ratio = round(ours.wallS.median / theirs.wallS.median);
  return { ratio, pass: ratio <= limit };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

const machine = `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const fmt = (s: { median: number; min: number; max: number }, unit: string) => `${s.median}${unit} (${s.min}–${s.max})`;
const md = [
  `### Benchmarks (${new Date().toISOString().slice(0, 10)}, ${machine}, median of ${runs} runs, min–max)`,
  '',
  '| stage | wall | CPU | peak RSS |',
  '| --- | --- | --- | --- |',
  ...results.map((r) => (r.ok ? `| ${r.label.replace(/\|/g, '\\|')} | ${fmt(r.wallS, ' s')} | ${fmt(r.cpuS, ' s')} | ${fmt(r.rssMB, ' MB')} |` : `| ${r.label} | failed: ${r.error?.slice(0, 80)} | | |`)),
  '',
  '| comparison | target | result | pass |',
  '| --- | --- | --- | --- |',
  ...comparisons.map((c) => `| ${c.name.replace(/\|/g, '\\|')} | ${c.target} | ${c.ratio !== undefined ? `ratio ${c.ratio}` : ''}${c.note ? ` ${c.note}` : ''} | ${c.pass === undefined ? 'n/a' : c.pass ? 'pass' : 'FAIL'} |`),
  ...(overhead
    ? [
        `| node profiler overhead on the demo (api-stress-test load, ${overhead.intervalUs} us interval, median of ${overhead.pairs} alternating pairs) | throughput loss <= 5% | ${overhead.rpsPlain} -> ${overhead.rpsProfiled} req/s (${overhead.throughputLossPct}% loss), p99 ${overhead.p99PlainMs} -> ${overhead.p99ProfiledMs} ms | ${overhead.throughputLossPct <= 5 ? 'pass' : 'FAIL'} |`,
      ]
    : []),
  '',
].join('\n');
writeFileSync(join(root, 'bench/results/latest.md'), md);
writeFileSync(join(root, 'bench/results/latest.json'), JSON.stringify({ machine, runs, scale, results, comparisons, overhead }, null, 2) + '\n');
rmSync(work, { recursive: true, force: true });
process.stdout.write(md);
