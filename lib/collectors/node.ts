// The `node` profiler: V8's CPU profiler and sampling heap profiler in every
// Node process the command starts, through NODE_OPTIONS=--import=<preload>
// (see node-preload.ts). The window is opened and closed with files in the
// work dir, so the profiles cover the measurement window only. One profile
// per process and kind, labelled with its pid and argv. V8's (idle) is kept.

import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { importProfiles, openSource, IMPORTERS } from '../importers/registry.js';
import { oneLine } from '../base/errors.js';
import { isAlive } from '../base/process-alive.js';
import { DEFAULT_LIMITS, type ImportedProfile } from '../importers/types.js';
import type { ProfileKind } from '../model/profile.js';
import type { CollectedProfile, Collector, CollectorContext } from './types.js';
import { nodeHeapSeries, readRetention } from './node-memory/collect.js';
import { readWaitProfile } from './node-waits/collect.js';

const PRELOAD = fileURLToPath(new URL('./node-preload.js', import.meta.url));
export const DEFAULT_INTERVAL_US = 1000;
/** How long a process may take to write its profile after `stop` (big heaps serialize slowly). */
const WRITE_GRACE_MS = 10_000;
const HEAP_FORMAT = 'v8-heapprofile';

const FILE_KINDS: Record<string, { kind: ProfileKind; format: string }> = {
  cpuprofile: { kind: 'cpu', format: 'v8-cpuprofile' },
  heapprofile: { kind: 'alloc', format: HEAP_FORMAT },
};

/** Alloc profiles need the v8-heapprofile importer; without it only cpu is recorded. `wall` is the wait profile. */
function kindsFor(ctx: CollectorContext): ProfileKind[] {
  const heapOk = IMPORTERS.some((i) => i.format === HEAP_FORMAT);
  const wanted = ctx.settings.kinds ?? ['cpu', 'alloc', 'wall'];
  return wanted.filter((k) => k === 'cpu' || k === 'wall' || ((k === 'alloc' || k === 'heap') && heapOk));
}

/** Pids that started profiling (wrote <pid>.json), sorted numerically. */
async function startedPids(workDir: string): Promise<number[]> {
  const names = await readdir(workDir).catch(() => [] as string[]);
  return names.flatMap((n) => (/^\d+\.json$/.test(n) ? [Number.parseInt(n, 10)] : [])).sort((a, b) => a - b);
}


export const nodeCollector: Collector = {
  name: 'node',
  async check() {
    // Node is what runs us; a target that starts no Node process yields no profile and a diagnostic.
  },
  async prepare(ctx) {
    const existing = ctx.scenario.env?.NODE_OPTIONS ?? ctx.env.NODE_OPTIONS ?? '';
    const kinds = kindsFor(ctx);
    return {
      command: ctx.scenario.command,
      env: {
        NODE_OPTIONS: `${existing} --import=${pathToFileURL(PRELOAD).href}`.trim(),
        PERF_NODE_PROF_DIR: ctx.workDir,
        PERF_NODE_PROF_KINDS: kinds.join(','),
        PERF_NODE_PROF_INTERVAL_US: String(ctx.settings.intervalUs ?? DEFAULT_INTERVAL_US),
      },
    };
  },
  async onMeasureStart(ctx) {
    await writeFile(join(ctx.workDir, 'start'), '');
  },
  async onMeasureEnd(ctx) {
    await writeFile(join(ctx.workDir, 'stop'), '');
    // Each process polls for `stop` and writes its profiles; wait for all of them.
    const deadline = ctx.clock() + WRITE_GRACE_MS;
    for (;;) {
      const pids = await startedPids(ctx.workDir);
      const pending = pids.filter((pid) => !existsSync(join(ctx.workDir, `${pid}.done`)) && isAlive(pid));
      if (pending.length === 0) return;
      if (ctx.clock() > deadline) {
        ctx.log(`node: no profile written by pid ${pending.join(', ')} within ${WRITE_GRACE_MS / 1000} s`);
        return;
      }
      await sleep(50);
    }
  },
  async collect(ctx) {
    const out: CollectedProfile[] = [];
    const names = (await readdir(ctx.workDir)).sort();
    for (const pid of await startedPids(ctx.workDir)) {
      const meta = JSON.parse(await readFile(join(ctx.workDir, `${pid}.json`), 'utf8')) as { argv: string[] };
      const argv = meta.argv.join(' ');
      for (const [ext, { kind, format }] of Object.entries(FILE_KINDS)) {
        const name = `${pid}.${ext}`;
        if (!names.includes(name)) continue;
        let imported: ImportedProfile[];
        try {
          imported = await importProfiles(await openSource(join(ctx.workDir, name)), DEFAULT_LIMITS, format);
        } catch (err) {
          // One process with nothing to show (npm idling: no allocations) must not cost the others.
          (ctx.warn ?? ctx.log)(`node: no ${kind} profile for pid ${pid} (${argv}): ${oneLine(err).replace(/^\S+: /, '')}`);
          continue;
        }
        for (const p of imported) {
          p.profile.comments.push(`pid=${pid}`, `argv=${argv}`);
          out.push({ ...p, kind, label: `${pid}-${kind}`, labels: { pid: String(pid), argv } });
        }
      }
      const retained = await readRetention(ctx, pid, argv, names);
      if (retained) out.push(retained);
      const waits = await readWaitProfile(ctx, pid, argv, names);
      if (waits) out.push(waits);
    }
    return out;
  },
  async memorySeries(ctx) {
    return nodeHeapSeries(ctx, await startedPids(ctx.workDir));
  },
  describe(ctx, launch) {
    const kinds = kindsFor(ctx);
    return `node: V8 CPU profiler${kinds.includes('alloc') ? ' and heap sampling' : ''}${kinds.includes('wall') ? ', wait profile' : ''} every ${
      ctx.settings.intervalUs ?? DEFAULT_INTERVAL_US
    } us in every Node process the command starts (NODE_OPTIONS=${launch.env.NODE_OPTIONS})`;
  },
};
