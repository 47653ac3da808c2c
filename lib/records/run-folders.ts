// The runs a project keeps under .spec/reports/performance/, and which of them
// a `--baseline` word names: a file, a run id, or `latest` (the newest complete
// run of the same scenario). A folder is complete when perf-apply finished it:
// run.ndjson is written last, by rename, and every file it lists is there.
// Runs cut short or unfinished are never picked silently.

import { createReadStream } from 'node:fs';
import { access, open, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { badInput } from '../base/errors.js';
import { readRecords } from './reader.js';
import { AD_HOC_SCENARIO, RUN_ID_PATTERN } from './run-record.js';
import { isType, type RunRecord } from './types.js';
import { validateRecord } from './validate.js';

export const PERFORMANCE_DIR = '.spec/reports/performance';
export const PREVIEWS_DIR = '.spec/reports/previews';
export const RUN_FILE = 'run.ndjson';
/** The run record is the first line; it is small, so the head of the file holds it. */
const HEAD_BYTES = 64 * 1024;

export interface ResolvedBaseline {
  /** The baseline's run.ndjson, relative to `cwd` (as comparison.baselinePath keeps it). */
  path: string;
  /** What was chosen and what was passed over, for a diagnostic; absent for a plain file. */
  note?: string;
  /** Said as a warning: the user named a run that was cut short. */
  warning?: string;
}

interface Candidate {
  runId: string;
  file: string;
  run: RunRecord;
}

/** Which earlier runs count as "the same scenario" for `latest`. */
export function scenarioKey(run: RunRecord): string {
  if (run.scenario?.name && run.scenario.name !== AD_HOC_SCENARIO) return `scenario ${run.scenario.name}`;
  if (run.profiler === 'import') return 'imported profiles';
  return `command ${run.command.join(' ')}`;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

async function firstRecord(file: string): Promise<RunRecord | undefined> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return undefined;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8');
    const end = head.indexOf('\n');
    if (end < 0) return undefined;
    const record = validateRecord(JSON.parse(head.slice(0, end)), `${file}:1`);
    return isType(record, 'run') ? record : undefined;
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}

/** Why a finished-looking run folder cannot serve as a baseline, or undefined when it can. */
async function unfit(root: string, file: string): Promise<{ incomplete?: string; cutShort?: string } | undefined> {
  let cutShort: string | undefined;
  const listed: string[] = [];
  try {
    for await (const { record } of readRecords(createReadStream(file), { source: file })) {
      if (record.type === 'diagnostic' && record.code === 'run-cut-short') cutShort = String(record.message);
      if (isType(record, 'artifact') && record.action === 'written') listed.push(record.path);
    }
  } catch (err) {
    return { incomplete: `its ${RUN_FILE} cannot be read (${(err as Error).message})` };
  }
  for (const path of listed) if (!(await exists(join(root, path)))) return { incomplete: `${path} is missing` };
  return cutShort ? { cutShort } : undefined;
}

async function candidates(root: string): Promise<{ found: Candidate[]; unfinished: string[] }> {
  const dir = join(root, PERFORMANCE_DIR);
  const names = await readdir(dir).catch(() => [] as string[]);
  const found: Candidate[] = [];
  const unfinished: string[] = [];
  for (const runId of names.filter((n) => RUN_ID_PATTERN.test(n)).sort()) {
    const file = join(dir, runId, RUN_FILE);
    const run = await firstRecord(file);
    if (run) found.push({ runId, file, run });
    else unfinished.push(runId);
  }
  // Newest first: by start time, then by id (a suffixed id was claimed later).
  found.sort((a, b) => b.run.startedAt.localeCompare(a.run.startedAt) || b.runId.localeCompare(a.runId, 'en', { numeric: true }));
  return { found, unfinished };
}

/**
 * Resolve a --baseline word. An existing file wins (as before); otherwise a
 * run id names that run's folder, and `latest` the newest complete run of
 * `current`'s scenario other than `current` itself.
 */
export async function resolveBaseline(word: string, options: { root: string; cwd: string; current?: RunRecord }): Promise<ResolvedBaseline> {
  if (await exists(resolve(options.cwd, word))) return { path: word };
  const rel = (file: string) => relative(options.cwd, file) || file;
  const runsDir = join(options.root, PERFORMANCE_DIR);
  if (word === 'latest') {
    if (!options.current) throw badInput('--baseline latest', 'the input has no run record to find the scenario by');
    const key = scenarioKey(options.current);
    const { found, unfinished } = await candidates(options.root);
    const skipped = unfinished.map((id) => `${id} (unfinished: no ${RUN_FILE})`);
    for (const c of found) {
      if (c.runId === options.current.runId || scenarioKey(c.run) !== key) continue;
      const why = await unfit(options.root, c.file);
      if (why) {
        skipped.push(`${c.runId} (${why.incomplete ? `incomplete: ${why.incomplete}` : 'cut short'})`);
        continue;
      }
      const passed = skipped.length > 0 ? `; passed over ${skipped.join(', ')}` : '';
      return { path: rel(c.file), note: `--baseline latest is run ${c.runId} (${key}, started ${c.run.startedAt})${passed}` };
    }
    const passed = skipped.length > 0 ? ` (passed over ${skipped.join(', ')})` : '';
    throw badInput(rel(runsDir), `--baseline latest: no complete earlier run of ${key}${passed}; run it once without --baseline first`);
  }
  if (!RUN_ID_PATTERN.test(word) || word.endsWith('.ndjson')) throw badInput(word, 'no such file; --baseline expects the run.ndjson of an earlier run, a run id or "latest"');
  if (!(await exists(join(runsDir, word)))) {
    throw badInput(word, `no such file, and no run of that id under ${rel(runsDir)}/; --baseline expects a run.ndjson, a run id or "latest"`);
  }
  const file = join(runsDir, word, RUN_FILE);
  if (!(await firstRecord(file))) throw badInput(rel(file), `run ${word} is unfinished (no readable ${RUN_FILE}: it was killed or is still being written)`);
  const why = await unfit(options.root, file);
  if (why?.incomplete) throw badInput(rel(file), `run ${word} is incomplete: ${why.incomplete}`);
  return { path: rel(file), note: `--baseline ${word} is ${rel(file)}`, ...(why?.cutShort ? { warning: `baseline run ${word} was cut short: ${why.cutShort}` } : {}) };
}
