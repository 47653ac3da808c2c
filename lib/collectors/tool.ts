// What the external-profiler backends (pprof, perf, jfr, python, cprofile,
// jprofiler) share: finding a program without a shell, importing what the
// profiler wrote through the importer registry, and matching the files a
// program writes itself.

import { constants } from 'node:fs';
import { access, readdir, stat } from 'node:fs/promises';
import { basename, delimiter, dirname, isAbsolute, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { ProfilerError, usage } from '../base/errors.js';
import { importProfiles, openSource } from '../importers/registry.js';
import { DEFAULT_LIMITS, HEAD_BYTES, type ImportSource } from '../importers/types.js';
import type { CollectedProfile, CollectorContext } from './types.js';

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The absolute path of `command` (a name looked up on PATH, or a path), or undefined. */
export async function findCommand(command: string, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  if (command.includes('/')) return (await isExecutable(resolve(command))) ? resolve(command) : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, command);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/** The target's environment as the orchestration will give it: ours, then the scenario's. */
export function targetEnv(ctx: CollectorContext): NodeJS.ProcessEnv {
  return { ...ctx.env, ...ctx.scenario.env };
}

/** `existing` (from the scenario or our environment) with `option` appended, for *_OPTIONS variables. */
export function appendOption(ctx: CollectorContext, variable: string, option: string): string {
  const existing = targetEnv(ctx)[variable] ?? '';
  return `${existing} ${option}`.trim();
}

/** Import one file the profiler wrote, with the given format; each profile gets `labels`. */
export async function importFile(path: string, format: string, labels: Record<string, string> = {}): Promise<CollectedProfile[]> {
  const profiles = await importProfiles(await openSource(path), DEFAULT_LIMITS, format);
  return profiles.map((p) => (Object.keys(labels).length > 0 ? { ...p, labels: { ...labels } } : p));
}

/** A tool-missing error that says what to install. */
export function missing(what: string, install: string): ProfilerError {
  return new ProfilerError('tool-missing', `${what}; ${install}`);
}

/**
 * Files matching `pattern` relative to `cwd`, sorted by name. `*` and `?` are
 * allowed in the last segment only (Node 20 has no fs.glob).
 */
export async function matchFiles(cwd: string, pattern: string): Promise<string[]> {
  const full = isAbsolute(pattern) ? pattern : join(cwd, pattern);
  const dir = dirname(full);
  const last = basename(full);
  if (/[*?[\]{}]/.test(dir)) throw usage(`profiler setting files '${pattern}': wildcards are allowed in the file name only, not in folders`);
  if (!/[*?]/.test(last)) return (await stat(full).then((s) => s.isFile()).catch(() => false)) ? [full] : [];
  const regex = new RegExp(`^${last.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => regex.test(n)).sort().map((n) => join(dir, n));
}

/**
 * A tool's stdout as an import source, so a streaming importer reads it line
 * by line instead of us buffering gigabytes of text. The first bytes are read
 * ahead for `head` and replayed. Undefined when the stream is empty.
 */
export async function streamSource(name: string, stream: Readable): Promise<ImportSource | undefined> {
  const it = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < HEAD_BYTES) {
    const next = await it.next();
    if (next.done) {
      done = true;
      break;
    }
    first.push(next.value);
    size += next.value.length;
  }
  if (size === 0) return undefined;
  const head = Buffer.concat(first).subarray(0, HEAD_BYTES);
  let opened = false;
  const open = (): Readable => {
    if (opened) throw new ProfilerError('runtime', `${name}: a tool's output can be read once only`);
    opened = true;
    return Readable.from(
      (async function* () {
        yield* first;
        if (done) return;
        for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
      })(),
    );
  };
  const readAll = async (): Promise<Buffer> => {
    const chunks: Buffer[] = [];
    for await (const chunk of open()) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };
  return { name, head, open, readAll };
}
