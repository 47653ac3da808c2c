// The direct decoder against the reference (pprof-format's decoder, laid out as
// the same tables): on every pprof recording we have, and on random, mutated and
// out-of-range inputs, both give the same profile to the byte, or both refuse the
// input with the same one-line error.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import t from 'tap';
import { ProfilerError } from '../../lib/base/errors.js';
import { DEFAULT_LIMITS } from '../../lib/importers/types.js';
import { profileFromRaw } from '../../lib/pprof/from-raw.js';
import { rawPprof } from '../../lib/pprof/decode.js';
import { scanProfile } from '../../lib/pprof/scan.js';
import { WireReader } from '../../lib/pprof/wire-reader.js';
import { fuzzParams, mutationsOf } from '../fuzz/harness.js';
import { wellFormedPprof } from '../fuzz/pprof-messages.js';
import { PROFILES } from '../helpers.js';
import { scanWithPprofFormat } from './pprof-format-reference.js';

const limits = { ...DEFAULT_LIMITS, maxDecompressedBytes: 1 << 24 };

/** The profile as JSON, or the error line: what a user of either path would see. */
function outcome(bytes: Uint8Array, scan: typeof scanProfile): string {
  try {
    return JSON.stringify(profileFromRaw(rawPprof(Buffer.from(bytes), 'in.pb', limits, scan), 'in.pb'));
  } catch (err) {
    if (!(err instanceof ProfilerError) || err.exitCode !== 2 || err.message.includes('\n')) throw err;
    return `error: ${err.message}`;
  }
}

/** pprof-format reads int64 unsigned (a negative value comes out near 2^64); where it did, the paths may differ. */
const readsUnsigned = (reference: string) => /\d{19,}|e\+(19|2\d)/.test(reference);

/**
 * pprof-format reads a tag as one byte, so it misreads fields numbered 16 and up,
 * which profile.proto does not have but a newer producer may add (the direct
 * decoder steps over them). Such an input may come out differently.
 */
function hasLongTag(message: Uint8Array, start = 0, end = message.length, depth = 0): boolean {
  const r = new WireReader(message, start);
  while (r.pos < end) {
    if (message[r.pos]! >= 0x80) return true;
    const tag = r.uint();
    if ((tag & 7) !== 2) r.skip(tag & 7);
    else {
      const length = r.uint();
      if (depth < 2 && hasLongTag(message, r.pos, r.pos + length, depth + 1)) return true;
      r.pos += length;
    }
  }
  return false;
}

const unzipped = (bytes: Uint8Array) => (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes);

const same = (bytes: Uint8Array): boolean => {
  const reference = outcome(bytes, scanWithPprofFormat);
  const direct = outcome(bytes, scanProfile);
  if (direct === reference || readsUnsigned(reference) || hasLongTag(unzipped(bytes))) return true;
  throw new Error(`direct: ${direct.slice(0, 300)}\nreference: ${reference.slice(0, 300)}`);
};

function pprofFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pprofFiles(join(dir, e.name)) : /\.pb(\.gz)?$/.test(e.name) ? [join(dir, e.name)] : []));
}

t.test('every pprof recording decodes to the same bytes by both paths', async (t) => {
  const files = pprofFiles(PROFILES);
  t.ok(files.length >= 10, `${files.length} recordings`);
  for (const file of files) {
    const bytes = readFileSync(file);
    const direct = outcome(bytes, scanProfile);
    t.notMatch(direct, /^error/, file);
    t.equal(direct, outcome(bytes, scanWithPprofFormat), file);
  }
});

const raw = gunzipSync(readFileSync(join(PROFILES, 'go-cpu.pb.gz')));

t.test('random and mutated bytes: the same profile or the same error', async () => {
  await fc.assert(fc.property(fc.uint8Array({ maxLength: 512 }), same), fuzzParams);
  await fc.assert(fc.property(mutationsOf(raw), same), fuzzParams);
});

t.test('well-formed messages with out-of-range indexes, labels, unpacked fields', async () => {
  await fc.assert(fc.property(wellFormedPprof, same), fuzzParams);
});

t.test('int64 fields keep their sign; the reference reads them unsigned', async (t) => {
  // sample_type {1, 2}; sample { location_id [], value [-5] }; string table "", "cpu", "ns"
  const minusFive = [0xfb, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01];
  const sample = [0x12, minusFive.length, ...minusFive];
  const bytes = Buffer.from([0x0a, 0x04, 0x08, 0x01, 0x10, 0x02, 0x12, sample.length, ...sample, 0x32, 0x00, 0x32, 0x03, ...Buffer.from('cpu'), 0x32, 0x02, ...Buffer.from('ns')]);
  const profile = profileFromRaw(rawPprof(bytes, 'diff.pb', limits), 'diff.pb');
  t.same(profile.samples[0]!.values, [-5]);
  t.ok(readsUnsigned(outcome(bytes, scanWithPprofFormat)), 'pprof-format gives 2^64 - 5');
});
