// The floors hold: no import in lib/ or bin/ runs up a floor, and there is no
// import loop, between files or between the folders of a floor.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { importEdges, loops, roomEdges, upwardImports, witnesses, type Edge } from './import-graph.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const edges = importEdges(root);

t.test('the graph is the real one: it sees the imports lib/ and bin/ have', async (t) => {
  t.ok(edges.length > 300, `${edges.length} imports found`);
  t.ok(edges.some((e) => e.from === 'bin/perf-collect.ts' && e.to === 'lib/cli/collect.ts'));
  t.ok(edges.some((e) => e.from === 'lib/records/profile-data.ts' && e.to === 'lib/pprof/decode.ts'));
});

t.test('no import runs up a floor', async (t) => {
  t.same(upwardImports(edges), []);
});

t.test('no import loop between files', async (t) => {
  t.same(loops(edges).map((loop) => loop.join(' -> ')), []);
});

t.test('no import loop between the folders of a floor', async (t) => {
  const folderEdges = roomEdges(edges);
  t.same(loops(folderEdges).map((loop) => `${loop.join(' -> ')} (${witnesses(loop, edges).join('; ')})`), []);
});

// The checks themselves, on small graphs: each kind of fault is caught and named.
t.test('an upward import is named by its edge and floors', async (t) => {
  const bad: Edge[] = [{ from: 'lib/records/reader.ts', to: 'lib/cli/stage.ts' }];
  t.same(upwardImports(bad), ['lib/records/reader.ts -> lib/cli/stage.ts: lib/records (floor 3) imports upward from lib/cli (floor 7)']);
  t.same(upwardImports([{ from: 'lib/cli/a.ts', to: 'lib/records/b.ts' }]), [], 'downward is fine');
  t.match(upwardImports([{ from: 'lib/newroom/a.ts', to: 'lib/base/errors.ts' }])[0], /lib\/newroom\/a\.ts: its folder is on no floor/);
});

t.test('a loop is named as the path that closes it', async (t) => {
  const loop: Edge[] = [
    { from: 'lib/importers/jprofiler.ts', to: 'lib/importers/jprofiler-csv.ts' },
    { from: 'lib/importers/jprofiler-csv.ts', to: 'lib/importers/jprofiler.ts' },
    { from: 'lib/importers/jprofiler.ts', to: 'lib/model/builder.ts' },
  ];
  t.same(loops(loop), [['lib/importers/jprofiler-csv.ts', 'lib/importers/jprofiler.ts', 'lib/importers/jprofiler-csv.ts']]);
  const three: Edge[] = [
    { from: 'c', to: 'a' },
    { from: 'a', to: 'b' },
    { from: 'b', to: 'c' },
    { from: 'b', to: 'd' },
  ];
  t.same(loops(three), [['a', 'b', 'c', 'a']]);
  t.same(loops([{ from: 'a', to: 'a' }]), [['a', 'a']], 'a self-import');
  t.same(loops([{ from: 'a', to: 'b' }]), []);
});

t.test('a loop between folders of one floor names one file edge per step', async (t) => {
  const tangled: Edge[] = [
    { from: 'lib/exporters/html/origin.ts', to: 'lib/analysis/origin.ts' },
    { from: 'lib/analysis/views.ts', to: 'lib/exporters/folded.ts' },
  ];
  const found = loops(roomEdges(tangled));
  t.same(found, [['lib/analysis', 'lib/exporters', 'lib/analysis']]);
  t.same(witnesses(found[0]!, tangled), ['lib/analysis/views.ts -> lib/exporters/folded.ts', 'lib/exporters/html/origin.ts -> lib/analysis/origin.ts']);
});
