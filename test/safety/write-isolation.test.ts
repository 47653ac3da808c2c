// Only perf-apply links the write gate. Proven on the built code: walk each
// bin's static import graph in dist/ and look for lib/write-gate.js.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import t from 'tap';
import { BIN } from '../helpers.js';

function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      visit(resolve(dirname(file), m[1]!));
    }
  };
  visit(entry);
  return seen;
}

const gate = resolve(BIN, '../lib/write-gate.js');

t.test('perf-apply links the write gate', async (t) => {
  t.ok(importGraph(join(BIN, 'perf-apply.js')).has(gate));
});

for (const bin of ['perf-collect', 'perf-analyze', 'perf-plan', 'perf-profiler']) {
  t.test(`${bin} never links the write gate`, async (t) => {
    const graph = importGraph(join(BIN, `${bin}.js`));
    t.ok(graph.size > 3, `walked ${graph.size} modules`);
    t.notOk(graph.has(gate), `${bin} does not import lib/write-gate.js`);
  });
}
