// Everything perf-analyze derives from one profile record: hotspots (as
// `go tool pprof -top`), then attribution, findings and bottlenecks. Pure
// apart from the injected source lookup.

import { sampleIndexFor, type Profile } from '../model/profile.js';
import type { BottleneckRecord, CallgraphRecord, GroupRecord, HotlineRecord, HotspotRecord, ProfileRecord } from '../records/types.js';
import { attribute } from './attribute.js';
import { bottleneckRecords, type BottleneckResult } from './bottlenecks.js';
import { findingsOf, type Allocator, type Finding } from './findings.js';
import { functionStats, percentOf, topByCum, topBySelf, type FunctionStat, type HotspotView } from './hotspots.js';
import { LEAF_POSITION_FORMATS, inliningEvidence, nameJsFunctions, type InlinedFunction } from './js-names.js';
import { originOptionsOfFormat, type Origin, type OriginOptions } from './origin.js';
import type { SourceLookup } from './source-files.js';
import { callgraphRecords, groupRecords, hotlineRecords, viewFunctions } from './view-records.js';
import { computeViews } from './views.js';
import { addWaitFacts, waitAnalysis } from './waits/analyze.js';

/**
 * Memory profiles are judged by what was allocated over the run, not by what
 * was still live at the end: churn is what costs CPU and GC time.
 */
export const MEMORY_SAMPLE_TYPES = ['alloc_space', 'alloc_objects', 'space', 'bytes'];

export interface ProfileAnalysisOptions {
  top: number;
  sampleType?: string;
  origin: OriginOptions;
  source?: SourceLookup;
}

export interface ProfileAnalysis {
  record: ProfileRecord;
  profile: Profile;
  /** The view bottlenecks are ranked by. */
  view: HotspotView;
  /** The view hotspots, views and baseline comparisons use (--sample-type, else the default). */
  hotView: HotspotView;
  sampleIndex: number;
  hotspots: HotspotRecord[];
  bottlenecks: BottleneckRecord[];
  views: (HotlineRecord | GroupRecord | CallgraphRecord)[];
  below: BottleneckResult['below'];
  /** For memory profiles: the top allocating user function, to charge GC time elsewhere in the run to. */
  allocator?: Allocator;
  /** Every finding before the bottleneck floor: the run-level diagnosis joins them across profiles. */
  findings: Finding[];
  /** Origin of each frame id, as the attribution decided it. */
  origins: Origin[];
  /** The profile attribution saw: JavaScript frames named after the code that ran (js-names.ts). */
  named: Profile;
  /** JavaScript functions V8 inlined into a caller, named back from the source. */
  inlined: InlinedFunction[];
}

export function hotspotRecords(record: ProfileRecord, view: HotspotView, by: 'self' | 'cum', stats: FunctionStat[]): HotspotRecord[] {
  return stats.map((f, i) => ({
    type: 'hotspot',
    v: 1,
    runId: record.runId,
    profileId: record.profileId,
    kind: record.kind,
    by,
    rank: i + 1,
    function: f.name,
    file: f.file,
    line: Math.max(0, f.line),
    self: f.self,
    cum: f.cum,
    selfPct: percentOf(f.self, view.total),
    cumPct: percentOf(f.cum, view.total),
    unit: view.unit,
    sampleType: view.sampleType,
  }));
}

function bottleneckSampleType(profile: Profile, record: ProfileRecord, asked?: string): string | undefined {
  if (asked !== undefined || (record.kind !== 'alloc' && record.kind !== 'heap')) return asked;
  return MEMORY_SAMPLE_TYPES.find((t) => profile.sampleTypes.some((s) => s.type === t));
}

export function analyzeProfile(record: ProfileRecord, profile: Profile, options: ProfileAnalysisOptions, allocator?: Allocator): ProfileAnalysis {
  const hotView = functionStats(profile, options.sampleType);
  const [bySelf, byCum] = [topBySelf(hotView, options.top), topByCum(hotView, options.top)];
  const hotspots = [...hotspotRecords(record, hotView, 'self', bySelf), ...hotspotRecords(record, hotView, 'cum', byCum)];
  const type = bottleneckSampleType(profile, record, options.sampleType);
  const view = type === options.sampleType ? hotView : functionStats(profile, type);
  const sampleIndex = sampleIndexFor(profile, type);
  const origin = originOptionsOfFormat(record.sourceFormat, options.origin);
  // The one place JavaScript frames are renamed: before attribution, after the pprof-parity hotspots.
  const named = nameJsFunctions(profile, options.source, { leafPositions: LEAF_POSITION_FORMATS.has(record.sourceFormat) });
  const a = attribute(named.profile, { kind: record.kind, sampleIndex, origin, source: options.source });
  // Another profile's allocator only counts if this profile ran that function too.
  const known = allocator && profile.frames.some((f) => f.name === allocator.fn.name && f.file === allocator.fn.file) ? allocator : undefined;
  const findings = findingsOf(a, record.kind, (i) => profile.samples[i]?.values[sampleIndex] ?? 0, known);
  // A wait profile is judged by what its waits cost requests (the critical path), not by a share of samples.
  const result =
    waitAnalysis(record, profile, origin, options.source) ??
    bottleneckRecords(findings, { runId: record.runId, profileId: record.profileId, kind: record.kind, profile: named.profile, view, source: options.source });
  for (const b of result.records) {
    const why = inliningEvidence(named.inlined, b.function, b.file);
    if (why) b.evidence.push(why);
  }
  addWaitFacts(result.records, named.profile, record.kind);
  const top = findings.filter((f) => f.user && f.rule.category === 'memory').sort((x, y) => y.value - x.value)[0];
  const memory = record.kind === 'alloc' || record.kind === 'heap';
  const topAllocator: Allocator | undefined =
    memory && top
      ? { fn: top.fn, line: result.records.find((b) => b.function === top.fn.name && b.file === top.fn.file)?.line ?? 0, how: `the top allocator in memory profile ${record.profileId}` }
      : undefined;
  const fns = viewFunctions(bySelf, byCum, options.top);
  const keys = new Set([...fns.lines, ...fns.calls].map((f) => `${f.name}\u0000${f.file}`));
  const v = computeViews(profile, sampleIndexFor(profile, options.sampleType), keys, origin);
  const views = [
    ...hotlineRecords(record, hotView, v, fns.lines, options.source),
    ...groupRecords(record, hotView, v, options.top),
    ...callgraphRecords(record, hotView, v, fns.calls),
  ];
  return { record, profile, view, hotView, sampleIndex, hotspots, bottlenecks: result.records, views, below: result.below, allocator: topAllocator, named: named.profile, inlined: named.inlined, findings, origins: a.origins };
}
