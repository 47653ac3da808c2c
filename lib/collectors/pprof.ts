// The `pprof` profiler for Go programs, two ways:
// - settings.url: pull from a net/http/pprof endpoint. When the window opens we
//   start `profile?seconds=W` (CPU) and the delta profiles `allocs`, `mutex`,
//   `block` `?seconds=W`, which Go answers at the end of the window with what
//   happened inside it; when it closes we take a `heap` snapshot (live memory).
//   Through the window `goroutine` snapshots add up to a wall profile of where
//   goroutines wait (netpoll, syscalls, locks, channels), labelled by state.
// - settings.files: collect the pprof files the program writes itself
//   (runtime/pprof, go test -cpuprofile), a path or `*` glob relative to cwd.
// The target itself is launched unchanged.

import { stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ProfilerError, oneLine, usage } from '../base/errors.js';
import type { Profile, ProfileKind } from '../model/profile.js';
import { startGoroutines, stopGoroutines } from './pprof-goroutines.js';
import { goHeapSeries, goRetention, startGoMemory, stopGoMemory } from './pprof-memory.js';
import { importFile, matchFiles } from './tool.js';
import type { CollectedProfile, Collector, CollectorContext } from './types.js';

/** `wall`: goroutine snapshots through the window (pprof-goroutines.ts), where goroutines wait in netpoll and syscalls. */
export const PPROF_KINDS: ProfileKind[] = ['cpu', 'heap', 'alloc', 'lock', 'block', 'wall'];
/** Extra time over the window we wait for Go to answer a `?seconds=` request. */
const ANSWER_GRACE_MS = 15_000;
/** How long a snapshot may take once the window has closed (the target is still up). */
const SNAPSHOT_TIMEOUT_MS = 5_000;
/** The window when the orchestration cannot know it (load `command`, or http by amount). */
export const DEFAULT_WINDOW_S = 30;

/** One endpoint: which kind it gives, when it is asked, and which kind of what the importer returns is kept. */
interface Endpoint {
  path: string;
  kind: ProfileKind;
  /** 'window': `?seconds=W` at window start; 'end': a snapshot when the window closes. */
  when: 'window' | 'end';
}

const ENDPOINTS: Endpoint[] = [
  { path: 'profile', kind: 'cpu', when: 'window' },
  { path: 'allocs', kind: 'alloc', when: 'window' },
  { path: 'mutex', kind: 'lock', when: 'window' },
  { path: 'block', kind: 'block', when: 'window' },
  { path: 'heap', kind: 'heap', when: 'end' },
];

/** Per run (keyed by work dir): the requests in flight, and when the run started (files mode). */
const pending = new Map<string, Promise<void>[]>();
const startedAt = new Map<string, number>();
/** Per run (keyed by work dir): the goroutine wall profile of the window. */
const goroutineProfiles = new Map<string, Profile>();

function kindsOf(ctx: CollectorContext): ProfileKind[] {
  return ctx.settings.kinds ?? PPROF_KINDS;
}

function baseUrl(ctx: CollectorContext): URL | undefined {
  const raw = ctx.settings.url;
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(String(raw));
  } catch {
    throw usage(`scenario '${ctx.scenario.name}': profiler.url '${String(raw)}' is not a URL; expected e.g. http://127.0.0.1:6060/debug/pprof`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw usage(`scenario '${ctx.scenario.name}': profiler.url must be http or https, got '${url.protocol}'`);
  }
  return url;
}

export function endpointUrl(base: URL, path: string, seconds?: number): string {
  const url = new URL(`${base.href.replace(/\/+$/, '')}/${path}`);
  if (seconds !== undefined) url.searchParams.set('seconds', String(seconds));
  // A live-heap snapshot after a GC: what is still referenced, not what awaits collection.
  if (path === 'heap') url.searchParams.set('gc', '1');
  return url.href;
}

/** Fetch one profile into the work dir; failures are logged, not thrown: the other kinds still count. */
async function pull(ctx: CollectorContext, endpoint: Endpoint, url: string, timeoutMs: number, stopOnAbort = true): Promise<void> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = stopOnAbort ? AbortSignal.any([ctx.signal, timeout]) : timeout;
  try {
    const response = await fetch(url, { signal });
    const body = Buffer.from(await response.arrayBuffer());
    if (!response.ok) {
      ctx.log(`pprof: ${url} answered ${response.status}: ${oneLine(body.toString('utf8').slice(0, 200))}`);
      return;
    }
    await writeFile(join(ctx.workDir, `${endpoint.path}.pb.gz`), body);
  } catch (err) {
    ctx.log(`pprof: no ${endpoint.kind} profile from ${url} (${oneLine(err)})`);
  }
}

async function collectFromUrl(ctx: CollectorContext): Promise<CollectedProfile[]> {
  const out: CollectedProfile[] = [];
  const goroutines = goroutineProfiles.get(ctx.workDir);
  goroutineProfiles.delete(ctx.workDir);
  for (const endpoint of ENDPOINTS) {
    if (!kindsOf(ctx).includes(endpoint.kind)) continue;
    const path = join(ctx.workDir, `${endpoint.path}.pb.gz`);
    if (!(await stat(path).catch(() => undefined))) continue;
    // allocs and heap both import as a heap and an alloc profile; keep the one this endpoint is for.
    const kept = (await importFile(path, 'pprof')).filter((p) => p.kind === endpoint.kind);
    for (const p of kept) {
      if (p.profile.samples.length === 0) {
        ctx.log(`pprof: the ${endpoint.kind} profile is empty${emptyHint(endpoint.kind)}`);
        continue;
      }
      if (endpoint.kind !== 'heap') out.push({ ...p, label: endpoint.kind });
      else {
        out.push({ ...p, profile: await goRetention(ctx, p.profile), label: endpoint.kind });
      }
    }
  }
  if (goroutines) out.push({ kind: 'wall', sourceFormat: 'pprof', profile: goroutines, label: 'goroutine' });
  return out;
}

function emptyHint(kind: ProfileKind): string {
  if (kind === 'lock') return ' (the program must call runtime.SetMutexProfileFraction to record mutex contention)';
  if (kind === 'block') return ' (the program must call runtime.SetBlockProfileRate to record blocking)';
  return '';
}

async function collectFiles(ctx: CollectorContext, pattern: string): Promise<CollectedProfile[]> {
  const since = startedAt.get(ctx.workDir) ?? 0;
  const out: CollectedProfile[] = [];
  const paths = await matchFiles(ctx.cwd, pattern);
  for (const path of paths) {
    const info = await stat(path);
    // A file left over from an earlier run is not this run's profile.
    if (info.mtimeMs < since) {
      ctx.log(`pprof: skipped ${path}: written before this run started`);
      continue;
    }
    const stem = basename(path).replace(/(\.pb)?(\.gz)?$/, '').replace(/\.[A-Za-z0-9]+$/, '');
    const imported = await importFile(path, 'pprof', { file: basename(path) });
    for (const p of imported) out.push({ ...p, label: imported.length > 1 ? `${stem}-${p.kind}` : stem });
  }
  if (out.length === 0) throw new ProfilerError('runtime', `pprof: no profile file written by this run matches '${pattern}' in ${ctx.cwd}`);
  return out;
}

export const pprofCollector: Collector = {
  name: 'pprof',
  async check(ctx) {
    const url = baseUrl(ctx);
    const files = ctx.settings.files;
    if (url === undefined && (typeof files !== 'string' || files === '')) {
      throw usage(
        `scenario '${ctx.scenario.name}': the pprof profiler needs profiler.url (a net/http/pprof endpoint such as http://127.0.0.1:6060/debug/pprof) or profiler.files (the pprof files the program writes, e.g. "cpu-*.pb.gz")`,
      );
    }
    if (url !== undefined && files !== undefined) throw usage(`scenario '${ctx.scenario.name}': give profiler.url or profiler.files, not both`);
    for (const kind of kindsOf(ctx)) {
      if (!PPROF_KINDS.includes(kind)) throw usage(`scenario '${ctx.scenario.name}': the pprof profiler cannot record '${kind}'; expected some of ${PPROF_KINDS.join(', ')}`);
    }
  },
  async prepare(ctx) {
    startedAt.set(ctx.workDir, ctx.clock());
    pending.set(ctx.workDir, []);
    return { command: ctx.scenario.command, env: {} };
  },
  async onMeasureStart(ctx, windowS) {
    const base = baseUrl(ctx);
    if (!base) return;
    // Go needs the length up front, in whole seconds; an unknown window (0) gets durationS or a default.
    const known = windowS > 0 ? windowS : (ctx.scenario.durationS ?? DEFAULT_WINDOW_S);
    if (windowS <= 0) ctx.log(`pprof: the measurement window has no set length; profiling ${known} s from its start`);
    const seconds = Math.max(1, Math.round(known));
    // Not awaited: the load starts now; the start snapshot takes its GC meanwhile (onMeasureEnd waits for it).
    const memory = kindsOf(ctx).includes('heap') ? [startGoMemory(ctx, base)] : [];
    if (kindsOf(ctx).includes('wall')) startGoroutines(ctx, endpointUrl(base, 'goroutine'));
    const requests = ENDPOINTS.filter((e) => e.when === 'window' && kindsOf(ctx).includes(e.kind)).map((e) =>
      pull(ctx, e, endpointUrl(base, e.path, seconds), seconds * 1000 + ANSWER_GRACE_MS),
    );
    pending.set(ctx.workDir, [...memory, ...requests]);
  },
  async onMeasureEnd(ctx) {
    const base = baseUrl(ctx);
    if (!base) return;
    await Promise.all(pending.get(ctx.workDir) ?? []);
    pending.delete(ctx.workDir);
    await stopGoMemory(ctx);
    const goroutines = await stopGoroutines(ctx);
    if (goroutines) goroutineProfiles.set(ctx.workDir, goroutines);
    // Cut short: the window's requests were abandoned, but the target is still up, so take
    // what exists now (totals since it started; CPU profiles exist only for a full window).
    const cut = ctx.signal.aborted;
    for (const e of ENDPOINTS.filter((e) => kindsOf(ctx).includes(e.kind) && (e.when === 'end' || (cut && e.path !== 'profile')))) {
      if (await stat(join(ctx.workDir, `${e.path}.pb.gz`)).catch(() => undefined)) continue;
      await pull(ctx, e, endpointUrl(base, e.path), SNAPSHOT_TIMEOUT_MS, false);
    }
  },
  async collect(ctx) {
    try {
      const files = ctx.settings.files;
      return typeof files === 'string' && files !== '' ? await collectFiles(ctx, files) : await collectFromUrl(ctx);
    } finally {
      startedAt.delete(ctx.workDir);
      pending.delete(ctx.workDir);
    }
  },
  async memorySeries(ctx) {
    return goHeapSeries(ctx);
  },
  describe(ctx, launch) {
    const what = ctx.settings.url !== undefined
      ? `pull ${kindsOf(ctx).join(', ')} from ${String(ctx.settings.url)} during the measurement window`
      : `collect the pprof files matching '${String(ctx.settings.files)}' in ${ctx.cwd} after the run`;
    return `pprof: run ${launch.command.join(' ')} unchanged; ${what}`;
  },
};
