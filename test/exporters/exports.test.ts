// speedscope JSON and folded stacks: deterministic text, and a round trip
// through our own importers gives back the same functions and values.
import { Readable } from 'node:stream';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { functionStats } from '../../lib/analysis/hotspots.js';
import { renderFolded, renderFoldedBuffer } from '../../lib/exporters/folded.js';
import { renderSpeedscope } from '../../lib/exporters/speedscope.js';
import { foldedImporter } from '../../lib/importers/folded.js';
import { speedscopeImporter } from '../../lib/importers/speedscope.js';
import { DEFAULT_LIMITS, type ImportSource } from '../../lib/importers/types.js';
import { convertV8CpuProfile } from '../../lib/importers/v8-cpuprofile.js';
import type { Profile } from '../../lib/model/profile.js';
import { PROFILES } from '../helpers.js';
import { HOSTILE, smallProfile } from './small-profiles.js';

const source = (name: string, text: string): ImportSource => {
  const buf = Buffer.from(text);
  return { name, head: buf.subarray(0, 4096), readAll: async () => buf, open: () => Readable.from([buf]) };
};

/** function -> [self, cum] of the default sample type, for comparing profiles. */
const stats = (p: Profile, type?: string) =>
  Object.fromEntries(
    functionStats(p, type)
      .functions.map((f) => [`${f.name} @ ${f.file}`, [f.self, f.cum]] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );

const nodeProfile = () => convertV8CpuProfile(JSON.parse(readFileSync(join(PROFILES, 'node-hot-loop.cpuprofile'), 'utf8')), 'node-hot-loop.cpuprofile');

t.test('folded: sorted `a;b;c value` lines, function per frame, kernel frames marked', async (t) => {
  const text = renderFolded(smallProfile());
  t.matchSnapshot(text, 'folded small profile');
  const lines = text.trimEnd().split('\n');
  t.same(lines, [...lines].sort(), 'sorted');
  t.ok(lines.every((l) => /^\S.* \d+$/.test(l)));
  t.match(text, /readFileUtf8 \(node:fs:3\);do_syscall_64_\[k\] 12000000/);
  t.match(text, /main \(app\.js:1\);handle \(app\.js:10\);parse \(app\.js:20\) 50000000\n/, 'two lines of parse are one function');
  t.equal(renderFolded(smallProfile('reversed')), text, 'same bytes whatever the sample order');
  t.equal(renderFoldedBuffer(smallProfile()).toString('utf8'), text, 'the Buffer form holds the same bytes');
});

t.test('folded round trip through the folded importer', async (t) => {
  for (const [name, profile] of [['small', smallProfile()], ['node-hot-loop', nodeProfile()]] as const) {
    const [back] = await foldedImporter.parse(source(name, renderFolded(profile)), DEFAULT_LIMITS);
    const theirs = stats(back!.profile);
    const ours = stats(profile);
    // Folded text carries no sample types: compare the default one's values.
    t.same(Object.keys(theirs), Object.keys(ours), `${name}: same functions`);
    t.same(theirs, ours, `${name}: same self and cum`);
  }
  const hostile = renderFolded(smallProfile());
  t.ok(hostile.includes(HOSTILE), 'names are data here, written as they are');
});

t.test('speedscope: sampled profiles with a shared frames table, round trip through the speedscope importer', async (t) => {
  const profile = nodeProfile();
  const text = renderSpeedscope(profile, 'node-hot-loop');
  t.equal(renderSpeedscope(profile, 'node-hot-loop'), text, 'deterministic');
  const file = JSON.parse(text);
  t.equal(file.$schema, 'https://www.speedscope.app/file-format-schema.json');
  t.equal(file.shared.frames.length, profile.frames.length);
  t.same(file.profiles.map((p: { type: string; unit: string }) => [p.type, p.unit]), [['sampled', 'none'], ['sampled', 'nanoseconds']]);
  t.equal(file.activeProfileIndex, 1, 'cpu time is shown first');
  const cpu = file.profiles[1];
  t.equal(cpu.samples.length, cpu.weights.length);
  t.equal(cpu.endValue, cpu.weights.reduce((a: number, b: number) => a + b, 0));
  const main = file.shared.frames.findIndex((f: { name: string }) => f.name === 'main');
  t.ok(cpu.samples.some((s: number[]) => s.indexOf(main) >= 0 && s.indexOf(main) < s.length - 1), 'stacks are root first (main above tokenize)');

  const back = await speedscopeImporter.parse(source('x.speedscope.json', text), DEFAULT_LIMITS);
  const cpuBack = back.find((b) => b.profile.sampleTypes.some((s) => s.unit === 'nanoseconds'))!;
  t.ok(cpuBack, 'the cpu profile comes back');
  const theirs = stats(cpuBack.profile);
  const ours = stats(profile, 'cpu');
  t.same(theirs, ours, 'same functions, self and cum');
});
