// The invariants every imported profile must hold, checked once after import
// (as pprof's CheckValid does), plus the configurable size limits that keep a
// hostile or runaway input from exhausting memory downstream.

import { badInput } from '../base/errors.js';
import type { Profile } from './profile.js';

export interface ProfileLimits {
  /** Deepest stack accepted (frames). perf's default maximum is 127; V8 rarely passes 1,000. */
  maxStackDepth: number;
  /** Most distinct samples (stacks x labels) accepted in one profile. */
  maxSamples: number;
}

export const DEFAULT_PROFILE_LIMITS: ProfileLimits = { maxStackDepth: 65_536, maxSamples: 20_000_000 };

/** The limits of reading a profile from bytes: the profile's own, plus the gzip bomb guard. */
export interface ImportLimits extends ProfileLimits {
  /** Largest decompressed size accepted for gzip input, in bytes (zip bombs). */
  maxDecompressedBytes: number;
}

export const DEFAULT_LIMITS: ImportLimits = { maxDecompressedBytes: 1 << 30, ...DEFAULT_PROFILE_LIMITS };

export function checkProfile(profile: Profile, where: string, limits: ProfileLimits = DEFAULT_PROFILE_LIMITS): void {
  const types = profile.sampleTypes.length;
  if (types === 0) throw badInput(where, 'profile has no sample types');
  if (profile.defaultSampleIndex < 0 || profile.defaultSampleIndex >= types) {
    throw badInput(where, `default sample index ${profile.defaultSampleIndex} is out of range`);
  }
  if (profile.samples.length > limits.maxSamples) {
    throw badInput(where, `profile has ${profile.samples.length} distinct samples, over the limit of ${limits.maxSamples} (PERF_MAX_SAMPLES)`);
  }
  const frames = profile.frames.length;
  profile.samples.forEach((sample, index) => {
    if (sample.values.length !== types) throw badInput(where, `sample ${index} has ${sample.values.length} values for ${types} sample types`);
    for (const v of sample.values) {
      if (!Number.isFinite(v)) throw badInput(where, `sample ${index} has a value that is not a finite number`);
    }
    if (sample.stack.length > limits.maxStackDepth) {
      throw badInput(where, `sample ${index} is ${sample.stack.length} frames deep, over the limit of ${limits.maxStackDepth} (PERF_MAX_STACK_DEPTH)`);
    }
    for (const id of sample.stack) {
      if (!Number.isInteger(id) || id < 0 || id >= frames) throw badInput(where, `sample ${index} refers to missing frame ${id}`);
    }
  });
}

/** Limits from the environment, for users with unusually large profiles. */
export function profileLimitsFrom(env: NodeJS.ProcessEnv): ProfileLimits {
  const read = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < 1) throw badInput(name, `expected a whole number of at least 1, got '${raw}'`);
    return Number(raw);
  };
  return {
    maxStackDepth: read('PERF_MAX_STACK_DEPTH', DEFAULT_PROFILE_LIMITS.maxStackDepth),
    maxSamples: read('PERF_MAX_SAMPLES', DEFAULT_PROFILE_LIMITS.maxSamples),
  };
}
