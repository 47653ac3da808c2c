// The folded export read off the shared stack tree against the plain way (a
// string per sample, merged and sorted as text), on real recordings and on the
// shapes where the tree's walk is not already in sorted order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { renderFoldedBuffer } from '../../lib/exporters/folded.js';
import { DEFAULT_LIMITS } from '../../lib/importers/types.js';
import { convertV8CpuProfile } from '../../lib/importers/v8-cpuprofile.js';
import type { Frame, Profile } from '../../lib/model/profile.js';
import { decodePprof } from '../../lib/pprof/decode.js';
import { PROFILES } from '../helpers.js';

/** The plain way: each sample's stack as text, merged, sorted; function names as the exporter writes them. */
function foldedPlainly(profile: Profile): string {
  const lowest = new Map<string, number>();
  const key = (f: Frame) => `${f.name}\u0000${f.file}`;
  for (const f of profile.frames) if (f.line > 0 && !(lowest.get(key(f))! <= f.line)) lowest.set(key(f), f.line);
  const clean = (s: string) => s.replace(/;/g, ':').replace(/[\r\n]+/g, ' ');
  const text = (f: Frame) => (f.file === '[kernel.kallsyms]' ? `${clean(f.name)}_[k]` : f.file ? `${clean(f.name)} (${clean(f.file)}:${lowest.get(key(f)) ?? 0})` : clean(f.name));
  const merged = new Map<string, number>();
  for (const s of profile.samples) {
    const v = s.values[profile.defaultSampleIndex]!;
    if (!(v > 0) || s.stack.length === 0) continue;
    const stack = s.stack.map((id) => text(profile.frames[id]!)).reverse().join(';');
    merged.set(stack, (merged.get(stack) ?? 0) + v);
  }
  const lines = [...merged].map(([k, v]) => `${k} ${v}`).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return lines.length ? lines.join('\n') + '\n' : '';
}

const frame = (name: string, file = ''): Frame => ({ name, file, line: 0, column: 0 });
const profileOf = (frames: Frame[], stacks: number[][]): Profile => ({
  sampleTypes: [{ type: 'samples', unit: 'count' }],
  defaultSampleIndex: 0,
  period: 1,
  timeNs: 0,
  durationNs: 0,
  frames,
  samples: stacks.map((stack) => ({ stack, values: [1] })),
  comments: [],
});

t.test('real recordings: the same bytes as the plain way', async (t) => {
  for (const name of ['go-cpu.pb.gz', 'go-heap.pb.gz', 'gperftools-cpu.pb.gz', 'analysis/go-alloc-cpu.pb.gz']) {
    const profile = decodePprof(readFileSync(join(PROFILES, name)), name, DEFAULT_LIMITS);
    t.equal(renderFoldedBuffer(profile).toString(), foldedPlainly(profile), name);
  }
  const node = convertV8CpuProfile(JSON.parse(readFileSync(join(PROFILES, 'node-hot-loop.cpuprofile'), 'utf8')), 'node');
  t.equal(renderFoldedBuffer(node).toString(), foldedPlainly(node), 'node-hot-loop.cpuprofile');
});

t.test('a text that is a prefix of its sibling\'s, and two functions with one text', async (t) => {
  // f (with a callee g) and f0: the walk gives f;g before f0, but "f0 1" sorts first ('0' < ';').
  const prefix = profileOf([frame('g'), frame('f'), frame('f0')], [[0, 1], [2]]);
  t.equal(renderFoldedBuffer(prefix).toString(), 'f0 1\nf;g 1\n');
  t.equal(renderFoldedBuffer(prefix).toString(), foldedPlainly(prefix));
  // a;b and a:b are two functions, one text once ';' is replaced: one line.
  const clash = profileOf([frame('a;b'), frame('a:b'), frame('leaf')], [[2, 0], [2, 1]]);
  t.equal(renderFoldedBuffer(clash).toString(), 'a:b;leaf 2\n');
  t.equal(renderFoldedBuffer(profileOf([], [])).toString(), '', 'no samples, no lines');
});

t.test('past the size cap the lightest stacks are summed into one line: totals kept, heaviest kept, still sorted', async (t) => {
  const frames = ['main', 'a', 'b', 'c', 'd', 'e'].map((n) => frame(n, `${n}.go`));
  const stacks: number[][] = [];
  for (let i = 1; i < 6; i++) for (let n = 0; n < i * i; n++) stacks.push([i, 0]); // main;X, X heavier as i grows
  for (let i = 1; i < 6; i++) stacks.push([i, (i % 5) + 1, 0]); // five light deeper stacks
  const profile = profileOf(frames, stacks);
  const full = renderFoldedBuffer(profile).toString();
  t.equal(full, foldedPlainly(profile), 'under the cap: the whole file');
  const capped = renderFoldedBuffer(profile, undefined, 200).toString();
  const lines = capped.trimEnd().split('\n');
  t.ok(Buffer.byteLength(capped) <= 200, `${Buffer.byteLength(capped)} bytes`);
  const value = (l: string) => Number(l.slice(l.lastIndexOf(' ') + 1));
  t.equal(lines.reduce((s, l) => s + value(l), 0), stacks.length, 'the values add up to every sample');
  t.ok(lines.some((l) => l.startsWith('main (main.go:0);e (e.go:0) 25')), 'the heaviest stack kept');
  const lump = lines.find((l) => l.includes('lighter stacks not written'));
  t.ok(lump, 'one line says what was left out');
  t.same([...lines].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), lines, 'sorted');
  const kept = new Set(lines);
  for (const l of full.trimEnd().split('\n')) if (!kept.has(l)) t.ok(value(l) <= Math.min(...lines.filter((k) => k !== lump).map(value)), `${l}: left out, no heavier than a kept line`);
});
