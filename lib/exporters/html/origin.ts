// The flame graphs' view of lib/analysis/origin.ts (the one classifier):
// which frames are your code, a dependency, the runtime or the kernel, given
// what perf-apply knows about the run (its project root, the profile's format).

import { originOptionsOfFormat, originUnder, type FrameLike, type Origin } from '../../analysis/origin.js';

export type { Origin };
export const ORIGINS: readonly Origin[] = ['user', 'dependency', 'runtime', 'kernel'];

/** A frame's origin; `caller`, the origin of the frame that calls it in the tree (a kernel frame's callees are the kernel's). */
export type OriginFn = (frame: FrameLike, caller?: Origin) => Origin;

/**
 * `sourceRoot`: the project root, absolute; undefined when unknown (then
 * absolute paths count as user code unless they are runtime or dependencies).
 */
export function originFor(sourceFormat: string, sourceRoot?: string): OriginFn {
  // The analysis' own options for the format, so the colours say what the findings say.
  const options = originOptionsOfFormat(sourceFormat, { sourceRoot: sourceRoot ?? '\u0000' });
  return (frame, caller) => originUnder(caller, frame, options);
}

/** With no format known (a bare profile): a frame with no file is a native of the runtime, as originOf says by default. */
export const defaultOrigin: OriginFn = (frame, caller) => originUnder(caller, frame, { sourceRoot: '\u0000' });
