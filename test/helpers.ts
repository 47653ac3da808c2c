// Shared by the tests: run the real built bins, in real pipes, in temp roots.

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Test } from 'tap';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(ROOT, 'dist', 'bin');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const PROFILES = join(FIXTURES, 'profiles');

/**
 * A lib module as built in dist/, typed by its source (`built<typeof import('../lib/x.js')>('lib/x.js')`):
 * for code that must run compiled, as the node collector preloads its compiled agent.
 */
export async function built<Module>(libPath: string): Promise<Module> {
  return (await import(pathToFileURL(join(ROOT, 'dist', libPath)).href)) as Module;
}

export interface BinResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run one built bin with node, feeding `input` on stdin. */
export function runBin(name: string, args: string[], options: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}): BinResult {
  const r = spawnSync(process.execPath, [join(BIN, `${name}.js`), ...args], {
    input: options.input ?? '',
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...options.env },
    maxBuffer: 1 << 30,
  });
  return { code: r.status ?? -1, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
}

/** Run a shell pipeline with the bins on PATH, as a user would type it. */
export function sh(script: string, options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): BinResult {
  const r = spawnSync('bash', ['-o', 'pipefail', '-c', script], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, PATH: `${shimDir()}:${process.env.PATH}`, ...options.env },
    maxBuffer: 1 << 30,
  });
  return { code: r.status ?? -1, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
}

/** sh() without blocking: for runs that must overlap in time. */
export function shAsync(script: string, options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<BinResult> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-o', 'pipefail', '-c', script], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, PATH: `${shimDir()}:${process.env.PATH}`, ...options.env },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }));
  });
}

let shims: string | undefined;
/**
 * A folder of `perf-*` commands that run the built bins (what `npm link`
 * would give). Wrappers call node explicitly, so the tests do not depend on
 * the build having set the execute bit.
 */
export function shimDir(): string {
  if (shims) return shims;
  shims = mkdtempSync(join(tmpdir(), 'perf-bins-'));
  for (const name of ['perf-collect', 'perf-analyze', 'perf-plan', 'perf-apply', 'perf-profiler']) {
    const wrapper = join(shims, name);
    writeFileSync(wrapper, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(join(BIN, `${name}.js`))} "$@"\n`);
    chmodSync(wrapper, 0o755);
  }
  return shims;
}

export function tempRoot(prefix = 'perf-root-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function parseRecords(text: string): Record<string, any>[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, any>);
}

/** Every file under a folder, relative, sorted: to prove what was (not) written. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      const st = statSync(full, { throwIfNoEntry: false });
      if (st?.isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

export function hasCommand(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

/** `go tool pprof -top` rows: function name -> flat and cum as printed percentages. */
export function goPprofTop(path: string): Map<string, { flatPct: number; cumPct: number }> {
  const text = execFileSync('go', ['tool', 'pprof', '-top', '-nodecount=1000', '-nodefraction=0', '-edgefraction=0', path], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const rows = new Map<string, { flatPct: number; cumPct: number }>();
  for (const line of text.split('\n')) {
    const m = /^\s*\S+\s+([\d.]+)%\s+[\d.]+%\s+\S+\s+([\d.]+)%\s+(.+?)(?: \(inline\))?$/.exec(line);
    if (m) rows.set(m[3]!, { flatPct: Number(m[1]), cumPct: Number(m[2]) });
  }
  return rows;
}

/** pprof prints percentages with two decimals, and "100%" for anything from 99.95 up. */
function agreesWithPrinted(ours: number, printed: number): boolean {
  return printed === 100 ? ours >= 99.95 : Math.abs(ours - printed) < 0.006;
}

/**
 * Compare perf-analyze's hotspot records of one profile with `go tool pprof -top` on the .pb.gz
 * perf-apply wrote. pprof merges same-named functions from different files and strips <...> as
 * C++ template arguments, so only unique plain names are compared.
 */
export function disagreementsWithPprof(pbPath: string, hotspots: Record<string, any>[]): { compared: number; problems: string[] } {
  const theirs = goPprofTop(pbPath);
  const problems: string[] = [];
  let compared = 0;
  for (const h of hotspots) {
    if (hotspots.filter((o) => o.function === h.function).length > 1 || h.function.includes('<')) continue;
    const row = theirs.get(h.function);
    if (!row) problems.push(`pprof does not list ${h.function}`);
    else if (!agreesWithPrinted(h.selfPct, row.flatPct) || !agreesWithPrinted(h.cumPct, row.cumPct)) {
      problems.push(`${h.function}: flat ${h.selfPct} vs ${row.flatPct}, cum ${h.cumPct} vs ${row.cumPct}`);
    } else compared++;
  }
  return { compared, problems };
}

/** `perf-profiler --input` on fixtures into a temp root, pinned clock: the run, what it wrote, run.ndjson's records. */
export function profileFixtures(inputs: string[]): { run: BinResult; root: string; files: string[]; records: Record<string, any>[] } {
  const root = tempRoot();
  const run = sh(`perf-profiler ${inputs.map((i) => `--input ${join(PROFILES, i)}`).join(' ')} --top 1000 --root ${root}`, {
    env: { SOURCE_DATE_EPOCH: '1767225600' },
  });
  const files = run.code === 0 ? listFiles(root) : [];
  const records = run.code === 0 ? parseRecords(readFileSync(join(root, files.find((f) => f.endsWith('run.ndjson'))!), 'utf8')) : [];
  return { run, root, files, records };
}

/** go tool pprof -top on each profile's written .pb.gz agrees with perf-analyze's cum hotspots. */
export function checkAgainstPprof(t: Test, written: { root: string; files: string[]; records: Record<string, any>[] }, profileIds: string[]): void {
  for (const profileId of profileIds) {
    const all = written.records.filter((r) => r.type === 'hotspot' && r.profileId === profileId && r.by === 'cum');
    // pprof merges functions of one name: those listed twice are not compared. Under 0.01% it prints
    // e-notation (8.5e-05%), which goPprofTop does not read: compare the rest.
    const once = all.filter((h) => all.filter((o) => o.function === h.function).length === 1);
    const ours = once.filter((r) => r.cumPct >= 0.01);
    const { compared, problems } = disagreementsWithPprof(join(written.root, written.files.find((f) => f.endsWith(`/${profileId}.pb.gz`))!), ours);
    t.same(problems, [], `${profileId}: perf-analyze and go tool pprof agree`);
    t.ok(compared >= Math.min(3, ours.length) && compared > 0, `${profileId}: compared ${compared} of ${ours.length} functions`);
  }
}

/** Each expected profile id has its kind, source format and rank-1 function by self, and its .pb.gz written. */
export function checkProfiles(
  t: Test,
  written: { files: string[]; records: Record<string, any>[] },
  expected: Record<string, [kind: string, format: string, top: string]>,
): void {
  for (const [profileId, [kind, format, top]] of Object.entries(expected)) {
    const p = written.records.find((r) => r.type === 'profile' && r.profileId === profileId);
    t.equal(p?.kind, kind, `${profileId} kind`);
    t.equal(p?.sourceFormat, format, `${profileId} format`);
    const first = written.records.find((r) => r.type === 'hotspot' && r.profileId === profileId && r.by === 'self' && r.rank === 1);
    t.equal(first?.function, top, `${profileId}: ${top} ranks first by self`);
    t.ok(written.files.some((f) => f.endsWith(`/${profileId}.pb.gz`)), `${profileId}.pb.gz written`);
  }
}
