// Builds the smallest profile that can exercise one rule and runs the real
// analysis on it: a user function `handler` calling the given non-user
// frames (leaf first), plus an unrelated user function for the rest.
import { analyzeProfile } from '../../lib/analysis/analyze-profile.js';
import { ProfileBuilder } from '../../lib/model/builder.js';
import type { ProfileKind } from '../../lib/model/profile.js';
import type { BottleneckRecord, ProfileRecord } from '../../lib/records/types.js';

export const ROOT = '/app';
/** The planted stack's value by default; the rest of the profile is 40 ms of other user code. */
export const REST_NS = 40_000_000;
export const PLANTED_NS = 60_000_000;

export interface Shape {
  /** Non-user frames below `handler`, leaf first, as [name, file]. */
  frames?: [string, string][];
  /** Frames with no user caller at all (GC threads, idle). */
  alone?: boolean;
  /** The hot line of `handler`, and whether a loop header sits just above it. */
  source?: { text: string; loop: boolean };
}

export function runShape(kind: ProfileKind, shape: Shape, ext = 'js', plantedSamples = 60, plantedNs = PLANTED_NS): BottleneckRecord[] {
  const b = new ProfileBuilder({ sampleTypes: [{ type: 'samples', unit: 'count' }, { type: 'value', unit: 'nanoseconds' }] });
  const file = `${ROOT}/src/handler.${ext}`;
  const handler = b.frameId({ name: 'handler', file, line: 2, column: 0 });
  const main = b.frameId({ name: 'main', file: `${ROOT}/src/main.${ext}`, line: 1, column: 0 });
  const other = b.frameId({ name: 'other', file: `${ROOT}/src/other.${ext}`, line: 1, column: 0 });
  const below = (shape.frames ?? []).map(([name, f]) => b.frameId({ name, file: f, line: 0, column: 0 }));
  const planted = shape.alone ? below : [...below, handler, main];
  b.addSample(planted, [plantedSamples, plantedNs]);
  b.addSample([other, main], [10, 10_000_000]);
  // `handler` also appears with its own code, so GC time has an allocator to be charged to.
  b.addSample([handler, main], [30, 30_000_000]);
  const lines = ['const unrelated = 1;', 'return 0;'];
  if (shape.source) lines.splice(0, 2, shape.source.loop ? 'for (const item of items) {' : 'const unrelated = 1;', shape.source.text);
  const record = { type: 'profile', v: 1, runId: 'r', profileId: 'p', kind, sourceFormat: 'pprof' } as ProfileRecord;
  const analysis = analyzeProfile(record, b.build(), {
    top: 10,
    origin: { sourceRoot: ROOT },
    source: (f) => (f === file ? lines : undefined),
  });
  return analysis.bottlenecks;
}
