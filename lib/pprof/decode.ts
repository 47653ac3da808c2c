// pprof protobuf -> Profile, gzipped or not, from any producer: the shape is
// walked first (protobuf-check), then the bytes are read straight into flat
// tables (scan) and resolved into the model (from-raw). pprof-format's decoder,
// an object per sample, location and line, cost 10x more on a 200k-sample Go
// profile; it stays as the reference the tests compare this path with.

import { gunzipSync } from 'node:zlib';
import { badInput } from '../base/errors.js';
import type { ImportLimits } from '../model/check.js';
import type { Profile } from '../model/profile.js';
import { profileFromRaw } from './from-raw.js';
import { checkMessage } from './protobuf-check.js';
import type { RawProfile } from './raw-profile.js';
import { scanProfile } from './scan.js';

export { unsymbolizedFrame } from './from-raw.js';

const GZIP_MAGIC = [0x1f, 0x8b];

export function isGzip(head: Buffer): boolean {
  return head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

export function gunzipLimited(data: Buffer, where: string, limits: ImportLimits): Buffer {
  try {
    return gunzipSync(data, { maxOutputLength: limits.maxDecompressedBytes });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') {
      throw badInput(where, `decompressed size exceeds the limit of ${limits.maxDecompressedBytes} bytes`);
    }
    throw badInput(where, `corrupt or truncated gzip data (${(err as Error).message})`);
  }
}

/**
 * The pprof bytes (gzipped or not) as flat tables, after the shape check. `scan`
 * reads the checked message: the direct reader, or in tests pprof-format's
 * decoder through an adapter, so both meet the same checks and errors.
 */
export function rawPprof(bytes: Buffer, where: string, limits: ImportLimits, scan: (raw: Uint8Array) => RawProfile = scanProfile): RawProfile {
  const raw = isGzip(bytes) ? gunzipLimited(bytes, where, limits) : bytes;
  try {
    checkMessage(raw);
    return scan(raw);
  } catch (err) {
    throw badInput(where, `not a valid pprof protobuf (${(err as Error).message})`);
  }
}

export function decodePprof(bytes: Buffer, where: string, limits: ImportLimits): Profile {
  return profileFromRaw(rawPprof(bytes, where, limits), where);
}
