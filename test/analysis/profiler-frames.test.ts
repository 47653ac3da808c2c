// The profiler's own preload and recorders run inside the user's process, but
// they are never "your code": not a finding, not a part ("kept by stop
// (recorder.js:61)"), not a plan item, not coloured as the user's in a flame
// graph. Through the real bins on a real recording whose preload frames were
// recorded by another checkout of the profiler (node-leak: the live-heap
// recorder's `stop`, the preload's `poll`, `post`, `start`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { ROOT, listFiles, sh, tempRoot } from '../helpers.js';
import { replayPlanned, type Rec } from './diagnosis/replay.js';

const PROFILER = /[\\/]lib[\\/]collectors[\\/]/;
const pinned = { SOURCE_DATE_EPOCH: '1767225600' };

t.test('no finding, part or plan item is the profiler\'s own code', async (t) => {
  const records = replayPlanned('node-leak.ndjson');
  const findings = records.filter((r) => r.type === 'finding');
  t.ok(findings.length > 0, 'findings');
  t.same(findings.filter((f) => PROFILER.test(f.file)).map((f) => `${f.function} ${f.file}`), [], 'no finding in the profiler\'s files');
  const parts = findings.flatMap((f) => f.parts.map((p: Rec) => p.text));
  t.same(parts.filter((p) => /recorder\.js|node-preload\.js/.test(p)), [], 'no part kept by the profiler\'s files');
  const items = records.filter((r) => r.type === 'plan-item');
  t.same(items.filter((i) => /recorder\.js|node-preload\.js/.test(i.title)).map((i) => i.title), [], 'no plan item on them');
});

t.test('the flame graphs do not colour the profiler\'s frames as your code', async (t) => {
  const root = tempRoot();
  const r = sh(`perf-analyze --source-root ${ROOT} < ${join(ROOT, 'test/fixtures/profiles/diagnosis/node-leak.ndjson')} | perf-plan | perf-apply --root .`, { cwd: root, env: pinned });
  t.equal(r.code, 0, r.stderr);
  const pages = listFiles(root).filter((f) => f.endsWith('.flamegraph.html'));
  t.ok(pages.length >= 2, 'cpu and heap flame graphs');
  let seen = 0;
  for (const page of pages) {
    const html = readFileSync(join(root, page), 'utf8');
    for (const node of html.match(/\{"n":"[^"]*"[^}]*\}/g) ?? []) {
      const file = /"fa?":"([^"]*)"/.exec(node)?.[1] ?? '';
      if (!PROFILER.test(file)) continue;
      seen++;
      t.not(/"o":(\d)/.exec(node)?.[1], '0', `${/"n":"([^"]*)"/.exec(node)![1]} (${file}) is not your code`);
    }
  }
  t.ok(seen > 0, `the recording has frames of the profiler's files (${seen})`);
});
