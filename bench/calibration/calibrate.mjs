#!/usr/bin/env node
// make calibrate: build the corpus, and for every pair and size profile the
// slow variant through the real bins (the finding's share and evidence), time
// slow and fixed (median CPU and wall time), and record the point. Writes
// bench/results/calibration.json (every number), the generated data module
// lib/plan/calibration/corpus-points.ts the plan fits its factors from, and
// the out-of-sample table bench/results/calibration.md.
//   CALIBRATE_RUNS   runs per variant (default 5; fewer only while developing)
//   CALIBRATE_ONLY   comma-separated pair ids (node/includes,...) to measure only those
//   CALIBRATE_TABLE_ONLY=1  measure nothing: regenerate the module and the table from calibration.json
//   CALIBRATE_REPROFILE=1   time nothing: profile every slow variant again with the current analyzer and
//                           replace each point's share and evidence, keeping its timings (after an analyzer
//                           change, so the corpus reads shares the way plans read them)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASES, PROFILER } from './cases.mjs';
import { buildCorpus, command } from './build.mjs';
import { EMPTY_PROGRAM, measurePair } from './measure.mjs';
import { profileRun } from './record.mjs';
import { plantedFinding } from './finding.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
// CALIBRATE_DIST: a frozen copy of the build to record with, so a long measurement is not changed by a rebuild under it.
const dist = process.env.CALIBRATE_DIST ?? join(root, 'dist');
const runs = Number(process.env.CALIBRATE_RUNS ?? 5);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`calibrate: CALIBRATE_RUNS must be a positive integer, got ${process.env.CALIBRATE_RUNS}`);
const only = process.env.CALIBRATE_ONLY ? process.env.CALIBRATE_ONLY.split(',') : undefined;
const cases = only ? CASES.filter((c) => only.includes(c.id)) : CASES;

const { evidenceOf, regexOf, runtimeOfFile } = await import(join(dist, 'lib/plan/calibration/evidence.js'));
const { sourceLookup } = await import(join(dist, 'lib/analysis/source-files.js'));
const { calibrationTable, corpusModule } = await import(join(dist, 'lib/plan/calibration/table.js'));
const { sampleCount } = await import(join(dist, 'lib/plan/calibration/share-noise.js'));

const r4 = (x) => Math.round(x * 1e4) / 1e4;
const r2 = (x) => Math.round(x * 100) / 100;
// CALIBRATE_OUT: another results file (two measurements of disjoint pairs at once, merged afterwards).
const resultsPath = process.env.CALIBRATE_OUT ?? join(root, 'bench/results/calibration.json');
const readPoints = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')).points ?? [] : []);
const previous = only ? readPoints(resultsPath).filter((p) => !only.includes(p.pair)) : [];

const tableOnly = process.env.CALIBRATE_TABLE_ONLY === '1' || process.env.CALIBRATE_REPROFILE === '1';
const previousAll = tableOnly ? JSON.parse(readFileSync(resultsPath, 'utf8')) : undefined;
const points = [];
// Written after every point, so a long measurement that stops half-way keeps what it measured.
const save = () => {
  const all = [...previous, ...points].sort((a, b) => (a.pair < b.pair ? -1 : a.pair > b.pair ? 1 : a.size - b.size));
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(resultsPath, JSON.stringify({ node: process.version, runs, clock: 'cpu', points: all }, null, 2) + '\n');
  return all;
};
if (!tableOnly) buildCorpus(here, cases);
for (const kase of tableOnly ? [] : cases) {
  for (const size of kase.sizes) {
    try {
      points.push(await measurePoint(kase, size));
    } catch (err) {
      // One broken pair must not lose the others: it is reported and left out of the fit.
      process.stderr.write(`calibrate: ${kase.id} n=${size} failed: ${err.message}\n`);
      points.push({ pair: kase.id, runtime: kase.runtime === 'c' ? 'native' : kase.runtime, strategy: kase.strategy, size, function: kase.fn, found: null, error: String(err.message).slice(0, 300), share: null });
    }
    save();
  }
}

/** The slow variant profiled through the real bins: the planted finding's share and evidence, as a plan reads them. */
async function profilePoint(kase, size) {
  const slow = command(here, kase, 'slow', size);
  const { analyzed } = profileRun(dist, PROFILER[kase.runtime], slow);
  const finding = plantedFinding(analyzed, kase.fn);
  let evidence;
  if (finding) {
    const runtime = runtimeOfFile(finding.file);
    const frames = analyzed.filter((r) => r.type === 'hotspot').map((r) => r.function);
    const regex = await regexOf(finding, sourceLookup(slow.cwd)(finding.file), runtime, frames);
    evidence = evidenceOf(finding, analyzed.filter((r) => r.type === 'hotspot'), regex);
  }
  const share = finding ? finding.sharePct / 100 : undefined;
  // The share of the profile with user code on the stack: the rest (GC, the runtime's own threads) is charged to no function.
  const originCum = (name) => analyzed.find((r) => r.type === 'group' && r.by === 'origin' && r.name === name && r.profileId === finding?.profileId)?.cumPct ?? 0;
  const user = finding && analyzed.find((r) => r.type === 'group' && r.by === 'origin' && r.name === 'user' && r.profileId === finding.profileId);
  return {
    pair: kase.id, runtime: kase.runtime === 'c' ? 'native' : kase.runtime, strategy: kase.strategy, size,
    function: kase.fn, found: finding ? finding.function : null, ruleId: finding?.ruleId ?? null, ruleStrategies: finding?.strategies ?? [],
    complexity: evidence?.complexity ?? null, ...(evidence?.gcPct !== undefined ? { gcPct: evidence.gcPct } : {}),
    ...(evidence?.regex ? { regex: { source: evidence.regex.source, complexity: evidence.regex.complexity, ...(evidence.regex.degree ? { degree: evidence.regex.degree } : {}) } } : {}),
    share: share === undefined ? null : r4(share),
    ...(user ? { userPct: user.cumPct, originPct: { dependency: originCum('dependency'), kernel: originCum('kernel') } } : {}),
    // The samples behind the share (its sampling error widens the predicted range).
    ...(finding ? { samples: sampleCount(analyzed.find((r) => r.type === 'profile' && r.profileId === finding.profileId)) ?? null } : {}),
    // GC the analyzer already charged to the finding (by its allocations): inside its share.
    ...(finding?.evidence ? { gcChargedPct: r2(finding.evidence.filter((e) => e.resource === 'gc').reduce((s, e) => s + e.sharePct, 0)) } : {}),
  };
}

async function measurePoint(kase, size) {
  const profiled = await profilePoint(kase, size);
  const loadBefore = loadavg()[0];
  const t = measurePair(command(here, kase, 'slow', size), command(here, kase, 'fixed', size), runs, EMPTY_PROGRAM[kase.runtime]);
  // Per unit of work: the start-up timed in the same runs is no part of the profiled window (measure.mjs).
  const work = t.slow.cpuMs - t.startUpMs;
  const processGain = (t.slow.cpuMs - t.fixed.cpuMs) / t.slow.cpuMs;
  const cpuGain = work > 0 ? (t.slow.cpuMs - t.fixed.cpuMs) / work : processGain;
  const wallGain = (t.slow.wallMs - t.fixed.wallMs) / t.slow.wallMs;
  const point = {
    ...profiled,
    gain: r4(cpuGain), processGain: r4(processGain), wallGain: r4(wallGain), baseCpuMs: Math.round(t.startUpMs), startUp: 'interleaved',
    f: profiled.share ? r4(cpuGain / profiled.share) : null,
    slowCpuMs: Math.round(t.slow.cpuMs), fixedCpuMs: Math.round(t.fixed.cpuMs), slowWallMs: Math.round(t.slow.wallMs), fixedWallMs: Math.round(t.fixed.wallMs),
    cpuSpreadPct: Math.round(Math.max(t.slow.cpuSpreadPct, t.fixed.cpuSpreadPct) * 10) / 10, runs,
    gainLow: r4(t.gainInterval.low), gainHigh: r4(t.gainInterval.high),
    // The machine is shared: the 1-minute load average before and after the pair was timed says what it ran under.
    load: [r2(loadBefore), r2(loadavg()[0])],
  };
  process.stderr.write(`calibrate: ${kase.id} n=${size}: share ${point.share ?? 'not found'}, CPU gain ${point.gain} (wall ${point.wallGain}), f ${point.f}\n`);
  return point;
}

if (process.env.CALIBRATE_REPROFILE === '1') {
  buildCorpus(here, cases);
  for (const [i, p] of previousAll.points.entries()) {
    const kase = cases.find((c) => c.id === p.pair);
    if (!kase || p.error) continue;
    try {
      const profiled = await profilePoint(kase, p.size);
      previousAll.points[i] = { ...p, ...profiled, f: profiled.share ? r4(p.gain / profiled.share) : null, reprofiledFrom: { share: p.share, found: p.found } };
      process.stderr.write(`calibrate: ${p.pair} n=${p.size}: share ${p.share} → ${profiled.share}\n`);
    } catch (err) {
      process.stderr.write(`calibrate: ${p.pair} n=${p.size} reprofile failed, kept as measured: ${err.message}\n`);
    }
    writeFileSync(resultsPath, JSON.stringify(previousAll, null, 2) + '\n');
  }
}
const all = tableOnly ? previousAll.points : save();
const meta = tableOnly ? previousAll : { runs };
writeFileSync(join(root, 'lib/plan/calibration/corpus-points.ts'), corpusModule(all));
const md = calibrationTable(all, { runs: meta.runs, node: process.version, host: `${process.platform}/${process.arch}` });
writeFileSync(join(root, 'bench/results/calibration.md'), md);
process.stdout.write(md);
