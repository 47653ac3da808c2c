#!/usr/bin/env node
// make calibrate: for every planted bottleneck, measure slow vs fixed (median
// wall time), plan the slow one through the real pipeline, and check whether
// the measured gain falls inside the plan item's range. Writes
// bench/results/calibration.{json,md}. CALIBRATE_RUNS sets the runs per
// variant (default 5); CALIBRATE_CLOCK=wall judges by wall time instead of
// CPU time (use it on an idle machine).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASES, MODES } from './cases.mjs';
import { measurePair } from './measure.mjs';
import { planFor } from './pipeline.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const programs = join(here, 'programs');
const runs = Number(process.env.CALIBRATE_RUNS ?? 5);
if (!Number.isInteger(runs) || runs < 5) throw new Error(`calibrate: CALIBRATE_RUNS must be an integer of at least 5, got ${process.env.CALIBRATE_RUNS}`);

const clock = process.env.CALIBRATE_CLOCK ?? 'cpu';
if (clock !== 'cpu' && clock !== 'wall') throw new Error(`calibrate: CALIBRATE_CLOCK must be cpu or wall, got ${clock}`);
const r2 = (x) => Math.round(x * 100) / 100;
const gainOf = (slow, fixed) => r2((100 * (slow - fixed)) / slow);
const rows = [];
for (const mode of MODES) {
  for (const kase of CASES) {
    const args = (v) => [...mode.flags, join(programs, `${kase.program}-${v}.js`)];
    const t = measurePair(args('slow'), args('fixed'), programs, runs);
    const wallGain = gainOf(t.slowMs, t.fixedMs);
    const cpuGain = gainOf(t.slowCpuMs, t.fixedCpuMs);
    const measured = clock === 'cpu' ? cpuGain : wallGain;
    const plan = planFor(root, kase, mode.flags, programs);
    const judge = (item) => {
      const g = item?.expectedGainPct;
      return g ? { strategy: item.strategyId, range: g, hit: measured >= g.low && measured <= g.high, absErrorPct: r2(Math.abs(g.expected - measured)) } : null;
    };
    const share = plan.catalog ? r2(100 * plan.catalog.estimate.share) : undefined;
    rows.push({
      mode: mode.name, program: kase.program, function: kase.fn, fixStrategy: kase.strategy, bottleneckSource: plan.source, sharePct: share,
      slowMs: r2(t.slowMs), fixedMs: r2(t.fixedMs), slowCpuMs: r2(t.slowCpuMs), fixedCpuMs: r2(t.fixedCpuMs), runs, wallGainPct: wallGain, cpuGainPct: cpuGain, measuredGainPct: measured,
      pipeline: judge(plan.pipeline), catalog: judge(plan.catalog), impliedSpeedup: share ? r2(measured / share) : null,
    });
    process.stderr.write(`calibrate: ${mode.name} ${kase.program}: measured ${measured}%, catalog ${plan.catalog ? JSON.stringify(plan.catalog.expectedGainPct) : 'none'}\n`);
  }
}

const score = (mine, key) => {
  const judged = mine.map((r) => r[key]).filter(Boolean);
  const hits = judged.filter((j) => j.hit).length;
  return { hits, cases: mine.length, hitRate: r2(hits / mine.length), meanAbsErrorPct: judged.length ? r2(judged.reduce((s, j) => s + j.absErrorPct, 0) / judged.length) : null };
};
const summary = MODES.map((mode) => {
  const mine = rows.filter((r) => r.mode === mode.name);
  return { mode: mode.name, note: mode.note, catalog: score(mine, 'catalog'), pipeline: score(mine, 'pipeline') };
});

const range = (j) => (j ? `${j.range.low}–${j.range.high}% (${j.range.expected}%)` : 'no item');
const yes = (j) => (j?.hit ? 'yes' : 'no');
const table = [
  '| mode | program | planted function | share | CPU slow → fixed | wall slow → fixed | measured gain (cpu / wall) | fix strategy: plan range (expected) | hit | abs. error | implied f | pipeline strategy: range | hit |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.mode} | ${r.program} | ${r.function} | ${r.sharePct ?? '–'}% (${r.bottleneckSource}) | ${Math.round(r.slowCpuMs)} → ${Math.round(r.fixedCpuMs)} ms | ${Math.round(r.slowMs)} → ${Math.round(r.fixedMs)} ms | ${r.cpuGainPct}% / ${r.wallGainPct}% | ${r.fixStrategy}: ${range(r.catalog)} | ${yes(r.catalog)} | ${r.catalog?.absErrorPct ?? '–'} | ${r.impliedSpeedup ?? '–'} | ${r.pipeline?.strategy ?? '–'}: ${range(r.pipeline)} | ${yes(r.pipeline)} |`),
  '',
  ...summary.map((s) => `- **${s.mode}** (${s.note}): catalog ranges hit ${s.catalog.hits}/${s.catalog.cases}, mean absolute error of \`expected\` ${s.catalog.meanAbsErrorPct} points; the pipeline's own pick hit ${s.pipeline.hits}/${s.pipeline.cases}, mean absolute error ${s.pipeline.meanAbsErrorPct} points.`),
];
const md = `# Calibration of plan gain estimates\n\nNode ${process.version}, ${process.platform}/${process.arch}, medians of ${runs} runs per variant (slow and fixed interleaved). Measured gain = (slow − fixed) / slow, judged by ${clock === 'cpu' ? 'CPU time (user + system) of the process: wall time on a shared machine measures the run queue as much as the program' : 'wall time'}; both are shown. "Fix strategy" is the plan item for the strategy the fixed variant applies, at the share perf-analyze found; "pipeline strategy" is the item perf-plan emits from the analyzer's own strategy choice. Implied f = measured gain / share: the fraction of the bottleneck's time the fix removed.\n\n${table.join('\n')}\n`;
const out = join(root, 'bench/results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'calibration.json'), JSON.stringify({ node: process.version, runs, clock, summary, rows }, null, 2) + '\n');
writeFileSync(join(out, 'calibration.md'), md);
process.stdout.write(md);
