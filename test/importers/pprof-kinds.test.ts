// pprof from several producers: every sample type kept, each profile of the right kind.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { kindOfPprof, splitHeapProfile } from '../../lib/importers/pprof.js';
import { decodePprof } from '../../lib/pprof/decode.js';
import { importProfiles, openSource } from '../../lib/importers/registry.js';
import { DEFAULT_LIMITS } from '../../lib/importers/types.js';
import { totalOf } from '../../lib/model/profile.js';
import { PROFILES, tempRoot } from '../helpers.js';
import { listing, statsByName } from './listing.js';

const load = async (name: string) => importProfiles(await openSource(join(PROFILES, name)), DEFAULT_LIMITS);

t.test('a Go heap profile becomes a heap profile (inuse_*) and an alloc profile (alloc_*)', async (t) => {
  const whole = decodePprof((await openSource(join(PROFILES, 'go-heap.pb.gz')).then((s) => s.readAll())), 'go-heap', DEFAULT_LIMITS);
  t.same(whole.sampleTypes.map((s) => s.type), ['alloc_objects', 'alloc_space', 'inuse_objects', 'inuse_space']);
  const imported = await load('go-heap.pb.gz');
  t.same(imported.map((p) => [p.kind, p.label]), [['heap', 'inuse'], ['alloc', 'alloc']]);
  const [heap, alloc] = imported.map((p) => p.profile);
  t.same(heap!.sampleTypes, [{ type: 'inuse_objects', unit: 'count' }, { type: 'inuse_space', unit: 'bytes' }]);
  t.equal(heap!.sampleTypes[heap!.defaultSampleIndex]!.type, 'inuse_space');
  t.equal(alloc!.sampleTypes[alloc!.defaultSampleIndex]!.type, 'alloc_space');
  for (const [i, type] of whole.sampleTypes.entries()) {
    const part = type.type.startsWith('inuse') ? heap! : alloc!;
    t.equal(totalOf(part, part.sampleTypes.findIndex((s) => s.type === type.type)), totalOf(whole, i), `${type.type} total kept`);
  }
  t.ok(heap!.samples.length < whole.samples.length, 'samples with nothing in use left out of the heap profile');
  const liveBytes = statsByName(heap!).get('example.com/gocontention.buildIndex')![0];
  const allocBytes = statsByName(alloc!).get('example.com/gocontention.buildIndex')![0];
  t.ok(liveBytes > 0.3 * allocBytes && liveBytes < 0.7 * allocBytes, 'buildIndex keeps about half of what it allocates live');
  t.matchSnapshot(listing(imported, 4), 'go heap');
  t.equal(splitHeapProfile(decodePprof((await openSource(join(PROFILES, 'go-cpu.pb.gz')).then((s) => s.readAll())), 'cpu', DEFAULT_LIMITS)), null);
});

t.test('Go mutex and block profiles are lock and block, by file name or else by their leaves', async (t) => {
  const [mutex] = await load('go-mutex.pb.gz');
  const [block] = await load('go-block.pb.gz');
  t.equal(mutex!.kind, 'lock');
  t.equal(block!.kind, 'block');
  t.same(mutex!.profile.sampleTypes.map((s) => s.type), ['contentions', 'delay']);
  t.equal(statsByName(mutex!.profile).get('example.com/gocontention.bumpCounter')![1], totalOf(mutex!.profile, 1), 'all contention under bumpCounter');
  t.ok(statsByName(block!.profile).get('runtime.chanrecv1')![0] > totalOf(block!.profile, 1) / 2, 'waiting on the channel dominates');
  // Renamed files carry no hint: the leaves decide (Go's mutex profile ends in Unlock).
  const dir = tempRoot('pprof-kinds-');
  copyFileSync(join(PROFILES, 'go-mutex.pb.gz'), join(dir, 'one.pb.gz'));
  copyFileSync(join(PROFILES, 'go-block.pb.gz'), join(dir, 'two.pb.gz'));
  t.equal((await importProfiles(await openSource(join(dir, 'one.pb.gz')), DEFAULT_LIMITS))[0]!.kind, 'lock');
  t.equal((await importProfiles(await openSource(join(dir, 'two.pb.gz')), DEFAULT_LIMITS))[0]!.kind, 'block');
  t.equal(kindOfPprof(mutex!.profile, 'prod-block.pb.gz'), 'block', 'an explicit name wins');
  t.matchSnapshot(listing([mutex!, block!], 4), 'go mutex and block');
});

t.test('a gperftools CPU profile (libprofiler, converted by go tool pprof -proto) is cpu with the planted function on top', async (t) => {
  const [p] = await load('gperftools-cpu.pb.gz');
  t.equal(p!.kind, 'cpu');
  const stats = statsByName(p!.profile);
  t.ok(stats.get('checksum')![0] > stats.get('parse_line')![0]);
  t.equal(stats.get('main')![1], totalOf(p!.profile, p!.profile.defaultSampleIndex), 'every sample under main');
  t.matchSnapshot(listing([p!], 4), 'gperftools');
});

t.test("gperftools' legacy binary profile is recognised and refused with how to convert it", async (t) => {
  const legacy = join(PROFILES, 'gperftools-cpu.prof');
  await t.rejects(load('gperftools-cpu.prof'), {
    code: 'bad-input',
    message: `${legacy}: a gperftools CPU profile in its legacy format; convert it with \`go tool pprof -proto <binary> <profile> > profile.pb.gz\` and import that`,
  });
});
