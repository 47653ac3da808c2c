// JavaScript frames named after the code that ran, on a real `node --cpu-prof`
// recording of a small service whose request handler calls a CPU-heavy work(k)
// that V8 inlined into the handler (test/fixtures/record-analysis.sh node).
import { join } from 'node:path';
import t from 'tap';
import { nameJsFunctions } from '../../lib/analysis/js-names.js';
import { sourceLookup } from '../../lib/analysis/source-files.js';
import { importProfiles, openSource } from '../../lib/importers/registry.js';
import { DEFAULT_LIMITS } from '../../lib/importers/types.js';
import { totalOf } from '../../lib/model/profile.js';
import { FIXTURES, PROFILES, ROOT, parseRecords, sh } from '../helpers.js';
import { statsByName } from '../importers/listing.js';

const recording = join(PROFILES, 'analysis', 'node-inlined.cpuprofile');
const HANDLER = 'request handler passed to createServer at server.js:17';

t.test('V8 charged work to the anonymous handler; the source names work, called from the handler', async (t) => {
  const [imported] = await importProfiles(await openSource(recording), DEFAULT_LIMITS);
  const v8 = imported!.profile;
  const { profile, inlined } = nameJsFunctions(v8, sourceLookup(ROOT), { leafPositions: true });
  const before = statsByName(v8);
  const after = statsByName(profile);
  const cpu = v8.defaultSampleIndex;
  t.equal(totalOf(profile, cpu), totalOf(v8, cpu), 'no time gained or lost');
  t.equal(profile.samples.length, v8.samples.length, 'samples stay one to one');
  // In V8's profile the handler holds nearly all of work's time as its own.
  const anonymousSelf = before.get('(anonymous)')![0];
  const workSelf = after.get('work')![0];
  t.ok(workSelf > 0.9 * anonymousSelf && workSelf > 0.3 * totalOf(v8, cpu), `work self ${workSelf} of (anonymous) self ${anonymousSelf}`);
  t.ok(after.get(HANDLER)![1] >= workSelf, 'the handler is work\'s caller: its cum holds work');
  t.ok(after.get(HANDLER)![0] < 0.2 * workSelf, 'and little self time of its own');
  // The recording keeps the path of the checkout it was made in; compare from the fixtures folder on.
  const fromFixtures = (file: string) => file.slice(file.lastIndexOf('test/fixtures/'));
  t.same(
    inlined.map((i) => ({ ...i, file: fromFixtures(i.file) })),
    [{ function: 'work', file: fromFixtures(join(FIXTURES, 'programs', 'node-inlined', 'server.js')), into: [HANDLER] }],
  );
  t.notOk([...after.keys()].some((name) => name === '(anonymous)' && after.get(name)![0] > 0.01 * totalOf(v8, cpu)), 'no user (anonymous) frame left with time');
});

t.test('perf-analyze: the first bottleneck is work, saying it was inlined into the handler; hotspots keep V8\'s frames', async (t) => {
  const r = sh(`perf-collect --input ${recording} | perf-analyze --top 10`);
  t.equal(r.code, 0, r.stderr);
  const records = parseRecords(r.stdout);
  const bottlenecks = records.filter((rec) => rec.type === 'bottleneck').sort((a, b) => a.rank - b.rank);
  t.equal(bottlenecks[0]?.function, 'work');
  t.equal(bottlenecks[0]?.category, 'cpu');
  t.ok(bottlenecks[0]?.evidence.includes(`V8 inlined work into ${HANDLER}, which its samples were charged to; the source names the code that ran`));
  t.notOk(bottlenecks.some((b) => b.function === '(anonymous)'), 'no bottleneck is an (anonymous) function');
  // Hotspots mirror `go tool pprof -top` on the saved profile: V8's own frames.
  const selfTop = records.find((rec) => rec.type === 'hotspot' && rec.by === 'self' && rec.rank === 1);
  t.equal(selfTop?.function, '(anonymous)');
});

t.test('a profile without JavaScript keeps its samples: nothing renamed, nothing copied', async (t) => {
  const [imported] = await importProfiles(await openSource(join(PROFILES, 'go-cpu.pb.gz')), DEFAULT_LIMITS);
  const go = imported!.profile;
  const { profile, inlined } = nameJsFunctions(go, sourceLookup(ROOT), { leafPositions: false });
  t.same(inlined, []);
  t.same(profile.frames, go.frames, 'the same frames');
  t.ok(profile.samples.length > 0 && profile.samples.every((s, i) => s === go.samples[i]), 'every sample is the one decoded (no stack copied)');
});
