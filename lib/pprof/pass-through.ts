// A pprof input's own bytes, kept beside the Profile decoded from them, so
// perf-collect can send them on instead of re-encoding (re-encoding was most of
// its time on a Go profile). Keyed by the Profile object itself: any transform
// makes a new Profile, which has no bytes here and so is encoded afresh; the
// bytes can never go stale under a changed profile.

import { gzipSync } from 'node:zlib';
import type { Profile } from '../model/profile.js';
import { isGzip } from './decode.js';

const originals = new WeakMap<Profile, Buffer>();

/** Remember `bytes` (pprof, gzipped or not) as the encoding of `profile`, which was decoded from them unchanged. */
export function keepPprofBytes(profile: Profile, bytes: Buffer): void {
  originals.set(profile, isGzip(bytes) ? bytes : gzipSync(bytes));
}

/** The gzipped pprof `profile` came from, if it came whole from one. */
export function originalPprofOf(profile: Profile): Buffer | undefined {
  return originals.get(profile);
}
