// The preload's memory side, in the profiled process: heap used over the
// window (process.memoryUsage() every READ_MS) and V8's sampling heap
// profiler, which V8 runs once per isolate, in one of two modes:
// - `alloc` (churn): every sampled allocation counts, collected or not;
// A full GC at both edges of the window measures the live heap there.
// - `heap` (retention): only sampled allocations still alive count. Started
//   when the window opens and read after a full GC when it closes, it is the
//   window's retention by allocation site: live at the end minus live at the
//   start, since nothing sampled before the start is in it.
// Asked for both, retention wins the sampler (a leak is the costlier
// question) and the alloc profile is left out with a note.

import type { Session } from 'node:inspector';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Captured at load, before a wait recorder wraps timers: our own reads are no waits of the user's. */
const setIntervalUnwrapped = globalThis.setInterval;
const clearIntervalUnwrapped = globalThis.clearInterval;

export const READ_MS = 250;
/** Mean bytes between samples of V8's sampling heap profiler (its default is 32 KiB too). */
export const SAMPLING_INTERVAL_BYTES = 32 * 1024;

/** [epoch ms, heapUsed, external, rss] per reading. */
export type MemoryReading = [number, number, number, number];

export interface RawMemory {
  readings: MemoryReading[];
  /** What the sampler recorded: `alloc` (all sampled allocations), `heap` (those still live, after a GC), or none. */
  sampling?: 'alloc' | 'heap';
  /** heapUsed + external right after a full GC when the window opened and when it closed: the live heap at its edges. */
  live?: [number, number];
  note?: string;
}

export type Post = (session: Session, method: string, params?: object) => Record<string, unknown>;

export interface MemoryRecorder {
  start(session: Session): void;
  /** Stop reading and sampling; the heap profile, if any, for the caller to write. */
  stop(session: Session): { raw: RawMemory; heapProfile?: unknown };
}

/**
 * A full, synchronous GC. The inspector's HeapProfiler.collectGarbage answers
 * asynchronously (no use inside 'exit'); --expose-gc set at run time gives a
 * new context a gc() that collects the whole isolate.
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function read(): MemoryReading {
  const m = process.memoryUsage();
  return [Date.now(), m.heapUsed, m.external, m.rss];
}

/**
 * heapUsed + external after a full GC. Twice: V8 frees the backing stores of the ArrayBuffers a GC found
 * dead on a background thread, and counts them as external until that is done, which the next GC waits
 * for. Read after one, a service that reads 8 files a request kept 1.5-1.8 KB a request it had dropped.
 */
function liveHeap(): number {
  collectGarbage();
  collectGarbage();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

export function memoryRecorder(kinds: Set<string>, post: Post): MemoryRecorder {
  const sampling = kinds.has('heap') ? 'heap' : kinds.has('alloc') ? 'alloc' : undefined;
  const note = kinds.has('heap') && kinds.has('alloc') ? 'V8 has one sampling heap profiler per process: retention (heap) was recorded, allocation volume (alloc) was not' : undefined;
  const readings: MemoryReading[] = [];
  let timer: NodeJS.Timeout | undefined;
  let liveAtStart = 0;
  return {
    start(session) {
      // One full GC as the window opens (the growth fit skips the window's first part): garbage is not growth.
      liveAtStart = liveHeap();
      readings.push(read());
      timer = setIntervalUnwrapped(() => readings.push(read()), READ_MS);
      timer.unref();
      if (!sampling) return;
      post(session, 'HeapProfiler.enable');
      const collected = sampling === 'alloc';
      post(session, 'HeapProfiler.startSampling', {
        samplingInterval: SAMPLING_INTERVAL_BYTES,
        includeObjectsCollectedByMajorGC: collected,
        includeObjectsCollectedByMinorGC: collected,
      });
    },
    stop(session) {
      if (timer) clearIntervalUnwrapped(timer);
      readings.push(read());
      // Retention: what is garbage now is not kept; a full GC removes it from the live-only samples too.
      const live: [number, number] = [liveAtStart, liveHeap()];
      const raw: RawMemory = { readings, live, ...(sampling ? { sampling } : {}), ...(note ? { note } : {}) };
      if (!sampling) return { raw };
      return { raw, heapProfile: post(session, 'HeapProfiler.stopSampling').profile };
    },
  };
}
