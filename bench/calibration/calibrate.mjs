#!/usr/bin/env node
// make calibrate: for every planted bottleneck, measure slow vs fixed (median
// wall time), plan the slow one through the real pipeline, and check whether
// the measured gain falls inside the plan item's range. Writes
// bench/results/calibration.{json,md}. CALIBRATE_RUNS sets the runs per
// variant (default 5).
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

const r2 = (x) => Math.round(x * 100) / 100;
const rows = [];
for (const mode of MODES) {
  for (const kase of CASES) {
    const args = (v) => [...mode.flags, join(programs, `${kase.program}-${v}.js`)];
    const t = measurePair(args('slow'), args('fixed'), programs, runs);
    const measured = r2((100 * (t.slowMs - t.fixedMs)) / t.slowMs);
    const plan = planFor(root, kase, mode.flags, programs);
    const g = plan.item?.expectedGainPct;
    const share = plan.item ? r2(100 * plan.item.estimate.share) : undefined;
    rows.push({
      mode: mode.name, program: kase.program, function: kase.fn, strategy: plan.strategy ?? kase.strategy, bottleneckSource: plan.source,
      sharePct: share, slowMs: r2(t.slowMs), fixedMs: r2(t.fixedMs), runs, measuredGainPct: measured,
      plan: g ?? null, hit: g ? measured >= g.low && measured <= g.high : false, absErrorPct: g ? r2(Math.abs(g.expected - measured)) : null,
      impliedSpeedup: share ? r2(measured / share) : null,
    });
    process.stderr.write(`calibrate: ${mode.name} ${kase.program}: measured ${measured}%, plan ${g ? `${g.low}–${g.high}% (expected ${g.expected}%)` : 'none'}\n`);
  }
}

const summary = MODES.map((mode) => {
  const mine = rows.filter((r) => r.mode === mode.name);
  const planned = mine.filter((r) => r.plan);
  return { mode: mode.name, note: mode.note, cases: mine.length, hits: mine.filter((r) => r.hit).length, hitRate: r2(mine.filter((r) => r.hit).length / mine.length), meanAbsErrorPct: planned.length ? r2(planned.reduce((s, r) => s + r.absErrorPct, 0) / planned.length) : null };
});

const table = [
  '| mode | program | planted function | strategy | bottleneck | share | slow → fixed (median) | measured gain | plan range (expected) | hit | abs. error | implied f |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.mode} | ${r.program} | ${r.function} | ${r.strategy} | ${r.bottleneckSource} | ${r.sharePct ?? '–'}% | ${Math.round(r.slowMs)} → ${Math.round(r.fixedMs)} ms | ${r.measuredGainPct}% | ${r.plan ? `${r.plan.low}–${r.plan.high}% (${r.plan.expected}%)` : 'no item'} | ${r.hit ? 'yes' : 'no'} | ${r.absErrorPct ?? '–'} | ${r.impliedSpeedup ?? '–'} |`),
  '',
  ...summary.map((s) => `- **${s.mode}** (${s.note}): hit rate ${s.hits}/${s.cases} (${Math.round(s.hitRate * 100)}%), mean absolute error of \`expected\` ${s.meanAbsErrorPct} points.`),
];
const md = `# Calibration of plan gain estimates\n\nNode ${process.version}, ${process.platform}/${process.arch}, median of ${runs} wall times per variant. Measured gain = (slow − fixed) / slow. Implied f = measured gain / share: the fraction of the bottleneck's time the fix removed.\n\n${table.join('\n')}\n`;
const out = join(root, 'bench/results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'calibration.json'), JSON.stringify({ node: process.version, runs, summary, rows }, null, 2) + '\n');
writeFileSync(join(out, 'calibration.md'), md);
process.stdout.write(md);
