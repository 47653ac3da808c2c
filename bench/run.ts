// `make bench`: each stage as a whole process, side by side in the same run with
// the tool a user would use instead, on real recordings (made on demand by
// real-inputs.ts) and on the generated inputs of generate.ts. Writes
// bench/results/latest.{md,json}. Targets are judged (see verdict.ts), they do
// not fail the build.
//
// Environment: BENCH_RUNS (default 5), BENCH_SCALE (generated inputs, default 1 =
// the sizes in generate.ts), FLAMEGRAPH_DIR (a checkout of brendangregg/FlameGraph
// to compare with; nothing of it is bundled), BENCH_GO_RUNS (how many of the four
// Go recordings to use, default 4), BENCH_ONLY (a comma list of go, perf, v8,
// generated, overhead: only those parts, written to latest-<parts>.md/json),
// and real-inputs.ts's variables.

import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { costCurveRows, costCurveSvg, type CurvePoint } from './cost-curve.js';
import { generateAll } from './generate.js';
import { measure, measureInTurns, type Measurement } from './measure.js';
import { realInputs } from './real-inputs.js';
import { fmtStat, rateAtLeast, ratioAtMost, rssAtMost, wallRatio, type Judged } from './verdict.js';

const runs = Number(process.env.BENCH_RUNS ?? 5);
/** BENCH_ONLY=go,perf,v8,generated,overhead runs those parts only (default: all), for a machine too busy for the whole. */
const only = (part: string) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').includes(part);
const slowRuns = Math.min(runs, 3);
const scale = Number(process.env.BENCH_SCALE ?? 1);
const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');
const bin = (name: string) => `node ${join(root, 'dist/bin', `${name}.js`)}`;
const work = mkdtempSync(join(tmpdir(), 'perf-bench-'));
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const mib = (path: string) => Math.round((statSync(path).size / 2 ** 20) * 10) / 10;

interface Row {
  work: string;
  ours: Measurement;
  peer?: Measurement;
  target: string;
  judged: Judged;
}

const results: Measurement[] = [];
const rows: Row[] = [];
const curves: Record<string, CurvePoint[]> = {};
const m = (label: string, command: string, n = runs) => {
  process.stderr.write(`bench: ${label} ...\n`);
  const r = measure(label, command, n);
  if (!r.ok) process.stderr.write(`bench: ${label} failed: ${r.error}\n`);
  results.push(r);
  return r;
};
/** Ours and the peer, run in turns (ours, peer, ours, ...) so both meet the same load; the peer is undefined when it cannot run. */
const inTurns = (ours: [string, string], peer: [string, string] | undefined, n = runs): [Measurement, Measurement | undefined] => {
  process.stderr.write(`bench: ${ours[0]}${peer ? ` and ${peer[0]}, in turns` : ''} ...\n`);
  const measured = measureInTurns([ours, ...(peer ? [peer] : [])].map(([label, command]) => ({ label, command })), n);
  for (const r of measured) {
    if (!r.ok) process.stderr.write(`bench: ${r.label} failed: ${r.error}\n`);
    results.push(r);
  }
  return [measured[0]!, measured[1]];
};
const loadAtStart = loadavg();
const row = (work: string, ours: Measurement, target: string, judged: Judged, peer?: Measurement) => rows.push({ work, ours, peer, target, judged });

const dataDir = join(root, 'bench/data');
const real = await realInputs(dataDir);
const fg = process.env.FLAMEGRAPH_DIR;
const flameGraph = fg && existsSync(join(fg, 'stackcollapse-perf.pl')) ? fg : undefined;
const collect = (label: string, path: string, n = runs) => m(`perf-collect --input ${label}`, `${bin('perf-collect')} --input ${path} > /dev/null`, n);

// --- perf script, a real perf record -g of a deep-stack C program -------------
if (real.perfScript && only('perf')) {
  const { x1, x2, x4 } = real.perfScript;
  const size = `${mib(x1)} MiB`;
  const [ours, perl] = inTurns(
    [`perf-collect --input perf script (${size})`, `${bin('perf-collect')} --input ${x1} > /dev/null`],
    flameGraph ? [`stackcollapse-perf.pl (${size})`, `perl ${join(flameGraph, 'stackcollapse-perf.pl')} ${x1} > /dev/null`] : undefined,
    slowRuns,
  );
  row(`perf script import, ${size} real recording`, ours, '>= 150 MiB/s of CPU', rateAtLeast(ours, statSync(x1).size, 150));
  row(`perf script import vs stackcollapse-perf.pl`, ours, 'ratio <= 0.125 (8x faster)', ratioAtMost(ours, perl, 0.125), perl);
  const [whole, pair] = inTurns(
    [`perf-profiler --input perf script (${size}; report, flame graph, exports)`, `${bin('perf-profiler')} --input ${x1} --root ${work} > /dev/null`],
    flameGraph ? [`stackcollapse-perf.pl | flamegraph.pl (${size})`, `perl ${join(flameGraph, 'stackcollapse-perf.pl')} ${x1} | perl ${join(flameGraph, 'flamegraph.pl')} > /dev/null`] : undefined,
    slowRuns,
  );
  row('perf script -> flame graph: whole perf-profiler --input vs the Perl pair', whole, 'ratio <= 0.15', ratioAtMost(whole, pair, 0.15), pair);
  const double = collect(`perf script x2 (${mib(x2)} MiB, same distinct stacks)`, x2, slowRuns);
  const quadruple = collect(`perf script x4 (${mib(x4)} MiB, same distinct stacks)`, x4, slowRuns);
  row(`perf script import peak RSS, ${mib(x2)} MiB input with ${'<='} 50k distinct stacks`, double, 'peak RSS <= 300 MB', rssAtMost(double, 300));
  curves['perf script'] = [
    { size: 1, bytes: statSync(x1).size, m: ours },
    { size: 2, bytes: statSync(x2).size, m: double },
    { size: 4, bytes: statSync(x4).size, m: quadruple },
  ];
}

// --- a real Go CPU profile, merged from runs with go tool pprof -proto ---------
if (real.goPprof && only('go')) {
  const goRuns = Number(process.env.BENCH_GO_RUNS ?? 4);
  const sizes = ([[1, real.goPprof.x1], [2, real.goPprof.x2], [4, real.goPprof.x4]] as const).filter(([n]) => n <= goRuns);
  const [, main] = sizes[sizes.length - 1]!;
  const label = `Go profile, ${sizes[sizes.length - 1]![0]} merged runs`;
  const goTopCommand = (path: string, what: string): [string, string] | undefined => (has('go') ? [`go tool pprof -top ${what}`, `go tool pprof -top ${path} > /dev/null 2>&1`] : undefined);
  const [pipe, top] = inTurns([`perf-collect | perf-analyze (${label})`, `${bin('perf-collect')} --input ${main} | ${bin('perf-analyze')} > /dev/null`], goTopCommand(main, label), slowRuns);
  row(`perf-collect | perf-analyze on a real ${label} vs go tool pprof -top`, pipe, 'ratio <= 0.4', ratioAtMost(pipe, top, 0.4), top);
  const [whole, top2] = inTurns([`perf-profiler --input (${label})`, `${bin('perf-profiler')} --input ${main} --root ${work} > /dev/null`], goTopCommand(main, label), slowRuns);
  row(`whole perf-profiler --input on it vs go tool pprof -top`, whole, 'ratio <= 1.0', ratioAtMost(whole, top2, 1.0), top2);
  row('whole perf-profiler --input on it: peak RSS (largest process)', whole, 'peak RSS <= 600 MB', rssAtMost(whole, 600));
  curves['Go pprof'] = sizes.map(([n, path]) => ({ size: n, bytes: statSync(path).size, m: collect(`Go profile, ${n} merged run(s)`, path, slowRuns) }));
}

// --- a real node --cpu-prof ------------------------------------------------------
if (real.cpuprofile && only('v8')) {
  const { x1, x2, x4 } = real.cpuprofile;
  const parse = (path: string) => `node -e "JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'))" ${path}`;
  const points: CurvePoint[] = [];
  for (const [n, path] of [[1, x1], [2, x2]] as const) points.push({ size: n, bytes: statSync(path).size, m: collect(`V8 .cpuprofile ${n}x (${mib(path)} MiB)`, path, slowRuns) });
  const [ours, bare] = inTurns([`perf-collect --input V8 .cpuprofile 4x (${mib(x4)} MiB)`, `${bin('perf-collect')} --input ${x4} > /dev/null`], [`a bare JSON.parse of the same .cpuprofile (${mib(x4)} MiB)`, parse(x4)]);
  points.push({ size: 4, bytes: statSync(x4).size, m: ours });
  row(`V8 .cpuprofile import (${mib(x4)} MiB, node --cpu-prof) vs a bare JSON.parse`, ours, 'ratio <= 2', ratioAtMost(ours, bare, 2), bare);
  curves['V8 .cpuprofile'] = points;
}
for (const missing of real.missing) process.stderr.write(`bench: ${missing}\n`);

// --- generated inputs (deterministic, many distinct stacks) ---------------------
if (only('generated')) {
  const data = await generateAll(dataDir, scale);
  const quarter = await generateAll(dataDir, scale / 4);
  const half = await generateAll(dataDir, scale / 2);
  const ndjson = join(work, 'pprof.ndjson');
  m('perf-collect --input generated cpu.pb.gz', `${bin('perf-collect')} --input ${data.pprof} > ${ndjson}`);
  const [analyze, top] = inTurns(['perf-analyze (generated pprof records)', `${bin('perf-analyze')} < ${ndjson} > /dev/null`], has('go') ? ['go tool pprof -top generated cpu.pb.gz', `go tool pprof -top ${data.pprof} > /dev/null 2>&1`] : undefined);
  const inproc = m('the same analysis in one process, no NDJSON', `node ${join(root, 'dist/bench/analyze-inproc.js')} ${data.pprof} > /dev/null`);
  row('perf-analyze vs go tool pprof -top (generated, ~450k distinct deep stacks)', analyze, 'ratio <= 1.0', ratioAtMost(analyze, top, 1.0), top);
  row('NDJSON overhead: perf-analyze vs the same analysis in one process', analyze, 'ratio <= 1.1', ratioAtMost(analyze, inproc, 1.1), inproc);
  const folded = [quarter.folded, half.folded, data.folded].map((path, i) => ({ size: 2 ** i, bytes: statSync(path).size, m: collect(`generated folded ${2 ** i}x (${mib(path)} MiB)`, path, slowRuns) }));
  curves['folded (generated: a new stack on most lines)'] = folded;
}

// Profiler overhead: same load with and without the node profiler, on the demo with its scenario's kinds,
// then the wait profile alone on the demo (a service that barely waits) and on the N+1 fixture (12 waits per request).
type Change = { pct: number; low: number; high: number };
type Overhead = {
  scenario: string;
  kinds: string;
  rpsPlain: number;
  rpsProfiled: number;
  throughputChangePct: Change;
  cpuMsPerRequestPlain: number;
  cpuMsPerRequestProfiled: number;
  cpuPerRequestChangePct: Change;
  verdict: string;
  cpuVerdict: string;
  p99PlainMs: number;
  p99ProfiledMs: number;
  pairs: number;
  durationS: number;
  intervalUs: number;
};
const OVERHEAD_CASES = [
  { what: 'node profiler overhead on the demo', args: [] as string[] },
  { what: 'wait profile (kind wall) overhead on the demo', args: ['wall'] },
  { what: 'wait profile (kind wall) overhead on the N+1 fixture', args: ['wall', 'test/fixtures/programs/node-waits', 'orders'] },
];
const overheads: (Overhead & { what: string })[] = [];
if (only('overhead') && existsSync(join(root, 'examples/demo-service/perf-scenarios.json'))) {
  for (const c of OVERHEAD_CASES) {
    process.stderr.write(`bench: ${c.what} ...\n`);
    const r = spawnSync('node', [join(root, 'dist/bench/overhead.js'), String(Math.max(4, Math.min(runs, 6))), '5', ...c.args], { encoding: 'utf8' });
    const line = r.stdout.trim().split('\n').pop() ?? '';
    if (r.status === 0 && line.startsWith('{')) overheads.push({ what: c.what, ...(JSON.parse(line) as Overhead) });
    else process.stderr.write(`bench: overhead failed: ${r.stderr.slice(-300)}\n`);
  }
}
const overhead = overheads[0];

const machine = `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const esc = (s: string) => s.replace(/\|/g, '\\|');
const side = (x?: Measurement) => (x?.ok ? `${fmtStat(x.cpuS, ' s')} CPU, ${fmtStat(x.wallS, ' s')} wall, ${Math.round(x.rssMB.median)} MB` : x ? `failed: ${esc(x.error?.slice(0, 60) ?? '')}` : 'not run');
const signed = (c: Change) => `${c.pct > 0 ? '+' : ''}${c.pct}% [${c.low}, ${c.high}]`;
const figure = (j: Judged) => (j.value === undefined ? (j.note ?? '') : `${j.value} (${j.range![0]}–${j.range![1]})`);
const md = [
  `### Benchmarks (${new Date().toISOString().slice(0, 10)}, ${machine}, median of ${runs} runs (slow cases ${slowRuns}), min–max; load average (1, 5, 15 min) ${loadAtStart.map((l) => l.toFixed(1)).join(', ')} at start, ${loadavg().map((l) => l.toFixed(1)).join(', ')} at the end; ours and the peer in turns)`,
  '',
  '| work | ours | peer | figure on CPU time (best–worst) | wall ratio | target | verdict |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${esc(r.work)} | ${side(r.ours)} | ${r.peer ? `${esc(r.peer.label)}: ${side(r.peer)}` : ''} | ${figure(r.judged)} | ${wallRatio(r.ours, r.peer) ?? ''} | ${r.target} | ${r.judged.verdict} |`),
  ...overheads.map(
    (o) =>
      `| ${o.what} (kinds ${o.kinds}, ${o.intervalUs} us interval, ${o.pairs} interleaved pairs of ${o.durationS} s) | ${o.rpsProfiled} req/s, ${o.cpuMsPerRequestProfiled} ms CPU/request, p99 ${o.p99ProfiledMs} ms | ` +
      `${o.rpsPlain} req/s, ${o.cpuMsPerRequestPlain} ms CPU/request, p99 ${o.p99PlainMs} ms unprofiled | ` +
      `throughput ${signed(o.throughputChangePct)}; CPU per request ${signed(o.cpuPerRequestChangePct)} (CPU-bound loss: ${o.cpuVerdict}) | | <= 5% loss | ${o.verdict} |`,
  ),
  '',
  '#### Cost curves (perf-collect --input at 1x, 2x, 4x the input)',
  '',
  ...costCurveRows(curves),
  '',
  '#### Every measurement',
  '',
  '| stage | CPU | wall | peak RSS |',
  '| --- | --- | --- | --- |',
  ...results.map((r) => (r.ok ? `| ${esc(r.label)} | ${fmtStat(r.cpuS, ' s')} | ${fmtStat(r.wallS, ' s')} | ${fmtStat(r.rssMB, ' MB')} |` : `| ${esc(r.label)} | failed: ${esc(r.error?.slice(0, 80) ?? '')} | | |`)),
  '',
  ...real.missing.map((x) => `- ${x}`),
].join('\n');
const resultName = process.env.BENCH_ONLY ? `latest-${process.env.BENCH_ONLY.replace(/,/g, '-')}` : 'latest';
writeFileSync(join(root, `bench/results/${resultName}.md`), md);
if (!process.env.BENCH_ONLY) writeFileSync(join(root, 'bench/results/cost-curve.svg'), costCurveSvg(curves));
writeFileSync(join(root, `bench/results/${resultName}.json`), JSON.stringify({ machine, runs, scale, rows, curves, results, overhead, overheads }, null, 2) + '\n');
rmSync(work, { recursive: true, force: true });
process.stdout.write(md + '\n');
