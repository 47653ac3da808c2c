// Bottleneck records -> the marks a flame graph outlines (docs/contracts.md:
// `frames` are the frames to mark; the bottleneck's own function always is).

import type { BottleneckRecord } from '../../records/types.js';
import type { FlameMark } from './flame-fragment.js';

interface FrameRef {
  function: string;
  file: string;
}

export function marksFor(bottlenecks: BottleneckRecord[], profileId: string): FlameMark[] {
  return bottlenecks
    .filter((b) => b.profileId === profileId)
    .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((b) => {
      const listed = Array.isArray(b.frames) ? (b.frames as FrameRef[]) : [];
      return {
        label: `#${b.rank} ${b.function}`,
        title: `bottleneck #${b.rank} (${b.category}, ${b.cause}): ${b.sharePct.toFixed(2)}% could be saved`,
        frames: [{ function: b.function, file: b.file }, ...listed.map((f) => ({ function: f.function, file: f.file }))],
      };
    });
}
