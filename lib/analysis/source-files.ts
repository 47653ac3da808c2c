// Reads the user's source files for hot-line excerpts and source rules. A
// profile may have been recorded elsewhere (CI, a container, another clone),
// so like pprof's -source_path a missing absolute path is retried as ever
// shorter suffixes under the source root. Reads only; caches per file.

import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

/** Larger files are not source code we can excerpt usefully (generated bundles). */
export const MAX_SOURCE_BYTES = 4 * 1024 * 1024;

export type SourceLookup = (file: string) => readonly string[] | undefined;

function readLines(path: string): string[] | undefined {
  try {
    const st = statSync(path);
    if (!st.isFile() || st.size > MAX_SOURCE_BYTES) return undefined;
    return readFileSync(path, 'utf8').split(/\r?\n/);
  } catch {
    return undefined;
  }
}

export function candidatePaths(file: string, root: string): string[] {
  const parts = file.split('/').filter((p) => p !== '' && p !== '.');
  const out = isAbsolute(file) ? [file] : [];
  for (let i = 0; i < parts.length; i++) out.push(join(root, ...parts.slice(i)));
  return out;
}

export function sourceLookup(root: string): SourceLookup {
  const cache = new Map<string, readonly string[] | undefined>();
  return (file) => {
    if (file === '' || file.startsWith('node:') || file.startsWith('<') || file.startsWith('[')) return undefined;
    if (cache.has(file)) return cache.get(file);
    let lines: string[] | undefined;
    for (const path of candidatePaths(file, root)) if ((lines = readLines(path))) break;
    cache.set(file, lines);
    return lines;
  };
}
