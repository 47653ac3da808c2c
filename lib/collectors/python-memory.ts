// The collector's side of the Python sampler's tracemalloc (python/
// perf_profiler_memory.py), when the python profiler's kinds include `heap`:
// the folded stacks of what the window kept become the retention profile
// (kind heap, bytes), the traced size over the window the heap series.

import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Profile } from '../model/profile.js';
import { importFile } from './tool.js';
import type { CollectedProfile, CollectorContext, MemorySeries } from './types.js';

export const heapOutOf = (ctx: CollectorContext) => join(ctx.workDir, 'heap');
export const wantsHeap = (ctx: CollectorContext) => (ctx.settings.kinds ?? []).includes('heap');

interface RawHeap {
  readings: [number, number][];
  live: [number, number];
}

const asBytes = (p: Profile): Profile => ({
  ...p,
  sampleTypes: [{ type: 'inuse_space', unit: 'bytes' }],
  defaultSampleIndex: 0,
  comments: [...p.comments, 'retention: tracemalloc, started as the window opened; what it still traced after a gc.collect() when the window closed'],
});

export async function pythonRetention(ctx: CollectorContext): Promise<CollectedProfile[]> {
  const path = `${heapOutOf(ctx)}.folded`;
  const info = await stat(path).catch(() => undefined);
  if (!info || info.size === 0) return [];
  const imported = await importFile(path, 'folded');
  return imported.map((p) => ({ ...p, kind: 'heap' as const, label: 'heap', profile: asBytes(p.profile) }));
}

export async function pythonHeapSeries(ctx: CollectorContext): Promise<MemorySeries[]> {
  const text = await readFile(`${heapOutOf(ctx)}.json`, 'utf8').catch(() => undefined);
  if (text === undefined) return [];
  const raw = JSON.parse(text) as RawHeap;
  return [
    {
      stat: 'heap_used',
      source: 'tracemalloc traced memory since the window opened',
      points: raw.readings.map(([tMs, bytes]) => ({ tMs, bytes })),
      live: { start: raw.live[0], end: raw.live[1], source: 'tracemalloc traced memory after gc.collect() at each edge of the window' },
    },
  ];
}
