// perf-analyze's side of the leak verdict: per run, the retention profiles
// (kind heap) already analysed, the run's memory metrics, and the limit
// (--memory-limit, else the cgroup limit perf-collect measured) go in; the
// leak bottleneck, or the reason there is none, comes out.

import { usage } from '../base/errors.js';
import type { BottleneckRecord, MetricRecord } from '../records/types.js';
import type { ProfileAnalysis } from './analyze-profile.js';
import { leakBottleneck, leakVerdict, type MemoryLimit } from './leak.js';

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1e3, kb: 1e3, kib: 1024, m: 1e6, mb: 1e6, mib: 1024 ** 2, g: 1e9, gb: 1e9, gib: 1024 ** 3, t: 1e12, tb: 1e12, tib: 1024 ** 4 };

/** "536870912", "512MiB", "2GB", "1.5g" -> bytes; a usage error otherwise. */
export function parseMemoryLimit(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const factor = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || factor === undefined || !(Number(m[1]) > 0)) throw usage(`--memory-limit '${text}': expected a size such as 536870912, 512MiB or 2GB`);
  return Math.round(Number(m[1]) * factor);
}

export interface LeakNote {
  runId: string;
  /** `no-memory-leak` (info: why there is no leak finding) or `memory-growth-unplaced` (warning: growth no retention profile places). */
  code: 'no-memory-leak' | 'memory-growth-unplaced';
  level: 'info' | 'warning';
  message: string;
}

export interface LeakRecords {
  bottlenecks: BottleneckRecord[];
  /** Per run without a leak finding but with memory readings: why not, or the growth that has no site yet. */
  notes: LeakNote[];
}

/** A leak's site is the user's code: memory the runtime or the profiler's own recorder keeps is no site a user can act on. */
function isUserSite(a: ProfileAnalysis, b: BottleneckRecord): boolean {
  return a.findings.some((f) => f.user && f.fn.name === b.function && f.fn.file === b.file);
}

export function leakRecords(analyses: ProfileAnalysis[], metrics: MetricRecord[], limitBytes?: number): LeakRecords {
  const out: LeakRecords = { bottlenecks: [], notes: [] };
  const runIds = [...new Set(metrics.filter((m) => m.name === 'memory_over_time').map((m) => m.runId))].sort();
  for (const runId of runIds) {
    const own = metrics.filter((m) => m.runId === runId);
    const cgroup = own.find((m) => m.name === 'memory_limit');
    const limit: MemoryLimit | undefined =
      limitBytes !== undefined ? { bytes: limitBytes, source: '--memory-limit' } : cgroup ? { bytes: cgroup.value, source: String(cgroup.labels?.['source'] ?? 'cgroup') } : undefined;
    const retention = analyses
      .filter((a) => a.record.runId === runId && a.record.kind === 'heap')
      .map((a) => ({ record: a.record, total: a.view.total, unit: a.view.unit, bottlenecks: a.bottlenecks.filter((b) => isUserSite(a, b)) }));
    const answer = leakVerdict({ runId, metrics: own, retention, ...(limit ? { limit } : {}) });
    if (answer.verdict) {
      const leak = leakBottleneck(runId, answer.verdict);
      out.bottlenecks.push(leak);
      // The retention profile's own bottleneck at the leaking site is the leak's evidence: a part of it, not a second #1.
      const site = answer.verdict.site.bottleneck;
      if (site.parentId === undefined) site.parentId = leak.id;
    }
    else if (answer.unplaced) out.notes.push({ runId, code: 'memory-growth-unplaced', level: 'warning', message: answer.unplaced });
    else if (answer.reason) out.notes.push({ runId, code: 'no-memory-leak', level: 'info', message: `no memory leak finding: ${answer.reason}` });
  }
  return out;
}
