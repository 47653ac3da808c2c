// Per-profile bottleneck records: which groups pass the floor. For sampled
// time the share must pass it with 95% confidence from the sample count; a
// heap profile is no draw of samples (tracemalloc keeps one sample per
// traceback), so one traceback holding most of the kept bytes is a bottleneck
// however few samples the profile has.
import t from 'tap';
import { analyzeProfile } from '../../lib/analysis/analyze-profile.js';
import { ProfileBuilder } from '../../lib/model/builder.js';
import type { ProfileKind } from '../../lib/model/profile.js';
import type { ProfileRecord } from '../../lib/records/types.js';

const ROOT = '/app';

/** One traceback of `keep` holding `bigBytes`, and 44 small ones of `other` lines, one sample each. */
function bottlenecksOf(kind: ProfileKind, bigBytes: number) {
  const b = new ProfileBuilder({ sampleTypes: [{ type: 'objects', unit: 'count' }, { type: 'space', unit: 'bytes' }] });
  const main = b.frameId({ name: 'main', file: `${ROOT}/service.py`, line: 1, column: 0 });
  const keep = b.frameId({ name: 'build_payload', file: `${ROOT}/service.py`, line: 10, column: 0 });
  b.addSample([keep, main], [1, bigBytes]);
  for (let i = 0; i < 44; i++) b.addSample([b.frameId({ name: `helper${i}`, file: `${ROOT}/service.py`, line: 20 + i, column: 0 }), main], [1, 2_000]);
  const record = { type: 'profile', v: 1, runId: 'r', profileId: 'python-heap', kind, sourceFormat: 'pprof' } as ProfileRecord;
  return analyzeProfile(record, b.build(), { top: 10, origin: { sourceRoot: ROOT } }).bottlenecks;
}

t.test('a heap profile: the traceback that keeps most bytes is a bottleneck, with 1 sample of 45', async (t) => {
  const found = bottlenecksOf('heap', 6_000_000).filter((x) => x.function === 'build_payload');
  t.equal(found.length, 1, 'build_payload is a bottleneck');
});

t.test('sampled CPU time: one sample of 45 is not above the 1% floor with confidence, whatever its weight', async (t) => {
  const found = bottlenecksOf('cpu', 6_000_000).filter((x) => x.function === 'build_payload');
  t.same(found, [], 'a single CPU sample, even a heavy one, is no bottleneck');
});
