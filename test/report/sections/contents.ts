// One real run's records for the section tests: a recorded profile through
// perf-collect, perf-analyze (against a baseline: itself, run earlier) and
// perf-plan in-process, with a scenario, load metrics and a bottleneck added
// after analysis (run-records.ts), and the host facts pinned so the snapshots hold anywhere.
//
// perf-analyze and perf-plan run in a fresh temporary directory of their own:
// nothing is read from the checkout (a .spec/ left by another test running at
// the same time), so parallel runs and any clone give the same bytes.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnyRecord, RunRecord } from '../../../lib/records/types.js';
import { groupRecords, type RunContents } from '../../../lib/report/run-contents.js';
import { analyze, collect, plan, records } from '../../cli/stages.js';
import { withRunExtras } from '../run-records.js';

// Folded stacks name functions only: no source file to read, so the snapshots are the same on every machine.
const INPUT = 'test/fixtures/profiles/c-hot.folded';

function pinned(run: RunRecord): RunRecord {
  const { git: _machineDependent, ...rest } = run;
  return { ...rest, host: { platform: 'linux', arch: 'x64', cpus: 2, node: 'v20.0.0' }, tool: { name: 'perf-profiler', version: '0.0.0-test' } };
}

export async function runContents(): Promise<RunContents> {
  const dir = mkdtempSync(join(tmpdir(), 'perf-sections-'));
  // perf-collect opens --input relative to the process's directory (not io.cwd), so it runs in the checkout; its git state is dropped below.
  const collected = await collect([INPUT], { runId: 'section-test' });
  const baseline = await plan(withRunExtras((await analyze(collected.stdout, {}, dir)).stdout), {}, dir);
  writeFileSync(join(dir, 'baseline.ndjson'), baseline.stdout);
  const analyzed = await analyze(collected.stdout, { baseline: 'baseline.ndjson' }, dir);
  const planned = await plan(withRunExtras(analyzed.stdout), {}, dir);
  if (planned.code !== 0) throw new Error(planned.stderr);
  const all = records(planned.stdout) as AnyRecord[];
  const run = pinned(all.find((r): r is RunRecord => r.type === 'run')!);
  return groupRecords(run, all.map((r) => (r.type === 'run' ? run : r)));
}
