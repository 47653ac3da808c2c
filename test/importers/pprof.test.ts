import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import t from 'tap';
import { functionStats, topBySelf } from '../../lib/analysis/hotspots.js';
import { ProfilerError } from '../../lib/base/errors.js';
import { encodePprof } from '../../lib/pprof/encode.js';
import { kindOfPprof } from '../../lib/importers/pprof.js';
import { decodePprof } from '../../lib/pprof/decode.js';
import { DEFAULT_LIMITS } from '../../lib/importers/types.js';
import { PROFILES } from '../helpers.js';

const goCpu = readFileSync(join(PROFILES, 'go-cpu.pb.gz'));

t.test('a Go CPU profile decodes with its sample types, inlined frames and the planted hot function', async (t) => {
  const profile = decodePprof(goCpu, 'go-cpu.pb.gz', DEFAULT_LIMITS);
  t.same(profile.sampleTypes, [
    { type: 'samples', unit: 'count' },
    { type: 'cpu', unit: 'nanoseconds' },
  ]);
  t.equal(profile.sampleTypes[profile.defaultSampleIndex]!.type, 'cpu');
  t.equal(kindOfPprof(profile, 'go-cpu.pb.gz'), 'cpu');
  t.ok(profile.durationNs > 1e9, 'duration kept');
  const top = topBySelf(functionStats(profile), 1)[0]!;
  t.equal(top.name, 'example.com/gohot.sumSquares');
  t.match(top.file, /hot_test\.go$/);
  t.ok(top.line > 0, 'hot line known');
  const names = new Set(profile.frames.map((f) => f.name));
  t.ok(names.has('strings.(*Builder).WriteString'), 'inlined function kept as its own frame');
});

t.test('encode then decode keeps every frame and value', async (t) => {
  const profile = decodePprof(goCpu, 'go', DEFAULT_LIMITS);
  const again = decodePprof(encodePprof(profile), 'again', DEFAULT_LIMITS);
  const before = functionStats(profile);
  const after = functionStats(again);
  t.equal(after.total, before.total);
  t.same(topBySelf(after, 10), topBySelf(before, 10));
  t.same(encodePprof(again), encodePprof(profile), 'encoding is deterministic');
});

t.test('corrupt input is refused with the file named', async (t) => {
  const truncated = goCpu.subarray(0, goCpu.length - 40);
  t.throws(() => decodePprof(truncated, 'cut.pb.gz', DEFAULT_LIMITS), { code: 'bad-input', message: /^cut\.pb\.gz: corrupt or truncated gzip/ });
  t.throws(() => decodePprof(gzipSync(Buffer.from([0x0a, 0xff, 0xff, 0xff, 0x0f])), 'bad.pb.gz', DEFAULT_LIMITS), ProfilerError);
  const bomb = gzipSync(Buffer.alloc(4096));
  t.throws(() => decodePprof(bomb, 'bomb.gz', { ...DEFAULT_LIMITS, maxDecompressedBytes: 1024 }), { message: /exceeds the limit of 1024 bytes/ });
});
