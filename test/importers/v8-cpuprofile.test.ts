import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { functionStats, topBySelf } from '../../lib/analysis/hotspots.js';
import { convertV8CpuProfile, v8CpuProfileImporter } from '../../lib/importers/v8-cpuprofile.js';
import { PROFILES } from '../helpers.js';

const path = join(PROFILES, 'node-hot-loop.cpuprofile');
const raw = JSON.parse(readFileSync(path, 'utf8'));

t.test('sniffs a .cpuprofile from its first bytes', async (t) => {
  t.equal(v8CpuProfileImporter.sniff(readFileSync(path).subarray(0, 4096), path), 'yes');
  t.equal(v8CpuProfileImporter.sniff(Buffer.from('{"head":{"callFrame":{}}}'), 'x'), 'no');
});

t.test('converts a node --cpu-prof recording with names, files, lines and times', async (t) => {
  const profile = convertV8CpuProfile(raw, path);
  const view = functionStats(profile);
  t.equal(view.unit, 'nanoseconds');
  const expectedTotal = (raw.endTime - raw.startTime) * 1000;
  t.ok(Math.abs(view.total - expectedTotal) / expectedTotal < 0.01, 'time adds up to the profile duration');
  const top = topBySelf(view, 1)[0]!;
  t.equal(top.name, 'tokenize', 'the planted function is the hottest');
  t.match(top.file, /programs\/node\/hot-loop\.js$/, 'file URL turned into a path');
  t.ok(top.line >= 5 && top.line <= 34, `hot line ${top.line} is inside tokenize`);
  const sampleCount = profile.samples.reduce((n, s) => n + s.values[0]!, 0);
  t.equal(sampleCount, raw.samples.length, 'every sample kept');
});

t.test('keeps V8 pseudo-frames distinguishable', async (t) => {
  const profile = convertV8CpuProfile(raw, path);
  const names = new Set(profile.frames.map((f) => f.name));
  t.ok(names.has('(program)'), '(program) kept');
  for (const pseudo of ['(program)', '(idle)', '(garbage collector)']) {
    const frame = profile.frames.find((f) => f.name === pseudo);
    if (frame) t.equal(frame.file, '', `${pseudo} has no file`);
  }
  t.notOk(names.has('(root)'), '(root) is not a frame');
});

t.test('refuses broken profiles with a reason', async (t) => {
  t.throws(() => convertV8CpuProfile({ nodes: 3 }, 'x.cpuprofile'), { message: /^x\.cpuprofile: expected a V8 CPU profile/ });
  t.throws(() => convertV8CpuProfile({ ...raw, samples: [1], timeDeltas: [] }, 'x'), { message: /"samples" has 1 entries/ });
  const cyclic = {
    nodes: [
      { id: 1, callFrame: { functionName: '(root)' }, children: [2] },
      { id: 2, callFrame: { functionName: 'a' }, children: [2] },
    ],
    startTime: 0, endTime: 10, samples: [2], timeDeltas: [1],
  };
  t.throws(() => convertV8CpuProfile(cyclic, 'c'), { message: /cycle/ });
  t.throws(() => convertV8CpuProfile({ ...raw, samples: [999999], timeDeltas: [1] }, 'u'), { message: /unknown node 999999/ });
});
