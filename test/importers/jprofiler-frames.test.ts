// What JProfiler's XML and CSV imports share, on the real exports: both give
// calls and CPU time, and every frame is class.method with the class as its
// file (no line where JProfiler gives none).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { importProfiles, openSource } from '../../lib/importers/registry.js';
import { javaFrame, jprofilerBuilder } from '../../lib/importers/jprofiler-frames.js';
import { DEFAULT_LIMITS } from '../../lib/importers/types.js';
import { PROFILES } from '../helpers.js';

const dir = join(PROFILES, 'jprofiler');

t.test('every real export: calls and CPU time, frames class.method', async (t) => {
  const files = readdirSync(dir).filter((f) => /\.(xml|csv)$/.test(f));
  t.ok(files.some((f) => f.endsWith('.xml')) && files.some((f) => f.endsWith('.csv')), files.join(', '));
  const empty = jprofilerBuilder().build();
  for (const file of files) {
    for (const { profile } of await importProfiles(await openSource(join(dir, file)), DEFAULT_LIMITS)) {
      t.same(profile.sampleTypes, empty.sampleTypes, `${file}: the sample types of JProfiler's views`);
      const odd = profile.frames.filter((f) => f.file !== '' && !f.name.startsWith(`${f.file}.`));
      t.same(odd, [], `${file}: ${profile.frames.length} frames named class.method, the class as file`);
      t.ok(profile.frames.every((f) => f.line >= 0 && f.column === 0));
    }
  }
});

t.test('a frame from a class and a method', async (t) => {
  t.same(javaFrame('com.example.Foo', 'bar', 42), { name: 'com.example.Foo.bar', file: 'com.example.Foo', line: 42, column: 0 });
  t.same(javaFrame('', 'Thread.run', -1), { name: 'Thread.run', file: '', line: 0, column: 0 }, 'no class: the method alone, no line');
});
