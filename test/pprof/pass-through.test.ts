// A pprof input passes through perf-collect as its own bytes. That is only
// right if every later stage reads the same model from them as from our own
// encoding, which this checks on every pprof recording we have.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import t from 'tap';
import { DEFAULT_LIMITS } from '../../lib/model/check.js';
import { decodePprof } from '../../lib/pprof/decode.js';
import { encodePprof } from '../../lib/pprof/encode.js';
import { keepPprofBytes, originalPprofOf } from '../../lib/pprof/pass-through.js';
import { PROFILES, parseRecords, runBin, tempRoot } from '../helpers.js';

const recordings = [PROFILES, join(PROFILES, 'analysis')].flatMap((dir) => readdirSync(dir).filter((n) => n.endsWith('.pb.gz')).map((n) => join(dir, n)));

t.test('the model read from an input equals the model read from our re-encoding of it', async (t) => {
  t.ok(recordings.length >= 5, 'recordings found');
  for (const path of recordings) {
    const original = decodePprof(readFileSync(path), path, DEFAULT_LIMITS);
    t.same(decodePprof(encodePprof(original), path, DEFAULT_LIMITS), original, path);
  }
});

t.test('bytes are kept per Profile object: a changed copy has none', async (t) => {
  const bytes = readFileSync(join(PROFILES, 'go-cpu.pb.gz'));
  const profile = decodePprof(bytes, 'go', DEFAULT_LIMITS);
  keepPprofBytes(profile, bytes);
  t.equal(originalPprofOf(profile), bytes);
  t.equal(originalPprofOf({ ...profile, samples: profile.samples.slice(1) }), undefined);
  const raw = gunzipSync(bytes);
  keepPprofBytes(profile, raw);
  t.same(gunzipSync(originalPprofOf(profile)!), raw, 'raw pprof is gzipped for the record');
});

t.test('perf-collect sends a CPU profile on as its own bytes; a heap profile it splits is encoded anew', async (t) => {
  const cpu = join(PROFILES, 'go-cpu.pb.gz');
  const records = parseRecords(runBin('perf-collect', ['--input', cpu]).stdout).filter((r) => r.type === 'profile');
  t.equal(records.length, 1);
  t.same(Buffer.from(records[0]!.data, 'base64'), readFileSync(cpu));
  const rawPath = join(tempRoot(), 'raw.pb');
  writeFileSync(rawPath, gunzipSync(readFileSync(cpu)));
  const fromRaw = parseRecords(runBin('perf-collect', ['--input', rawPath, '--format', 'pprof']).stdout).find((r) => r.type === 'profile')!;
  t.same(gunzipSync(Buffer.from(fromRaw.data, 'base64')), gunzipSync(readFileSync(cpu)));
  const heap = parseRecords(runBin('perf-collect', ['--input', join(PROFILES, 'go-heap.pb.gz')]).stdout).filter((r) => r.type === 'profile');
  t.equal(heap.length, 2, 'inuse and alloc');
  for (const r of heap) t.not(Buffer.from(r.data, 'base64').length, readFileSync(join(PROFILES, 'go-heap.pb.gz')).length);
});
