// The flame graphs' view of lib/analysis/origin.ts (the one classifier):
// which frames are your code, a dependency, the runtime or the kernel, given
// what perf-apply knows about the run (its project root, the profile's format).

import { originUnder, type FrameLike, type Origin } from '../../analysis/origin.js';

export type { Origin };
export const ORIGINS: readonly Origin[] = ['user', 'dependency', 'runtime', 'kernel'];

/** A frame's origin; `caller`, the origin of the frame that calls it in the tree (a kernel frame's callees are the kernel's). */
export type OriginFn = (frame: FrameLike, caller?: Origin) => Origin;

/** Formats that name user functions without files (lib/analysis/origin.ts, `noFile`). */
const NO_FILE_IS_USER = new Set(['folded', 'jfr', 'jprofiler']);

/**
 * `sourceRoot`: the project root, absolute; undefined when unknown (then
 * absolute paths count as user code unless they are runtime or dependencies).
 */
export function originFor(sourceFormat: string, sourceRoot?: string): OriginFn {
  const options = { sourceRoot: sourceRoot ?? '\u0000', noFile: NO_FILE_IS_USER.has(sourceFormat) ? ('user' as const) : ('runtime' as const) };
  return (frame, caller) => originUnder(caller, frame, options);
}

export const defaultOrigin: OriginFn = originFor('');
