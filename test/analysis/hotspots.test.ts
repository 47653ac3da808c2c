// Top functions by self and cum on real recordings, checked against the
// reference: go tool pprof -top on the same file, and the invariants pprof's
// flat/cum keep (self sums to the total; cum counts a recursive function once).
import { join } from 'node:path';
import t from 'tap';
import { functionStats, percentOf, topByCum, topBySelf } from '../../lib/analysis/hotspots.js';
import { importProfiles, openSource } from '../../lib/importers/registry.js';
import { DEFAULT_LIMITS } from '../../lib/importers/types.js';
import { ProfileBuilder } from '../../lib/model/builder.js';
import { totalOf } from '../../lib/model/profile.js';
import { PROFILES, disagreementsWithPprof, hasCommand } from '../helpers.js';

const load = async (name: string) => (await importProfiles(await openSource(join(PROFILES, name)), DEFAULT_LIMITS))[0]!.profile;

t.test('a Go CPU profile: the same flat and cum percentages as go tool pprof -top', { skip: hasCommand('go') ? false : 'go is not installed' }, async (t) => {
  const view = functionStats(await load('go-cpu.pb.gz'));
  const rows = topBySelf(view, 15).map((f) => ({ function: f.name, selfPct: percentOf(f.self, view.total), cumPct: percentOf(f.cum, view.total) }));
  const { compared, problems } = disagreementsWithPprof(join(PROFILES, 'go-cpu.pb.gz'), rows);
  t.same(problems, []);
  t.ok(compared >= 10, `${compared} functions agree`);
});

t.test('on every recorded format: self sums to the total, cum is at least self and at most the total', async (t) => {
  for (const name of ['node-hot-loop.cpuprofile', 'c-hot.folded', 'go-cpu.pb.gz', 'python-hot.prof']) {
    const profile = await load(name);
    const view = functionStats(profile);
    t.equal(view.total, totalOf(profile, profile.sampleTypes.findIndex((s) => s.type === view.sampleType)), `${name}: total of ${view.sampleType}`);
    t.equal(view.functions.reduce((a, f) => a + f.self, 0), view.total, `${name}: self sums to the total`);
    t.ok(view.functions.every((f) => f.cum >= f.self && f.cum <= view.total), `${name}: self <= cum <= total`);
    const bySelf = topBySelf(view, 5);
    t.ok(bySelf.every((f, i) => i === 0 || bySelf[i - 1]!.self >= f.self), `${name}: ordered by self`);
    const byCum = topByCum(view, 5);
    t.ok(byCum.every((f, i) => i === 0 || byCum[i - 1]!.cum >= f.cum), `${name}: ordered by cum`);
  }
});

t.test('recursion counts once in cum; a named sample type is used', async (t) => {
  const b = new ProfileBuilder({ sampleTypes: [{ type: 'samples', unit: 'count' }, { type: 'cpu', unit: 'nanoseconds' }] });
  const main = b.frameId({ name: 'main', file: 'a.js', line: 1, column: 0 });
  const walk = b.frameId({ name: 'walk', file: 'a.js', line: 5, column: 0 });
  b.addSample([walk, walk, walk, main], [3, 300]);
  b.addSample([main], [1, 100]);
  const view = functionStats(b.build(), 'cpu');
  t.equal(view.unit, 'nanoseconds');
  t.same(view.functions.map((f) => [f.name, f.self, f.cum]).sort(), [['main', 100, 400], ['walk', 300, 300]]);
  t.equal(percentOf(1, 3), 33.3333, 'percent to 4 decimals');
  t.equal(percentOf(1, 0), 0, 'no total: 0, not NaN');
});
