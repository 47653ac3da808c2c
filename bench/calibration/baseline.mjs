#!/usr/bin/env node
// For points measured before calibrate.mjs timed the start-up in the same
// runs (measure.mjs measurePair): those have startUp 'interleaved' and are
// left as they are. A start-up timed apart from the pairs' runs is not
// comparable with them under a changing load; prefer re-measuring a point.
// Per unit of work: a run's CPU time holds the runtime's start-up (the
// interpreter, the JVM and its JIT threads) besides the work the profile saw,
// and no fix touches it. So the start-up of each runtime is measured too, as
// an empty program (median CPU time of the runs; compiled Go and C start in
// about a millisecond and count as 0), and the gain is taken over the rest:
//   gain = (slow − fixed) / (slow − start-up),
// the quantity the finding's share (of the profiled window) predicts. The
// whole-process gain stays beside it (processGain). An empty program, not the
// pair at a tiny input: some pairs do a fixed number of iterations whatever
// the input, so that would not be start-up alone. Measured apart from the
// pairs (make calibrate runs it after them) and written into the same
// results file; CPU time is what is compared.
//   node bench/calibration/baseline.mjs [results.json ...]   (default bench/results/calibration.json)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMPTY_PROGRAM, median, timed } from './measure.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const runs = Number(process.env.CALIBRATE_RUNS ?? 5);
const files = process.argv.length > 2 ? process.argv.slice(2) : [join(here, '../results/calibration.json')];
const r4 = (x) => Math.round(x * 1e4) / 1e4;
const startUp = new Map();

for (const file of files) {
  const results = JSON.parse(readFileSync(file, 'utf8'));
  for (const p of results.points) {
    if (p.error || p.startUp === 'interleaved') continue;
    const runtime = p.pair.split('/')[0];
    if (!startUp.has(runtime)) {
      const argv = EMPTY_PROGRAM[runtime];
      startUp.set(runtime, argv ? median(Array.from({ length: runs }, () => timed(argv, here).cpuMs)) : 0);
    }
    const base = startUp.get(runtime);
    const work = p.slowCpuMs - base;
    p.baseCpuMs = Math.round(base);
    p.processGain ??= p.gain;
    p.gain = work > 0 ? r4((p.slowCpuMs - p.fixedCpuMs) / work) : p.processGain;
    if (p.share > 0) p.f = r4(p.gain / p.share);
    process.stderr.write(`baseline: ${p.pair} n=${p.size}: start-up ${p.baseCpuMs} ms of ${p.slowCpuMs}; gain ${p.processGain} → ${p.gain} per unit of work\n`);
  }
  writeFileSync(file, JSON.stringify({ ...results, gain: 'per unit of work (start-up subtracted)' }, null, 2) + '\n');
}
