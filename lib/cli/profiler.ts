// perf-profiler: the thin orchestrator. It spawns the four stage bins, pipes
// them, and forwards to each the flags it understands. No analysis here.
// perf-apply's input is held open until the three upstream stages have all
// exited 0, so a failing stage can never leave a half-written report. One
// exception: a --run-profile run that was cut short (Ctrl-C, ready timeout,
// early exit) still emits what it recorded and says so in its exit status
// (RECORDS_EMITTED); that report is written, and its status is returned.
// Ctrl-C goes to perf-collect only: the stages run in their own process
// group, so the terminal's SIGINT does not kill the stages that must write.

import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResultPromise } from 'execa';
import { EXIT_INCONCLUSIVE, EXIT_REGRESSION } from '../compare/verdict.js';
import { EXIT_CUT_SHORT } from '../collectors/types.js';
import { loadSpawn, type CliIO } from '../base/io.js';

export type StageName = 'perf-collect' | 'perf-analyze' | 'perf-plan' | 'perf-apply';
export const STAGES: StageName[] = ['perf-collect', 'perf-analyze', 'perf-plan', 'perf-apply'];

export interface ProfilerOptions {
  /** Arguments for each stage, already split by the bin. */
  stageArgs: Record<StageName, string[]>;
  /** Run the stage bins from this folder (defaults to the bins beside this build). */
  binDir?: string;
  /** perf-apply writes the summary for people (perf-profiler's stdout is a terminal) instead of artifact records. */
  summary?: boolean;
}

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_BIN_DIR = join(here, '../../bin');

/** perf-collect statuses that still come with complete records: cut short (4), SIGINT (130), SIGTERM (143). */
export const RECORDS_EMITTED = new Set([EXIT_CUT_SHORT, 130, 143]);

export async function runProfiler(options: ProfilerOptions, io: CliIO): Promise<number> {
  await loadSpawn();
  const binDir = options.binDir ?? DEFAULT_BIN_DIR;
  const spawn = (stage: StageName, stdin: 'inherit' | 'pipe') =>
    io.spawn(process.execPath, [join(binDir, `${stage}.js`), ...options.stageArgs[stage], ...(stage === 'perf-apply' && options.summary ? ['--summary'] : [])], {
      cwd: io.cwd,
      env: io.env,
      stdin,
      stdout: 'pipe',
      stderr: 'inherit',
      reject: false,
      buffer: false,
      stripFinalNewline: false,
      detached: true,
    });
  // --run-profile --dry-run starts nothing and so has no records for the later stages: perf-collect alone says what would run.
  const collectArgs = options.stageArgs['perf-collect'];
  const collectFlags = collectArgs.includes('--') ? collectArgs.slice(0, collectArgs.indexOf('--')) : collectArgs;
  if (collectFlags.includes('--run-profile') && collectFlags.includes('--dry-run')) return (await spawn('perf-collect', 'inherit')).exitCode ?? 1;
  const procs = STAGES.map((stage, i) => spawn(stage, i === 0 ? 'inherit' : 'pipe')) as ResultPromise[];
  const [collect, analyze, plan, apply] = procs as [ResultPromise, ResultPromise, ResultPromise, ResultPromise];
  collect.stdout!.pipe(analyze.stdin!);
  analyze.stdout!.pipe(plan.stdin!);
  plan.stdout!.pipe(apply.stdin!, { end: false });
  apply.stdout!.pipe(io.stdout);
  for (const p of procs) p.stdin?.on('error', () => {}); // a stage that died early closes its stdin
  const forward = (signal: NodeJS.Signals) => collect.kill(signal);
  const offSignal = io.onStopSignal(forward);

  const upstream = await Promise.all([collect, analyze, plan]).finally(offSignal);
  const emitted = RECORDS_EMITTED.has(upstream[0].exitCode ?? -1);
  // perf-analyze's gate verdict (exit 3 failed, 5 inconclusive) comes after all its records: write the report, then exit so.
  const gated = upstream[1].exitCode === EXIT_REGRESSION || upstream[1].exitCode === EXIT_INCONCLUSIVE;
  const failed = upstream.findIndex((r, i) => r.exitCode !== 0 && !(i === 0 && emitted) && !(i === 1 && gated));
  if (failed >= 0) {
    apply.kill('SIGTERM');
    await apply;
    const culprit = upstream[failed]!;
    if (culprit.signal) io.stderr.write(`perf-profiler: ${STAGES[failed]} was killed by ${culprit.signal}\n`);
    // Killed by a signal: the status a shell gives it (130 for SIGINT, 143 for SIGTERM).
    return culprit.exitCode ?? (culprit.signal ? 128 + (constants.signals[culprit.signal as NodeJS.Signals] ?? 0) : 1);
  }
  await new Promise<void>((resolve) => {
    if (plan.stdout!.readableEnded) resolve();
    else plan.stdout!.once('end', resolve);
  });
  apply.stdin!.end();
  const result = await apply;
  if (result.exitCode === 0 && emitted) return upstream[0].exitCode!;
  if (result.exitCode === 0 && gated) return upstream[1].exitCode!;
  return result.exitCode ?? 1;
}
