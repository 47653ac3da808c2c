// Picks the importer for an input: by --format when given, else by asking each
// importer about the first bytes. A "yes" wins; "maybe" candidates are tried
// in order and the first that parses wins.

import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { ProfilerError, badInput, usage } from '../base/errors.js';
import { pprofImporter } from './pprof.js';
import { chromeTraceImporter } from './chrome-trace.js';
import { cprofileImporter } from './cprofile.js';
import { foldedImporter } from './folded.js';
import { jfrImporter } from './jfr.js';
import { jprofilerImporter } from './jprofiler.js';
import { perfScriptImporter } from './perf-script.js';
import { speedscopeImporter } from './speedscope.js';
import { v8HeapProfileImporter } from './v8-heapprofile.js';
import { checkProfile, profileLimitsFrom } from '../model/check.js';
import { DEFAULT_LIMITS, HEAD_BYTES, type ImportedProfile, type Importer, type ImportLimits, type ImportSource } from './types.js';
import { v8CpuProfileImporter } from './v8-cpuprofile.js';

export const IMPORTERS: Importer[] = [
  v8CpuProfileImporter,
  pprofImporter,
  v8HeapProfileImporter,
  speedscopeImporter,
  perfScriptImporter,
  jfrImporter,
  chromeTraceImporter,
  cprofileImporter,
  jprofilerImporter,
  foldedImporter, // the most permissive: a 'maybe', tried last
];

export function importerNamed(format: string): Importer {
  const found = IMPORTERS.find((i) => i.format === format);
  if (!found) throw usage(`unknown --format '${format}'; expected one of: ${IMPORTERS.map((i) => i.format).join(', ')}`);
  return found;
}

/**
 * Chunk size for streamed inputs: with the default 64 KiB, reading a 120 MB perf
 * script cost 5x the CPU of reading it in 1 MiB chunks (0.17 s vs 0.03 s), more
 * than scanning its lines.
 */
const READ_CHUNK_BYTES = 1 << 20;

/**
 * A file (relative paths from `from.cwd`, else the process's), or `-` for `from.stdin`. The source is
 * named by the path as given: messages and profile ids say what the user wrote.
 */
export async function openSource(path: string, from: { cwd?: string; stdin?: () => Promise<Buffer> } = {}): Promise<ImportSource> {
  const { stdin } = from;
  if (path === '-') {
    if (!stdin) throw usage('--input - needs standard input');
    const data = await stdin();
    return { name: 'stdin', head: data.subarray(0, HEAD_BYTES), readAll: async () => data, open: () => Readable.from([data]) };
  }
  const file = from.cwd === undefined ? path : resolve(from.cwd, path);
  let head: Buffer;
  try {
    const handle = await open(file, 'r');
    try {
      const buf = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buf, 0, HEAD_BYTES, 0);
      head = buf.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw badInput(path, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? (err as Error).message})`);
  }
  return { name: path, head, readAll: () => readFile(file), open: () => createReadStream(file, { highWaterMark: READ_CHUNK_BYTES }) };
}

/** Import, then check every profile's invariants and size limits once. */
export async function importProfiles(source: ImportSource, limits: ImportLimits, format?: string): Promise<ImportedProfile[]> {
  const profiles = await importUnchecked(source, limits, format);
  for (const p of profiles) checkProfile(p.profile, source.name, limits);
  return profiles;
}

/** Limits from the environment (PERF_MAX_GZIP_BYTES, PERF_MAX_STACK_DEPTH, PERF_MAX_SAMPLES). */
export function importLimitsFrom(env: NodeJS.ProcessEnv): ImportLimits {
  const gzip = env.PERF_MAX_GZIP_BYTES;
  if (gzip !== undefined && !/^\d+$/.test(gzip)) throw badInput('PERF_MAX_GZIP_BYTES', `expected a whole number of bytes, got '${gzip}'`);
  return { ...profileLimitsFrom(env), maxDecompressedBytes: gzip === undefined ? DEFAULT_LIMITS.maxDecompressedBytes : Number(gzip) };
}

async function importUnchecked(source: ImportSource, limits: ImportLimits, format?: string): Promise<ImportedProfile[]> {
  if (source.head.length === 0) throw badInput(source.name, 'empty input; expected a profile');
  if (format) return importerNamed(format).parse(source, limits);
  const answers = IMPORTERS.map((importer) => ({ importer, answer: importer.sniff(source.head, source.name) }));
  const sure = answers.find((a) => a.answer === 'yes');
  if (sure) return sure.importer.parse(source, limits);
  const candidates = answers.filter((a) => a.answer === 'maybe');
  let firstError: unknown;
  for (const { importer } of candidates) {
    try {
      return await importer.parse(source, limits);
    } catch (err) {
      if (!(err instanceof ProfilerError)) throw err;
      firstError ??= err;
    }
  }
  if (firstError && candidates.length === 1) throw firstError;
  throw badInput(
    source.name,
    `unrecognized profile format; expected one of: ${IMPORTERS.map((i) => i.format).join(', ')} (or force one with --format)`,
  );
}
