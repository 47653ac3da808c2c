// The flame graphs' origin of each frame is the analysis' own (one
// classifier): on real recordings, frames under the project root are your
// code, node_modules a dependency, node: internals the runtime, and a kernel
// frame's callees the kernel's.
import { join } from 'node:path';
import t from 'tap';
import { originOf, originOptionsOfFormat } from '../../../lib/analysis/origin.js';
import { ORIGINS, defaultOrigin, originFor } from '../../../lib/exporters/html/origin.js';
import { importProfiles, openSource } from '../../../lib/importers/registry.js';
import { DEFAULT_LIMITS } from '../../../lib/importers/types.js';
import { PROFILES } from '../../helpers.js';

t.test('the same origin as the analysis, for every frame of recordings in three formats', async (t) => {
  for (const [name, format] of [['node-hot-loop.cpuprofile', 'v8-cpuprofile'], ['go-cpu.pb.gz', 'pprof'], ['c-hot.perf-script.txt', 'perf-script']] as const) {
    const [imported] = await importProfiles(await openSource(join(PROFILES, name)), DEFAULT_LIMITS);
    const frames = imported!.profile.frames;
    const root = '/work';
    const colours = originFor(format, root);
    const analysis = originOptionsOfFormat(format, { sourceRoot: root });
    t.same(frames.map((f) => colours(f)), frames.map((f) => originOf(f, analysis)), `${name}: ${frames.length} frames`);
    t.ok(frames.every((f) => colours(f, 'kernel') === 'kernel'), `${name}: under a kernel frame, everything is the kernel's`);
  }
});

t.test('frames of a node program', async (t) => {
  const node = originFor('v8-cpuprofile', '/srv/app');
  t.equal(node({ name: 'handle', file: '/srv/app/server.js' }), 'user');
  t.equal(node({ name: 'parse', file: '/srv/app/node_modules/qs/lib/parse.js' }), 'dependency');
  t.equal(node({ name: 'readFileSync', file: 'node:fs' }), 'runtime');
  t.equal(node({ name: '(garbage collector)', file: '' }), 'runtime');
});

t.test('no root known: absolute paths are your code unless they are a dependency or the runtime', async (t) => {
  t.equal(defaultOrigin({ name: 'handle', file: '/srv/app/server.js' }), 'user');
  t.equal(defaultOrigin({ name: 'parse', file: '/srv/app/node_modules/qs/lib/parse.js' }), 'dependency');
  t.equal(defaultOrigin({ name: 'handle', file: '/srv/app/server.js' }, 'kernel'), 'kernel');
  t.same([...ORIGINS], ['user', 'dependency', 'runtime', 'kernel'], 'the legend order (the page script indexes these)');
});
