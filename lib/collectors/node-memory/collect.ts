// The collector's side of the preload's memory recorder: each process's heap
// used over the window (summed over the run's Node processes into one
// series), and its retention profile (the live-only sampling heap profile)
// as a `heap` profile.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { oneLine } from '../../base/errors.js';
import { importProfiles, openSource } from '../../importers/registry.js';
import { DEFAULT_LIMITS } from '../../importers/types.js';
import type { Profile } from '../../model/profile.js';
import type { CollectedProfile, CollectorContext, MemorySeries } from '../types.js';
import { READ_MS, type RawMemory } from './recorder.js';

export const NODE_HEAP_SOURCE = 'V8 process.memoryUsage() heapUsed + external, summed over the Node processes';

async function rawOf(ctx: CollectorContext, pid: number): Promise<RawMemory | undefined> {
  try {
    return JSON.parse(await readFile(join(ctx.workDir, `${pid}.memory.json`), 'utf8')) as RawMemory;
  } catch {
    return undefined; // killed before the window closed, or never profiled
  }
}

/**
 * One heap series for the run: readings are put in READ_MS slots and each
 * process counts with its latest reading up to that slot (processes read on
 * their own clocks), from its first reading to its last.
 */
export function sumAcrossProcesses(raws: RawMemory[]): MemorySeries['points'] {
  const slot = (t: number) => Math.floor(t / READ_MS);
  const perProcess = raws.map((r) => new Map(r.readings.map(([t, heap, external]) => [slot(t), heap + external] as const)));
  const slots = [...new Set(perProcess.flatMap((m) => [...m.keys()]))].sort((a, b) => a - b);
  const ends = perProcess.map((m) => Math.max(...m.keys()));
  const last = perProcess.map(() => undefined as number | undefined);
  const points: MemorySeries['points'] = [];
  for (const s of slots) {
    let sum = 0;
    perProcess.forEach((m, i) => {
      const v = m.get(s);
      if (v !== undefined) last[i] = v;
      if (s <= ends[i]! && last[i] !== undefined) sum += last[i]!;
    });
    points.push({ tMs: s * READ_MS, bytes: sum });
  }
  return points;
}

export async function nodeHeapSeries(ctx: CollectorContext, pids: number[]): Promise<MemorySeries[]> {
  const raws: RawMemory[] = [];
  for (const pid of pids) {
    const raw = await rawOf(ctx, pid);
    if (!raw) continue;
    if (raw.note) (ctx.warn ?? ctx.log)(`node: pid ${pid}: ${raw.note}`);
    raws.push(raw);
  }
  if (raws.length === 0) return [];
  const edges = raws.filter((r) => r.live);
  const live = edges.length > 0 ? { start: edges.reduce((s, r) => s + r.live![0], 0), end: edges.reduce((s, r) => s + r.live![1], 0), source: 'heapUsed + external after a full GC at each edge of the window' } : undefined;
  return [{ stat: 'heap_used', source: NODE_HEAP_SOURCE, points: sumAcrossProcesses(raws), ...(live ? { live } : {}) }];
}

/** V8's sample types renamed for what a live-only profile holds: bytes still in use. */
function asRetention(profile: Profile): Profile {
  const names: Record<string, string> = { alloc_objects: 'inuse_objects', alloc_space: 'inuse_space' };
  return {
    ...profile,
    sampleTypes: profile.sampleTypes.map((t) => ({ ...t, type: names[t.type] ?? t.type })),
    comments: [...profile.comments, 'retention: sampled allocations of the measurement window still live after a full GC at its end'],
  };
}

export async function readRetention(ctx: CollectorContext, pid: number, argv: string, names: string[]): Promise<CollectedProfile | undefined> {
  const name = `${pid}.live.heapprofile`;
  if (!names.includes(name)) return undefined;
  try {
    const [imported] = await importProfiles(await openSource(join(ctx.workDir, name)), DEFAULT_LIMITS, 'v8-heapprofile');
    if (!imported) return undefined;
    const profile = asRetention(imported.profile);
    profile.comments.push(`pid=${pid}`, `argv=${argv}`);
    return { ...imported, kind: 'heap', profile, label: `${pid}-heap`, labels: { pid: String(pid), argv } };
  } catch (err) {
    // Nothing retained (every selfSize 0) is an answer, not a failure: no profile, no warning.
    if (/no allocations/.test(oneLine(err))) return undefined;
    (ctx.warn ?? ctx.log)(`node: no heap profile for pid ${pid} (${argv}): ${oneLine(err).replace(/^\S+: /, '')}`);
    return undefined;
  }
}
