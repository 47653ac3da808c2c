// What one snapshot profile holds beyond another: `end - start` per call
// stack (frames matched by name, file, line and column; labels kept), as
// `go tool pprof -diff_base` computes it, keeping only the stacks that grew
// in the sample type ranked by default. For two live-heap snapshots this is
// what the time between them retained, by allocation site.

import { ProfileBuilder } from './builder.js';
import type { Profile } from './profile.js';

export function subtractProfile(end: Profile, start: Profile): Profile {
  const types = end.sampleTypes.map((t) => `${t.type}/${t.unit}`);
  const startIndex = types.map((key) => start.sampleTypes.findIndex((t) => `${t.type}/${t.unit}` === key));
  const builder = new ProfileBuilder({
    sampleTypes: end.sampleTypes,
    defaultSampleIndex: end.defaultSampleIndex,
    period: end.period,
    timeNs: end.timeNs,
    ...(end.periodType ? { periodType: end.periodType } : {}),
  });
  const add = (p: Profile, values: (s: Profile['samples'][number]) => number[]) => {
    for (const s of p.samples) builder.addSample(s.stack.map((id) => builder.frameId(p.frames[id]!)), values(s), s.labels);
  };
  add(end, (s) => s.values.slice());
  add(start, (s) => startIndex.map((i) => (i >= 0 ? -(s.values[i] ?? 0) : 0)));
  const diff = builder.build();
  diff.durationNs = Math.max(0, end.timeNs - start.timeNs);
  diff.samples = diff.samples
    .filter((s) => (s.values[diff.defaultSampleIndex] ?? 0) > 0)
    .map((s) => ({ ...s, values: s.values.map((v) => Math.max(0, v)) }));
  // Frames only the start used stay in the table unreferenced: harmless, and ids stay stable.
  diff.comments = [...end.comments, 'retention: this snapshot minus the one at the window start, stacks that grew only'];
  return diff;
}
