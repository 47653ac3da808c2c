// Several profiles of one kind as one, each part's samples tagged with its
// own labels (perf-collect --repeat tags each repeat's samples repeat=N, so
// the comparison can split them again). Pure.

import { builderLike } from './builder.js';
import type { Profile } from './profile.js';

export function mergeLabelled(parts: { profile: Profile; labels: Record<string, string> }[]): Profile {
  const first = parts[0]!.profile;
  const builder = builderLike(first);
  builder.durationNs = 0;
  for (const { profile, labels } of parts) {
    // Sample types matched by name: a part that lacks one contributes 0 to it.
    const index = first.sampleTypes.map((t) => profile.sampleTypes.findIndex((u) => u.type === t.type));
    const ids = profile.frames.map((f) => builder.frameId(f));
    for (const s of profile.samples) {
      builder.addSample(
        s.stack.map((id) => ids[id]!),
        index.map((i) => (i >= 0 ? (s.values[i] ?? 0) : 0)),
        { ...s.labels, ...labels },
      );
    }
    builder.durationNs += profile.durationNs;
  }
  const out = builder.build();
  out.comments = [...first.comments];
  return out;
}
