// Flame graph rendering on a large profile, for `make bench` (not a test):
// a deterministic 200k-sample profile (bench/generate.ts's skewed call tree),
// rendered to the standalone HTML page. Prints one line: wall and CPU time, peak RSS.
// Usage: node dist/bench/flamegraph-render.js [--samples 200000]

import { performance } from 'node:perf_hooks';
import { renderFlameGraphHtml } from '../lib/exporters/flamegraph.js';
import { ProfileBuilder } from '../lib/model/builder.js';
import type { Profile } from '../lib/model/profile.js';
import { stacks } from './generate.js';

const FUNCTIONS = 5_000;
const MAX_DEPTH = 100;

export function largeProfile(samples: number): Profile {
  const b = new ProfileBuilder({ sampleTypes: [{ type: 'samples', unit: 'count' }, { type: 'cpu', unit: 'nanoseconds' }], period: 10_000_000 });
  const pkgs = ['app/server', 'app/db', 'node_modules/lib', 'node:internal'];
  const ids = Array.from({ length: FUNCTIONS }, (_, i) => {
    const pkg = pkgs[i % pkgs.length]!;
    return b.frameId({ name: `${pkg.replace(/[/:]/g, '.')}.fn${i}`, file: `${pkg}/file${i % 97}.js`, line: 10 + (i % 400), column: 0 });
  });
  for (const stack of stacks(samples, ids.map((_, i) => ({ name: '', file: '', line: i })), MAX_DEPTH, 7)) {
    b.addSample(stack.map((f) => ids[f]!).reverse(), [1, 10_000_000]);
  }
  return b.build();
}

if (process.argv[1]?.endsWith('flamegraph-render.js')) {
  const at = process.argv.indexOf('--samples');
  const samples = at > 0 ? Number(process.argv[at + 1]) : 200_000;
  const profile = largeProfile(samples);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const html = renderFlameGraphHtml(profile, { id: 'bench', title: 'bench' });
  const ms = performance.now() - start;
  // CPU time as well as wall time: on a shared machine the wall clock also counts waiting for a core.
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const drawn = (html.match(/<g class="f/g) ?? []).length;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    `flamegraph-render: ${samples} samples (${profile.samples.length} distinct stacks, ${drawn} frames drawn after the minwidth merge), ` +
      `${(html.length / 1048576).toFixed(1)} MiB html, render ${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms cpu, peak RSS ${rssMb.toFixed(0)} MiB`,
  );
}
