// pprof decoder fuzzing: random bytes, mutated real files, and well-formed
// protobufs with out-of-range indexes and enormous declared lengths.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import t from 'tap';
import { decodePprof } from '../../lib/pprof/decode.js';
import { DEFAULT_LIMITS } from '../../lib/importers/types.js';
import { checkProfile } from '../../lib/model/check.js';
import { PROFILES } from '../helpers.js';
import { endsCleanly, fuzzParams, mutationsOf } from './harness.js';
import { wellFormedPprof } from './pprof-messages.js';

const gz = readFileSync(join(PROFILES, 'go-cpu.pb.gz'));
const raw = gunzipSync(gz);
const limits = { ...DEFAULT_LIMITS, maxDecompressedBytes: 1 << 20 };
const decode = (bytes: Uint8Array) => () => {
  const profile = decodePprof(Buffer.from(bytes), 'fuzz.pb', limits);
  checkProfile(profile, 'fuzz.pb'); // a decoded profile must also be a valid one
};

t.test('random bytes', async () => {
  await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), (b) => endsCleanly(decode(b))), fuzzParams);
});

t.test('mutated real profile, raw and gzipped', async () => {
  await fc.assert(fc.asyncProperty(mutationsOf(raw), (b) => endsCleanly(decode(b))), fuzzParams);
  await fc.assert(fc.asyncProperty(mutationsOf(gz), (b) => endsCleanly(decode(b))), fuzzParams);
});

t.test('well-formed protobufs with out-of-range indexes', async () => {
  await fc.assert(fc.asyncProperty(wellFormedPprof, (bytes) => endsCleanly(decode(bytes))), fuzzParams);
});

t.test('enormous declared lengths and zip bombs are refused before allocating', async (t) => {
  // field 2 (sample), length-delimited, declaring 2^40 bytes
  const huge = Buffer.from([0x12, 0x80, 0x80, 0x80, 0x80, 0x80, 0x20]);
  t.throws(decode(huge), { code: 'bad-input', message: /declares \d+ bytes but only 0 remain/ });
  t.throws(decode(gzipSync(Buffer.alloc(2 << 20))), { message: /exceeds the limit of 1048576 bytes/ });
});
