// Memory over the window for a Go program served by net/http/pprof: the
// heap in use after a forced GC (`heap?gc=1`) as the window opens, to
// subtract from the same snapshot at its end (what the window retained, by
// allocation site), and MemStats.HeapAlloc read from `heap?debug=1` every
// POLL_MS in between (the runtime's own heap used over time).

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { oneLine } from '../base/errors.js';
import type { Profile } from '../model/profile.js';
import { subtractProfile } from '../model/subtract.js';
import { importFile } from './tool.js';
import type { CollectorContext, MemoryPoint, MemorySeries } from './types.js';

export const POLL_MS = 500;
const REQUEST_TIMEOUT_MS = 5_000;
export const START_SNAPSHOT = 'heap-start.pb.gz';
export const GO_HEAP_SOURCE = 'Go runtime.MemStats.HeapAlloc (net/http/pprof heap?debug=1)';

interface Poll {
  points: MemoryPoint[];
  /** MemStats.HeapAlloc right after a forced GC at each edge: exact, where the profile's inuse is sampled. */
  liveStart?: number;
  liveEnd?: number;
  timer?: NodeJS.Timeout;
  inFlight: Set<Promise<void>>;
  base: URL;
  /** The run's clock (io.clock), which stamps each reading. */
  clock(): number;
}
const polls = new Map<string, Poll>();

/** `# HeapAlloc = 123` from the text heap profile's MemStats block. */
export function heapAllocOf(text: string): number | undefined {
  const m = /^# HeapAlloc = (\d+)$/m.exec(text);
  return m ? Number(m[1]) : undefined;
}

function url(base: URL, query: string): string {
  return `${base.href.replace(/\/+$/, '')}/heap?${query}`;
}

/** HeapAlloc right after a GC (`heap?gc=1&debug=1`): the live heap. */
async function liveHeap(base: URL): Promise<number | undefined> {
  try {
    const r = await fetch(url(base, 'gc=1&debug=1'), { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    return heapAllocOf(await r.text());
  } catch {
    return undefined;
  }
}

async function readOnce(base: URL, poll: Poll): Promise<void> {
  const tMs = poll.clock();
  try {
    const r = await fetch(url(base, 'debug=1'), { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const bytes = heapAllocOf(await r.text());
    if (bytes !== undefined) poll.points.push({ tMs, bytes });
  } catch {
    // A reading missed under load is a gap in the series, not a failure.
  }
}

/** As the window opens: the live-heap snapshot after a GC, then HeapAlloc every POLL_MS. */
export async function startGoMemory(ctx: CollectorContext, base: URL): Promise<void> {
  try {
    const r = await fetch(url(base, 'gc=1'), { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    if (r.ok) await writeFile(join(ctx.workDir, START_SNAPSHOT), Buffer.from(await r.arrayBuffer()));
  } catch (err) {
    ctx.log(`pprof: no heap snapshot at the window start (${oneLine(err)}); the heap profile will be the end snapshot alone`);
  }
  const poll: Poll = { points: [], inFlight: new Set(), base, clock: () => ctx.clock() };
  polls.set(ctx.workDir, poll);
  poll.liveStart = await liveHeap(base);
  const tick = () => {
    const p = readOnce(base, poll).finally(() => poll.inFlight.delete(p));
    poll.inFlight.add(p);
  };
  tick();
  poll.timer = setInterval(tick, POLL_MS);
  poll.timer.unref();
}

export async function stopGoMemory(ctx: CollectorContext): Promise<void> {
  const poll = polls.get(ctx.workDir);
  if (!poll) return;
  clearInterval(poll.timer);
  await Promise.all(poll.inFlight);
  poll.liveEnd = await liveHeap(poll.base);
}

/** The end snapshot minus the start one: what the window retained, by allocation site. */
export async function goRetention(ctx: CollectorContext, end: Profile): Promise<Profile> {
  const path = join(ctx.workDir, START_SNAPSHOT);
  if (!(await readFile(path).then(() => true, () => false))) return end;
  const start = (await importFile(path, 'pprof')).find((p) => p.kind === 'heap')?.profile;
  return start ? subtractProfile(end, start) : end;
}

export function goHeapSeries(ctx: CollectorContext): MemorySeries[] {
  const poll = polls.get(ctx.workDir);
  polls.delete(ctx.workDir);
  if (!poll || poll.points.length === 0) return [];
  const known = poll.liveStart !== undefined && poll.liveEnd !== undefined;
  const edges = known ? { live: { start: poll.liveStart!, end: poll.liveEnd!, source: 'MemStats.HeapAlloc right after a forced GC (heap?gc=1&debug=1) at each edge of the window' } } : {};
  return [{ stat: 'heap_used', source: GO_HEAP_SOURCE, points: poll.points.sort((a, b) => a.tMs - b.tMs), ...edges }];
}
