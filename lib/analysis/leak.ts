// Is memory kept, and by whom? From the run's memory_growth metrics (a
// Theil–Sen fit with its interval, made by perf-collect) and its retention
// profiles (kind `heap`: what the window allocated and still holds at its
// end), decide whether memory grows steadily with work, and if so name the
// user code that allocates what is kept. Churn (allocation that is collected)
// never gets here: a program that only churns has no steady growth and
// nothing retained. Pure: records in, a verdict out.

import { formatValue, pct } from '../base/format.js';
import type { BottleneckRecord, MetricRecord, ProfileRecord } from '../records/types.js';

/**
 * Growth over the fitted part of the window below this share of the level at
 * its start is no leak worth a finding: allocator arenas, JIT code and GC
 * heuristics move a steady service's memory by about this much (the churn
 * fixtures' RSS grows 0.3-2% over a 5 s window with nothing retained).
 */
export const MIN_GROWTH_SHARE = { value: 5, unit: "% of the process tree's memory at the window start" } as const;

/**
 * Where the live memory at both edges of the window is known (a full GC
 * forced there), it must have grown by at least this share of the fitted
 * growth: a heap that only filled with garbage between two collections (a
 * bounded cache evicting into the old generation) fits a rising line too.
 */
export const MIN_RETAINED_SHARE = { value: 50, unit: '% of the fitted growth' } as const;

export interface RetentionProfile {
  record: ProfileRecord;
  /** Bytes held at the end that the window allocated (the profile's total in its unit). */
  total: number;
  unit: string;
  bottlenecks: BottleneckRecord[];
}

export interface MemoryLimit {
  bytes: number;
  /** Where it comes from: `--memory-limit`, or the cgroup file that set it. */
  source: string;
}

export interface LeakInput {
  runId: string;
  metrics: MetricRecord[];
  retention: RetentionProfile[];
  limit?: MemoryLimit;
}

export interface Fit {
  stat: string;
  source: string;
  slope: number;
  low: number;
  high: number;
  lateSlope: number;
  lateLow: number;
  fromS: number;
  toS: number;
  perRequest?: { slope: number; low: number; high: number };
}

export interface LeakVerdict {
  fit: Fit;
  /** Memory at the window's first second, of the fitted series. */
  startLevel: number;
  /** Where the kept memory was allocated: a verdict needs one (growth with no site is `unplaced`). */
  site: { bottleneck: BottleneckRecord; profile: RetentionProfile };
  projection?: { limit: MemoryLimit; seconds: number; requests?: number };
  evidence: string[];
}

export interface LeakAnswer {
  verdict?: LeakVerdict;
  /** Why there is no leak finding (for an info diagnostic), when there is none. */
  reason?: string;
  /**
   * Memory that grows with work where no retention profile says what keeps it: said about the run (a
   * warning diagnostic with the growth and what to re-run), never a finding, since no one can act on a
   * leak with no site.
   */
  unplaced?: string;
}

const num = (v: unknown) => (typeof v === 'number' ? v : Number(v));

function fitOf(metrics: MetricRecord[], stat: string): Fit | undefined {
  const g = metrics.find((m) => m.name === 'memory_growth' && m.labels?.['stat'] === stat);
  if (!g) return undefined;
  const l = g.labels ?? {};
  const r = metrics.find((m) => m.name === 'memory_growth_per_request' && m.labels?.['stat'] === stat);
  return {
    stat,
    source: String(l['source'] ?? stat),
    slope: g.value,
    low: num(l['low']),
    high: num(l['high']),
    lateSlope: num(l['lateSlope']),
    lateLow: num(l['lateLow']),
    fromS: num(l['fromS']),
    toS: num(l['toS']),
    ...(r ? { perRequest: { slope: r.value, low: num(r.labels?.['low']), high: num(r.labels?.['high']) } } : {}),
  };
}

function levels(metrics: MetricRecord[], stat: string): { t: number; bytes: number }[] {
  return metrics
    .filter((m) => m.name === 'memory_over_time' && m.labels?.['stat'] === stat)
    .map((m) => ({ t: num(m.labels?.['t']), bytes: m.value }))
    .sort((a, b) => a.t - b.t);
}

const bytes = (n: number) => formatValue(Math.round(n), 'bytes');

/** How each profiler records what stays live at the window's end. */
const RETENTION_HINT = 'node: profiler kinds ["cpu", "heap"]; pprof: kinds with "heap"; python: kinds with "heap" (tracemalloc); jfr: OldObjectSample, on by default';

function duration(seconds: number): string {
  if (seconds < 120) return `${Math.round(seconds)} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172800) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86400).toFixed(1)} days`;
}

function describeFit(f: Fit): string {
  const rate = `${bytes(f.slope)}/s (95% interval ${bytes(f.low)}–${bytes(f.high)}/s)`;
  const per = f.perRequest ? `${bytes(f.perRequest.slope)} per request (${bytes(f.perRequest.low)}–${bytes(f.perRequest.high)}), ` : '';
  return `${f.stat} (${f.source}) grew ${per}${rate} from ${f.fromS} s to ${f.toS} s of the window; in its second half ${bytes(f.lateSlope)}/s (lower end ${bytes(f.lateLow)}/s)`;
}

/** The retention profile's top user bottleneck: where the kept memory was allocated. */
function siteOf(retention: RetentionProfile[]): LeakVerdict['site'] | undefined {
  const ranked = [...retention].sort((a, b) => b.total - a.total);
  for (const profile of ranked) {
    const top = profile.bottlenecks.filter((b) => !b.parentId && b.file).sort((a, b) => b.sharePct - a.sharePct || a.rank - b.rank)[0];
    if (top) return { bottleneck: top, profile };
  }
  return undefined;
}

function projectionOf(input: LeakInput, fit: Fit): LeakVerdict['projection'] {
  if (!input.limit) return undefined;
  // Limits bind on resident memory: project the tree's RSS when it grows too, else the fitted series.
  const rssFit = fitOf(input.metrics, 'rss');
  const useRss = rssFit && rssFit.low > 0;
  const slope = useRss ? rssFit.slope : fit.slope;
  const level = levels(input.metrics, useRss ? 'rss' : fit.stat).at(-1)?.bytes ?? 0;
  if (!(slope > 0)) return undefined;
  const seconds = Math.max(0, (input.limit.bytes - level) / slope);
  const perRequest = (useRss ? rssFit : fit).perRequest?.slope;
  return { limit: input.limit, seconds, ...(perRequest && perRequest > 0 ? { requests: Math.round(Math.max(0, input.limit.bytes - level) / perRequest) } : {}) };
}

export function leakVerdict(input: LeakInput): LeakAnswer {
  // The runtime's heap when it tells (RSS keeps pages a collected heap gave back), else the tree's RSS.
  const fit = fitOf(input.metrics, 'heap_used') ?? fitOf(input.metrics, 'rss');
  if (!fit) return { reason: 'no memory growth fit (too few memory readings in the window)' };
  // A collected heap's readings saw-tooth, so a short window (or its second half) may not resolve steady
  // growth from noise; the live heap after a full GC at both edges does: when it grew materially, the
  // growth was kept. The materiality and live-share tests below still apply.
  const all = input.metrics.filter((m) => m.name === 'memory_retained');
  const edges = all.find((m) => m.labels?.['stat'] === fit.stat);
  // Only under a load of requests: a run whose program is the workload (an ad hoc script) keeps what it
  // builds up once (modules, caches filled at start) and has no unit of work to tell that from a leak.
  const underLoad = input.metrics.some((m) => m.name === 'http_requests' && m.value > 0);
  const site = siteOf(input.retention);
  // The edges stand in for the fit only where a retention profile names what is kept: growth with no site
  // is said at all only when its interval, per unit of work, excludes zero.
  const keptAtEdges = underLoad && site !== undefined && edges !== undefined && edges.value > 0 && edges.value >= (num(edges.labels?.['start']) * MIN_GROWTH_SHARE.value) / 100;
  // Per unit of work when there is one (requests served): a service that serves more requests grows more.
  const perWork = underLoad ? fit.perRequest : undefined;
  if (perWork && !(perWork.low > 0) && !keptAtEdges) return { reason: `${fit.stat}: no growth per request told apart from noise (${bytes(perWork.slope)} per request, 95% interval ${bytes(perWork.low)}–${bytes(perWork.high)})` };
  if (!(fit.low > 0) && !keptAtEdges) return { reason: `${fit.stat}: no growth told apart from noise (${bytes(fit.slope)}/s, 95% interval ${bytes(fit.low)}–${bytes(fit.high)}/s)` };
  if (!(fit.lateLow > 0) && !keptAtEdges) return { reason: `${fit.stat}: grew early in the window but not steadily (second half ${bytes(fit.lateSlope)}/s, lower end ${bytes(fit.lateLow)}/s): warm-up, not a leak` };
  // Growth is weighed against what the process tree held as the window opened (what a limit binds on);
  // a series that starts near zero (tracemalloc traces only what the window allocated) would make any growth huge.
  const startLevel = levels(input.metrics, 'rss')[0]?.bytes ?? levels(input.metrics, fit.stat)[0]?.bytes ?? 0;
  const grown = fit.slope * (fit.toS - fit.fromS);
  const sharePct = startLevel > 0 ? (grown / startLevel) * 100 : 100;
  if (sharePct < MIN_GROWTH_SHARE.value) {
    return { reason: `${fit.stat}: grew ${bytes(grown)} in the window, ${sharePct.toFixed(1)}${MIN_GROWTH_SHARE.unit} (a leak finding needs ${MIN_GROWTH_SHARE.value})` };
  }
  // The live heap at both edges, when known, is the truth about kept objects, whichever series was fitted
  // (an RSS that grows while the live heap does not is heap expansion or garbage; native leaks are not judged here).
  const retained = edges ?? all[0];
  // Same series: most of its growth must be live. Another series (RSS fitted, heap known at the edges): the
  // live growth must pass the same materiality test on its own, since heap expansion is not retention.
  const liveStart = num(retained?.labels?.['start']);
  const tooSmall = retained && (retained.labels?.['stat'] === fit.stat ? retained.value < (grown * MIN_RETAINED_SHARE.value) / 100 : retained.value < (liveStart * MIN_GROWTH_SHARE.value) / 100);
  if (retained && tooSmall) {
    return { reason: `${fit.stat}: rose ${bytes(grown)} over the window but the live heap after a full GC grew only ${bytes(retained.value)} (${bytes(num(retained.labels?.['start']))} -> ${bytes(num(retained.labels?.['end']))}): garbage not yet collected, not a leak` };
  }
  // A program that is its own workload (no load of requests) grows by what it builds over its life, its
  // working set: only a retention profile that names what is kept makes that a leak.
  if (!underLoad && !site) {
    return { reason: `${fit.stat}: grew ${bytes(grown)} in the window with no load of requests, and no retention profile names what is kept: the program's working set, not a leak (profile kinds cpu,heap to see what stays live)` };
  }
  if (!site) {
    return {
      unplaced:
        `memory grows with work but no retention profile says what keeps it, so it is not a finding: ${describeFit(fit)}; ${bytes(grown)} over the fit, ` +
        `${sharePct.toFixed(0)}% of the ${bytes(startLevel)} the process tree held at the window start. ` +
        (input.retention.length > 0
          ? `The retention profile names no function of the user's code as allocating what stays live (the runtime's or the profiler's own memory, or allocated before the window)`
          : `To place it, re-run with a retention profile (${RETENTION_HINT})`),
    };
  }
  const projection = projectionOf(input, fit);
  const evidence = [`memory over time: ${describeFit(fit)}; ${bytes(grown)} over the fit, ${sharePct.toFixed(0)}% of the ${bytes(startLevel)} the process tree held at the window start`];
  if (retained) {
    const per = input.metrics.find((m) => m.name === 'memory_retained_per_request' && m.labels?.['stat'] === retained.labels?.['stat']);
    evidence.push(`live heap after a full GC: ${bytes(num(retained.labels?.['start']))} when the window opened, ${bytes(num(retained.labels?.['end']))} when it closed (+${bytes(retained.value)}${per ? `, ${bytes(per.value)} per request` : ''})`);
  }
  const rss = fit.stat !== 'rss' ? fitOf(input.metrics, 'rss') : undefined;
  if (rss) evidence.push(`process tree: ${describeFit(rss)}`);
  const b = site.bottleneck;
  const path = ((b['callPath'] as { function: string }[] | undefined) ?? []).map((f) => f.function).join(' → ');
  evidence.push(
    `retention (${site.profile.record.profileId}): ${formatValue(site.profile.total, site.profile.unit)} allocated in the window is still live at its end; ${pct(b.sharePct)} of it allocated in ${b.function} (${b.file}${b.line > 0 ? `:${b.line}` : ''})${path ? `, call path ${path}` : ''}`,
  );
  if (projection) {
    const reqs = projection.requests !== undefined ? ` (about ${projection.requests.toLocaleString('en-US')} requests)` : '';
    evidence.push(`at this rate memory reaches the ${bytes(projection.limit.bytes)} limit (${projection.limit.source}) in ${duration(projection.seconds)}${reqs}`);
  } else if (!input.limit) {
    evidence.push('no memory limit known (give perf-analyze --memory-limit, or run in a container with a cgroup limit) to project when it runs out');
  }
  return { verdict: { fit, startLevel, site, ...(projection ? { projection } : {}), evidence } };
}

export const LEAK_STRATEGIES = ['bound-cache', 'release-references', 'stream-not-accumulate'] as const;

/** The leak as a bottleneck record (category memory, cause memory-leak), ranked before the profiles' own. */
export function leakBottleneck(runId: string, v: LeakVerdict): BottleneckRecord {
  const b = v.site.bottleneck;
  const profileId = v.site.profile.record.profileId;
  return {
    type: 'bottleneck',
    v: 1,
    runId,
    id: `${profileId}#leak`,
    rank: 1,
    category: 'memory',
    cause: 'memory-leak',
    function: b.function,
    file: b.file,
    line: b.line,
    sharePct: b.sharePct,
    profileId,
    evidence: v.evidence,
    ruleId: 'memory-leak',
    kind: 'heap',
    strategies: [...LEAK_STRATEGIES],
    ...(b['callPath'] ? { callPath: b['callPath'] } : {}),
    ...(b['frames'] ? { frames: b['frames'] } : {}),
    growth: {
      stat: v.fit.stat,
      bytesPerSecond: { value: Math.round(v.fit.slope), low: Math.round(v.fit.low), high: Math.round(v.fit.high) },
      ...(v.fit.perRequest ? { bytesPerRequest: { value: v.fit.perRequest.slope, low: v.fit.perRequest.low, high: v.fit.perRequest.high } } : {}),
      retainedBytes: v.site.profile.total,
      ...(v.projection ? { secondsToLimit: Math.round(v.projection.seconds), limitBytes: v.projection.limit.bytes } : {}),
    },
  };
}
