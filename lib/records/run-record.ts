// The facts of a run record: id, time, host and (read-only) git state.

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpus } from 'node:os';
import type { RunRecord } from './types.js';
import { PACKAGE } from '../base/version.js';
import type { CliIO } from '../base/io.js';

/** The scenario name of `perf-collect --run-profile -- CMD ARGS` (no scenarios file). */
export const AD_HOC_SCENARIO = 'ad-hoc';

export const RUN_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

/** "20261125T200000Z-1a2b3c": sortable by time, distinct by what was run. */
export function makeRunId(now: number, seed: string): string {
  const stamp = new Date(now).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${createHash('sha256').update(seed).digest('hex').slice(0, 6)}`;
}

/** As much of git's output as execa would take (100 MB): a huge dirty tree's status still reads as dirty. */
const GIT_OUTPUT_BYTES = 100e6;

/**
 * git's stdout, or undefined when git is missing or fails. node:child_process, not
 * execa: every perf-collect writes a run record, and importing execa was a fifth
 * of an import's start (0.1 s of CPU).
 */
function git(args: string[], cwd: string): Promise<string | undefined> {
  return new Promise((done) => {
    const child = execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: GIT_OUTPUT_BYTES }, (err, stdout) => done(err ? undefined : stdout));
    child.stdin?.end();
  });
}

export async function gitState(cwd: string): Promise<RunRecord['git'] | undefined> {
  const head = await git(['rev-parse', 'HEAD'], cwd);
  if (head === undefined) return undefined;
  const status = await git(['status', '--porcelain', '--untracked-files=no'], cwd);
  return { commit: head.trim(), dirty: (status ?? '').trim() !== '' };
}

export async function runRecord(io: CliIO, fields: Pick<RunRecord, 'runId' | 'profiler' | 'command'> & Partial<RunRecord>): Promise<RunRecord> {
  const record: RunRecord = {
    type: 'run',
    v: 1,
    startedAt: new Date(io.now()).toISOString(),
    tool: { name: PACKAGE.name, version: PACKAGE.version },
    host: { platform: process.platform, arch: process.arch, cpus: cpus().length, node: process.version },
    ...fields,
  };
  const git = await gitState(io.cwd);
  if (git) record.git = git;
  return record;
}
