// The estimate of a leak's plan item is in memory, not latency: the basis is
// the growth per request (per second without requests) of the series the leak
// was found on, and p is the share of the retained memory the leaking site
// allocated. Latency is named only when GC time already shows in a CPU
// profile of the run: then the growth costs latency too, but how much a
// smaller heap saves is not measured here.

import type { BottleneckRecord } from '../records/types.js';
import type { MetricBasis, PlanInput, Share } from './basis.js';

const GC_FRAMES = new Set(['(garbage collector)', 'runtime.gcBgMarkWorker', 'runtime.mallocgc', 'GC']);

/** What a leak estimate reads: a memory-leak bottleneck, or the leak finding made of it (sharePct: the site's share of what is retained). */
export type LeakSubject = Pick<BottleneckRecord, 'runId' | 'cause' | 'function' | 'file' | 'sharePct'> & { growth?: unknown };

const isLeak = (b: LeakSubject) => b.cause === 'memory-leak';

export function leakBasis(input: PlanInput, b: LeakSubject): MetricBasis | undefined {
  if (!isLeak(b)) return undefined;
  const stat = (b.growth as { stat?: string } | undefined)?.stat;
  const of = (name: string) => input.metrics.find((m) => m.runId === b.runId && m.name === name && m.labels?.['stat'] === stat);
  const m = of('memory_growth_per_request') ?? of('memory_growth');
  const metric = m?.name ?? 'memory_growth';
  return {
    key: `${metric}:${stat ?? ''}`,
    metric,
    label: `${metric} (${stat ?? 'memory'} growth, fitted over the measurement window)`,
    ...(m ? { current: m.value } : {}),
    unit: m?.unit ?? 'bytes/s',
    direction: 'lower-is-better',
  };
}

export function leakShare(input: PlanInput, b: LeakSubject): Share | undefined {
  if (!isLeak(b)) return undefined;
  const gcPct = input.hotspots.filter((h) => h.runId === b.runId && h.kind === 'cpu' && h.by === 'self' && GC_FRAMES.has(h.function)).reduce((s, h) => s + h.selfPct, 0);
  const latency = gcPct > 0 ? `; GC already takes ${Math.round(gcPct * 100) / 100}% of CPU in this run, so the growth costs latency too (not estimated here)` : '; no GC time in a CPU profile of this run, so no latency gain is claimed';
  const site = b.file ? `the share of memory retained in the window that ${b.function} allocated (${b.sharePct}%)` : 'all of the growth (no retention profile names a site)';
  return { p: b.file ? b.sharePct / 100 : 1, how: `${site}${latency}`, penalty: b.file ? 0 : 1 };
}
