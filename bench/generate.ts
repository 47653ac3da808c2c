// Deterministic large inputs for `make bench` (no downloads): a seeded call
// tree of synthetic functions, sampled into each format. Same seed, same bytes.
// Usage: node dist/bench/generate.js <outDir> [--scale 1]

import { createWriteStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { ProfileBuilder } from '../lib/model/builder.js';
import { encodePprof } from '../lib/pprof/encode.js';

export const SIZES = {
  pprofSamples: 500_000,
  functions: 5_000,
  maxDepth: 100,
  perfScriptBytes: 200 * 1024 * 1024,
  foldedBytes: 200 * 1024 * 1024,
  cpuprofileBytes: 50 * 1024 * 1024,
};

/** mulberry32: small, fast, seedable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Fn {
  name: string;
  file: string;
  line: number;
}

function functions(n: number): Fn[] {
  const pkgs = ['app/server', 'app/db', 'app/render', 'lib/json', 'lib/regex', 'runtime', 'net/http', 'crypto/sha'];
  return Array.from({ length: n }, (_, i) => {
    const pkg = pkgs[i % pkgs.length]!;
    return { name: `${pkg.replace('/', '.')}.fn${i}`, file: `/src/${pkg}/file${i % 97}.go`, line: 10 + (i % 400) };
  });
}

/** Stacks (root first) drawn from a skewed call tree: a few hot paths, a long tail. */
export function* stacks(count: number, fns: Fn[], maxDepth: number, seed = 42): Generator<number[]> {
  const rand = rng(seed);
  const roots = Math.min(20, fns.length);
  for (let i = 0; i < count; i++) {
    const depth = 1 + Math.floor(Math.pow(rand(), 1.5) * maxDepth);
    const stack: number[] = [Math.floor(rand() * roots)];
    for (let d = 1; d < depth; d++) {
      // children of f are a small neighbourhood of f: repeated paths, like real programs
      const parent = stack[d - 1]!;
      const hot = rand() < 0.7;
      const next = hot ? (parent * 7 + d) % fns.length : Math.floor(rand() * fns.length);
      stack.push(next);
    }
    yield stack;
  }
}

async function writeLines(path: string, targetBytes: number, nextChunk: () => string): Promise<void> {
  const out = createWriteStream(path);
  let written = 0;
  while (written < targetBytes) {
    const chunk = nextChunk();
    written += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

export function pprofProfile(fns: Fn[], samples: number): Buffer {
  const b = new ProfileBuilder({
    sampleTypes: [
      { type: 'samples', unit: 'count' },
      { type: 'cpu', unit: 'nanoseconds' },
    ],
    periodType: { type: 'cpu', unit: 'nanoseconds' },
    period: 10_000_000,
    durationNs: samples * 10_000_000,
  });
  const ids = fns.map((f) => b.frameId({ ...f, column: 0 }));
  // Leaf-first for pprof. No labels: go tool pprof slows down 4x on many distinct label values, and
  // the comparison should be about the stacks (500k samples merge into ~450k distinct stacks).
  for (const stack of stacks(samples, fns, SIZES.maxDepth)) b.addSample(stack.map((f) => ids[f]!).reverse(), [1, 10_000_000]);
  return encodePprof(b.build());
}

async function perfScript(path: string, fns: Fn[], bytes: number): Promise<void> {
  const it = stacks(Number.MAX_SAFE_INTEGER, fns, 60, 7);
  let t = 1000;
  await writeLines(path, bytes, () => {
    let text = '';
    for (let k = 0; k < 200; k++) {
      const stack = it.next().value as number[];
      t += 0.001001;
      text += `server ${4242 + (k % 4)}/${4242 + (k % 4)} [00${k % 2}] ${t.toFixed(6)}:    1001001 cpu-clock:ppp: \n`;
      for (let d = stack.length - 1; d >= 0; d--) {
        const f = fns[stack[d]!]!;
        text += `\t    ${(0x400000 + stack[d]! * 64).toString(16)} ${f.name.replace(/\./g, '_')}+0x${(d * 4).toString(16)} (/usr/bin/server)\n`;
      }
      text += '\n';
    }
    return text;
  });
}

async function folded(path: string, fns: Fn[], bytes: number): Promise<void> {
  const it = stacks(Number.MAX_SAFE_INTEGER, fns, 60, 9);
  const rand = rng(3);
  await writeLines(path, bytes, () => {
    let text = '';
    for (let k = 0; k < 500; k++) {
      const stack = it.next().value as number[];
      text += `${stack.map((f) => fns[f]!.name).join(';')} ${1 + Math.floor(rand() * 20)}\n`;
    }
    return text;
  });
}

function cpuprofile(fns: Fn[], bytes: number): string {
  // A V8 tree: node per (parent, function); samples point at leaves.
  const nodes: { id: number; callFrame: object; children: number[] }[] = [
    { id: 1, callFrame: { functionName: '(root)', scriptId: '0', url: '', lineNumber: -1, columnNumber: -1 }, children: [] },
  ];
  const childOf = new Map<string, number>();
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  const it = stacks(Number.MAX_SAFE_INTEGER, fns, 40, 11);
  let approx = 0;
  while (approx < bytes) {
    const stack = it.next().value as number[];
    let parent = 1;
    for (const f of stack) {
      const key = `${parent}:${f}`;
      let id = childOf.get(key);
      if (id === undefined) {
        id = nodes.length + 1;
        const fn = fns[f]!;
        nodes.push({ id, callFrame: { functionName: fn.name, scriptId: String(f % 300), url: `file://${fn.file.replace('.go', '.js')}`, lineNumber: fn.line - 1, columnNumber: 4 }, children: [] });
        nodes[parent - 1]!.children.push(id);
        childOf.set(key, id);
        approx += 150;
      }
      parent = id;
    }
    samples.push(parent);
    timeDeltas.push(1000);
    approx += 10;
  }
  return JSON.stringify({ nodes, startTime: 0, endTime: samples.length * 1000, samples, timeDeltas });
}

export async function generateAll(dir: string, scale = 1): Promise<Record<string, string>> {
  mkdirSync(dir, { recursive: true });
  const fns = functions(SIZES.functions);
  const files = {
    pprof: join(dir, `cpu-${scale}.pb.gz`),
    perfScript: join(dir, `perf-${scale}.txt`),
    folded: join(dir, `stacks-${scale}.folded`),
    cpuprofile: join(dir, `big-${scale}.cpuprofile`),
  };
  const fresh = (p: string) => existsSync(p) && statSync(p).size > 0;
  if (!fresh(files.pprof)) writeFileSync(files.pprof, pprofProfile(fns, Math.round(SIZES.pprofSamples * scale)));
  if (!fresh(files.perfScript)) await perfScript(files.perfScript, fns, SIZES.perfScriptBytes * scale);
  if (!fresh(files.folded)) await folded(files.folded, fns, SIZES.foldedBytes * scale);
  if (!fresh(files.cpuprofile)) writeFileSync(files.cpuprofile, cpuprofile(fns, SIZES.cpuprofileBytes * scale));
  return files;
}

if (process.argv[1]?.endsWith('generate.js')) {
  const dir = process.argv[2] ?? 'bench/data';
  const scaleAt = process.argv.indexOf('--scale');
  const scale = scaleAt > 0 ? Number(process.argv[scaleAt + 1]) : 1;
  const files = await generateAll(dir, scale);
  for (const [k, v] of Object.entries(files)) console.log(`${k}\t${v}\t${statSync(v).size} bytes`);
}
