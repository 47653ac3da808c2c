// The only module in the project that writes files. Every path is checked
// before anything touches the disk: it must be relative to the project root,
// land under .spec/reports/performance/ or .spec/reports/previews/, contain no
// "..", no NUL, no .git/.smartspec segment, and pass through no symlink. Files
// are written to a temporary name in the same folder and renamed, so a killed
// run leaves either the old file or the whole new one. A run folder (the first
// folder below an allowed root) is written only by the gate that created it
// with an exclusive mkdir (claimRunFolder): two runs never share a folder.

import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { link, lstat, mkdir, open, readdir, realpath, rename, rmdir, unlink } from 'node:fs/promises';
import { isAbsolute, join, sep } from 'node:path';
import { ProfilerError } from './base/errors.js';
import { isAlive } from './base/process-alive.js';

export const ALLOWED_ROOTS = ['.spec/reports/performance', '.spec/reports/previews'] as const;
const FORBIDDEN_SEGMENTS = new Set(['.git', '.smartspec']);
/** Our temporary files: ".<name>.<pid>.<8 hex>.tmp". */
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;
const MAX_SEGMENT_BYTES = 255;

export interface WriteResult {
  path: string;
  bytes: number;
  sha256: string;
  action: 'written' | 'would-write' | 'kept';
}

export interface WriteOptions {
  /** false: never replace an existing file (tasks.md); the result says "kept". */
  overwrite?: boolean;
}

function refuse(path: string, why: string): ProfilerError {
  return new ProfilerError('write-refused', `refusing to write ${JSON.stringify(path)}: ${why}`);
}

/** Check the words of a path, with no I/O. Returns its segments. */
export function checkRelativePath(path: string): string[] {
  if (path.includes('\0')) throw refuse(path, 'NUL byte in path');
  if (isAbsolute(path) || path.startsWith('/') || path.startsWith('\\')) throw refuse(path, 'absolute paths are not allowed');
  const segments = path.split(/[\\/]/);
  if (segments.some((s) => s === '..')) throw refuse(path, '".." segments are not allowed');
  if (segments.some((s) => s === '' || s === '.')) throw refuse(path, 'empty or "." segments are not allowed');
  if (segments.some((s) => FORBIDDEN_SEGMENTS.has(s))) throw refuse(path, 'never writes under .git/ or .smartspec/');
  if (segments[0] === 'src') throw refuse(path, 'never writes under src/');
  if (segments.some((s) => Buffer.byteLength(s) > MAX_SEGMENT_BYTES)) throw refuse(path, `a segment is longer than ${MAX_SEGMENT_BYTES} bytes`);
  const allowed = ALLOWED_ROOTS.some((root) => {
    const prefix = root.split('/');
    return segments.length > prefix.length && prefix.every((p, i) => segments[i] === p);
  });
  if (!allowed) throw refuse(path, `only ${ALLOWED_ROOTS.map((r) => r + '/').join(' and ')} may be written`);
  return segments;
}

/** How many suffixed ids (-2, -3, ...) claimRunFolder tries before giving up. */
const MAX_RUN_ID_SUFFIX = 999;

export class WriteGate {
  private readonly root: string;
  private readonly dryRun: boolean;
  private realRoot: string | undefined;
  /** "<allowed root>/<run folder>" this gate created (or, dry, would create). */
  private readonly claimed = new Set<string>();

  constructor(root: string, options: { dryRun?: boolean } = {}) {
    this.root = root;
    this.dryRun = options.dryRun ?? false;
  }

  async write(path: string, content: string | Buffer, options: WriteOptions = {}): Promise<WriteResult> {
    const segments = checkRelativePath(path);
    this.checkClaimed(path, segments);
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const result = { path: segments.join('/'), bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') };
    if (this.dryRun) return { ...result, action: 'would-write' };
    const dir = await this.ensureFolders(path, segments.slice(0, -1));
    await this.removeStaleTemps(dir);
    const target = join(dir, segments[segments.length - 1]!);
    const existing = await lstat(target).catch(() => undefined);
    if (existing?.isSymbolicLink()) throw refuse(path, 'the target is a symlink');
    if (existing?.isDirectory()) throw refuse(path, 'a folder is in the way');
    if (existing && options.overwrite === false) return { ...result, action: 'kept' };
    const temp = join(dir, `.${segments[segments.length - 1]!.slice(0, 200)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    // O_EXCL|O_NOFOLLOW: a file or symlink planted at the temp name is never followed.
    const handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } catch (err) {
      await handle.close().catch(() => {});
      await unlink(temp).catch(() => {});
      throw new ProfilerError('runtime', `writing ${path} failed (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); nothing was replaced`);
    }
    await handle.close();
    try {
      if (options.overwrite === false) {
        // link() fails with EEXIST instead of replacing: no clobber even in a race.
        const linked = await link(temp, target).then(
          () => true,
          (err: NodeJS.ErrnoException) => {
            if (err.code === 'EEXIST') return false;
            throw err;
          },
        );
        await unlink(temp);
        if (!linked) return { ...result, action: 'kept' };
      } else {
        await rename(temp, target);
      }
    } catch (err) {
      await unlink(temp).catch(() => {});
      throw err;
    }
    return { ...result, action: 'written' };
  }

  /**
   * Create the run folder `runId` under every root in `roots` with an exclusive
   * mkdir, so no other run can write there. A taken id gets the first free
   * suffix (-2, -3, ...: deterministic for the same root), unless `exact`
   * (--run-id was given), which fails instead. Returns the id claimed. A dry
   * gate creates nothing and returns the id it would claim.
   */
  async claimRunFolder(runId: string, roots: readonly string[], options: { exact?: boolean } = {}): Promise<string> {
    for (let n = 1; n <= MAX_RUN_ID_SUFFIX; n++) {
      const id = n === 1 ? runId : `${runId}-${n}`;
      const paths = roots.map((root) => `${root}/${id}`);
      if (await this.claimAll(paths)) return id;
      if (options.exact) {
        throw new ProfilerError('usage', `run ${runId} already exists under ${roots[0]}/ (--run-id names a run that was written before); choose another --run-id or leave it out`);
      }
    }
    throw new ProfilerError('runtime', `run ids ${runId} to ${runId}-${MAX_RUN_ID_SUFFIX} are all taken under ${roots[0]}/`);
  }

  /** Claim every folder, or none: a half claim is given back (the folders are still empty). */
  private async claimAll(paths: string[]): Promise<boolean> {
    const made: string[] = [];
    for (const path of paths) {
      const segments = checkRelativePath(`${path}/x`).slice(0, -1);
      if (this.dryRun) {
        // Nothing is created: the id is free when no such entry exists yet.
        if (await lstat(join(this.root, ...segments)).then(() => true, () => false)) return false;
        continue;
      }
      const parent = await this.ensureFolders(path, segments.slice(0, -1));
      const dir = join(parent, segments[segments.length - 1]!);
      const free = await mkdir(dir).then(
        () => true,
        (err: NodeJS.ErrnoException) => {
          if (err.code === 'EEXIST') return false;
          throw refuse(path, `cannot create folder (${err.code})`);
        },
      );
      if (!free) {
        for (const m of made) await rmdir(m).catch(() => {});
        return false;
      }
      made.push(dir);
    }
    for (const path of paths) this.claimed.add(path);
    if (!this.dryRun) await this.sweepKilledRuns(paths);
    return true;
  }

  private checkClaimed(path: string, segments: string[]): void {
    const root = ALLOWED_ROOTS.find((r) => segments.join('/').startsWith(r + '/'))!;
    const depth = root.split('/').length;
    if (segments.length <= depth + 1) return; // a file directly under the root: not a run folder
    const folder = segments.slice(0, depth + 1).join('/');
    if (!this.claimed.has(folder)) throw refuse(path, `${folder} was not created by this run (a run writes only into the folder it claimed)`);
  }

  /**
   * Temp files of killed runs live in folders no later run writes into, so they
   * are swept when a new run is claimed: only in folders with no run.ndjson yet
   * (an unfinished run) and only temps whose writer process is gone.
   */
  private async sweepKilledRuns(claimedNow: string[]): Promise<void> {
    for (const root of new Set(claimedNow.map((p) => p.slice(0, p.lastIndexOf('/'))))) {
      const base = join(this.realRoot!, root);
      for (const name of await readdir(base).catch(() => [] as string[])) {
        const dir = join(base, name);
        const stat = await lstat(dir).catch(() => undefined);
        if (!stat?.isDirectory() || (await lstat(join(dir, 'run.ndjson')).then(() => true, () => false))) continue;
        await this.removeStaleTemps(dir);
      }
    }
  }

  /** A run killed mid-write (SIGKILL) leaves its temp file behind; the next write in that folder removes it. */
  private readonly swept = new Set<string>();
  private async removeStaleTemps(dir: string): Promise<void> {
    if (this.swept.has(dir)) return;
    this.swept.add(dir);
    for (const name of await readdir(dir)) {
      const m = TEMP_NAME.exec(name);
      if (!m || isAlive(Number(m[1]))) continue;
      const stat = await lstat(join(dir, name)).catch(() => undefined);
      if (stat?.isFile()) await unlink(join(dir, name)).catch(() => {});
    }
  }

  /** Create the folders one by one from the root, refusing any symlink on the way. */
  private async ensureFolders(path: string, folders: string[]): Promise<string> {
    this.realRoot ??= await realpath(this.root).catch(() => {
      throw refuse(path, `the project root ${this.root} does not exist`);
    });
    let current = this.realRoot;
    for (const name of folders) {
      current = join(current, name);
      let stat = await lstat(current).catch(() => undefined);
      if (!stat) {
        await mkdir(current).catch((err: NodeJS.ErrnoException) => {
          if (err.code !== 'EEXIST') throw refuse(path, `cannot create folder ${name} (${err.code})`);
        });
        stat = await lstat(current);
      }
      if (stat.isSymbolicLink()) throw refuse(path, `${current.slice(this.realRoot.length + 1).split(sep).join('/')} is a symlink`);
      if (!stat.isDirectory()) throw refuse(path, `${current.slice(this.realRoot.length + 1).split(sep).join('/')} is not a folder`);
    }
    return current;
  }
}

