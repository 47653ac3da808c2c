// One named file from every finished run folder under .spec/reports/performance/:
// how what each run keeps of its own (its calibration points) is read back
// across runs. Each run writes only inside the folder it claimed (issue 20),
// so concurrent runs never rewrite a shared file; a reader scans the folders.
// A folder counts once run.ndjson is there: perf-apply writes it last.

import { access, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PERFORMANCE_DIR, RUN_FILE } from './run-folders.js';
import { RUN_ID_PATTERN } from './run-record.js';

export interface RunFile {
  runId: string;
  /** Relative to the root, for messages (file:line). */
  path: string;
  text: string;
}

async function readIfThere(path: string): Promise<string | undefined> {
  return readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  });
}

/** The file `name` of every finished run under `root`, in run-id order (deterministic). */
export async function finishedRunFiles(root: string, name: string): Promise<RunFile[]> {
  const dir = join(root, PERFORMANCE_DIR);
  const names = await readdir(dir).catch(() => [] as string[]);
  const out: RunFile[] = [];
  for (const runId of names.filter((n) => RUN_ID_PATTERN.test(n)).sort()) {
    // Unfinished (killed, or still being written by a concurrent run): not read.
    if (!(await access(join(dir, runId, RUN_FILE)).then(() => true, () => false))) continue;
    const text = await readIfThere(join(dir, runId, name));
    if (text !== undefined) out.push({ runId, path: `${PERFORMANCE_DIR}/${runId}/${name}`, text });
  }
  return out;
}
