// The one in-memory profile model. Pure data: no fs, no process, no console.
// It mirrors pprof closely enough to round-trip through it, but flattens
// locations into frames (one per inlined line) so analysis never has to care
// about pprof's id tables.

export type ProfileKind = 'cpu' | 'wall' | 'alloc' | 'heap' | 'lock' | 'block';
export const PROFILE_KINDS: readonly ProfileKind[] = ['cpu', 'wall', 'alloc', 'heap', 'lock', 'block'];

export interface ValueType {
  type: string;
  unit: string;
}

/** One stack frame: a function at a source position. Identity is all four fields. */
export interface Frame {
  name: string;
  file: string;
  line: number;
  column: number;
}

export interface Sample {
  /** Frame ids, leaf first (pprof order). */
  stack: number[];
  /** One value per sample type. Samples may share one array (the decoder does): replace it, never change it in place. */
  values: number[];
  /** pprof string labels (thread name, pid, ...). */
  labels?: Record<string, string>;
}

export interface Profile {
  sampleTypes: ValueType[];
  /** Index into sampleTypes of the value shown by default. */
  defaultSampleIndex: number;
  periodType?: ValueType;
  period: number;
  timeNs: number;
  durationNs: number;
  frames: Frame[];
  samples: Sample[];
  comments: string[];
}

/** Key of the function a frame belongs to: two frames of one function share it. */
export function functionKey(frame: Frame): string {
  return `${frame.name}\u0000${frame.file}`;
}

export function totalOf(profile: Profile, index: number): number {
  let total = 0;
  for (const sample of profile.samples) total += sample.values[index] ?? 0;
  return total;
}

/** Pick the sample type index by name, falling back to the profile's default. */
export function sampleIndexFor(profile: Profile, typeName?: string): number {
  if (typeName !== undefined) {
    const found = profile.sampleTypes.findIndex((t) => t.type === typeName);
    if (found >= 0) return found;
  }
  return profile.defaultSampleIndex;
}
