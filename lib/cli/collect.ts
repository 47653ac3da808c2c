// perf-collect: turn profiles into records. This module handles --input
// (import); --run-profile (running the application under a profiler) is
// lib/cli/collect-scenario.ts.

import { basename, resolve } from 'node:path';
import { STAGE, emitCollected, uniqueId } from './collect-records.js';
import { stageOutput } from './stage-output.js';
import { withReadProgress } from './import-progress.js';
import { LiveLine } from './live-line.js';
import { collectSummary } from './summary/collect-summary.js';
import { usage } from '../base/errors.js';
import { importLimitsFrom, importProfiles, openSource } from '../importers/registry.js';
import type { ImportedProfile } from '../importers/types.js';
import type { CliIO } from '../base/io.js';
import { logger } from '../base/io.js';
import { RUN_ID_PATTERN, makeRunId, runRecord } from '../records/run-record.js';

export interface CollectOptions {
  input: string[];
  format?: string;
  runId?: string;
  runProfile: boolean;
  scenario?: string;
  profiler?: string;
  config?: string;
  repeat?: number;
  command: string[];
  dryRun: boolean;
  verbose: boolean;
  /** Write the summary for people instead of the records (stdout is a terminal). */
  summary?: boolean;
}

/** More repeats than this is a typo more often than a plan (each is a full run). */
export const MAX_REPEATS = 50;

/** An import quicker than this shows no progress line (most profiles take a fraction of a second). */
const IMPORT_QUIET_MS = 1000;

export const NOTHING_TO_DO =
  'nothing to collect: pass --input FILE to import a profile you already have, or --run-profile [--scenario NAME] to run the application under a profiler';

async function readStdin(io: CliIO): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** A profile id from the input's name: "cpu.pb.gz" -> "cpu", unique within the run. */
export function profileIdFor(name: string, imported: ImportedProfile, taken: Set<string>): string {
  const stem = basename(name).replace(/(\.pb)?(\.gz)?$/, '').replace(/\.[A-Za-z0-9]+$/, '');
  const words = [stem, imported.label].filter(Boolean).join('-');
  return uniqueId(words.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 100) || 'profile', taken);
}

export async function runCollect(options: CollectOptions, io: CliIO): Promise<number> {
  const log = logger(io, 'perf-collect', options.verbose);
  if (options.runId !== undefined && !RUN_ID_PATTERN.test(options.runId)) {
    throw usage(`--run-id '${options.runId}' must match ${RUN_ID_PATTERN.source}`);
  }
  if (options.repeat !== undefined && (!Number.isInteger(options.repeat) || options.repeat < 1 || options.repeat > MAX_REPEATS)) {
    throw usage(`--repeat must be a whole number from 1 to ${MAX_REPEATS}, got ${options.repeat}`);
  }
  if (options.repeat !== undefined && !options.runProfile) throw usage('--repeat needs --run-profile (imported profiles cannot be re-run)');
  if (options.runProfile) {
    if (options.input.length > 0) throw usage('--run-profile and --input cannot be used together');
    // Loaded only here: the scenario path pulls in the collectors and autocannon, 6% of an --input import's time.
    const { collectScenario } = await import('./collect-scenario.js');
    return collectScenario({ ...options, cwd: io.cwd }, io);
  }
  if (options.input.length === 0) throw usage(NOTHING_TO_DO);
  if (options.input.filter((i) => i === '-').length > 1) throw usage('--input - (stdin) can be given only once');

  // Import everything before writing anything: a bad third file must not leave
  // a run with two profiles on stdout.
  const limits = importLimitsFrom(io.env);
  const imported: { name: string; profiles: ImportedProfile[] }[] = [];
  for (const path of options.input) {
    const line = new LiveLine(io, STAGE, IMPORT_QUIET_MS);
    try {
      const source = await withReadProgress(await openSource(path, { cwd: io.cwd, stdin: () => readStdin(io) }), path === '-' ? path : resolve(io.cwd, path), line);
      log.info(`importing ${source.name}`);
      imported.push({ name: source.name, profiles: await importProfiles(source, limits, options.format) });
    } finally {
      line.done();
    }
  }
  const runId = options.runId ?? makeRunId(io.now(), options.input.join('\0'));
  const run = await runRecord(io, { runId, ...(options.runId !== undefined ? { runIdGiven: true } : {}), profiler: 'import', command: ['perf-collect', ...options.input.flatMap((i) => ['--input', i])], inputs: options.input });
  const taken = new Set<string>();
  const profiles = imported.flatMap(({ name, profiles }) =>
    profiles.map((p) => {
      const profileId = profileIdFor(name, p, taken);
      log.info(`profile ${profileId}: ${p.kind}, ${p.profile.samples.length} samples from ${p.sourceFormat}`);
      return { profileId, imported: p, source: name };
    }),
  );
  await emitCollected(stageOutput(io, STAGE, options.summary ? collectSummary : undefined), { run, profiles });
  return 0;
}
