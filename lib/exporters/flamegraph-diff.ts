// Differential flame graph: the new run's graph, each frame coloured by how
// its share of the run changed since the baseline (red: more, blue: less),
// the delta in its tooltip. Shares, not raw values, are compared, so runs of
// different lengths compare fairly. Pure: two profiles in, text out.

import type { Profile } from '../model/profile.js';
import { pct } from '../base/format.js';
import { DEFAULT_MIN_WIDTH_PX, flameTreeOf, type FlameGraphOptions } from './flamegraph.js';
import { WIDTH } from './html/flame-layout.js';
import { buildFlameTree, type FlameNode } from './flame-tree.js';
import { diffColour } from './html/colour.js';
import { esc } from './html/escape.js';
import { renderFlameFragment } from './html/flame-fragment.js';

/** A baseline profile perf-apply read from the baseline run.ndjson (lib/cli/baseline-profiles.ts). */
export interface BaselineProfile {
  runId: string;
  profileId: string;
  profile: Profile;
}

interface Delta {
  /** Shares in percent of each run's total. */
  self: number;
  baseSelf: number;
  total: number;
  baseTotal: number;
  known: boolean;
}

const keyOf = (n: FlameNode): string => `${n.name}\u0000${n.file}`;

/** Pair each drawn node with the baseline node on the same path of functions. */
function deltas(root: FlameNode, baseRoot: FlameNode): Map<FlameNode, Delta> {
  const out = new Map<FlameNode, Delta>();
  const share = (v: number, of: number) => (of > 0 ? (v / of) * 100 : 0);
  // Iterative: deep stacks must not overflow the call stack.
  const todo: [FlameNode, FlameNode | undefined][] = [[root, baseRoot]];
  for (let item = todo.pop(); item; item = todo.pop()) {
    const [node, base] = item;
    // A pool of narrow frames has no single baseline counterpart.
    const known = node.merged <= 1;
    out.set(node, {
      self: share(node.self, root.total),
      baseSelf: share(base?.self ?? 0, baseRoot.total),
      total: share(node.total, root.total),
      baseTotal: share(base?.total ?? 0, baseRoot.total),
      known,
    });
    const byKey = new Map((base?.children ?? []).map((c) => [keyOf(c), c]));
    for (const child of node.children) todo.push([child, known ? byKey.get(keyOf(child)) : undefined]);
  }
  return out;
}

const signed = (n: number): string => `${n >= 0 ? '+' : '-'}${Math.abs(n).toFixed(2)}`;

export function renderDiffFlameGraphFragment(profile: Profile, baseline: BaselineProfile, options: FlameGraphOptions): string {
  const tree = flameTreeOf(profile, options.sampleType, options.minWidthPx);
  // The baseline is merged at the same width: a path narrower than that in
  // the baseline counts as 0 there, off by less than the threshold's share.
  const base = buildFlameTree(baseline.profile, tree.sampleType, (options.minWidthPx ?? DEFAULT_MIN_WIDTH_PX) / WIDTH).root;
  const d = deltas(tree.root, base);
  let maxAbs = 0;
  for (const v of d.values()) if (v.known) maxAbs = Math.max(maxAbs, Math.abs(v.self - v.baseSelf));
  const legend = [
    `<span class="fg-key"><i style="background:${diffColour(1)}"></i>more than baseline</span>`,
    `<span class="fg-key"><i style="background:${diffColour(-1)}"></i>less than baseline</span>`,
    `<span class="fg-key"><i style="background:${diffColour(0)}"></i>unchanged</span>`,
    '<span class="fg-key"><i class="fg-key-bn"></i>bottleneck</span>',
    '<span class="fg-key"><i class="fg-key-hit"></i>search match</span>',
    `<span class="fg-note">colour: change in self share vs baseline ${esc(baseline.runId)} / ${esc(baseline.profileId)} (strongest: ${signed(maxAbs)} points); functions only in the baseline are not drawn</span>`,
  ].join('');
  return renderFlameFragment(tree, {
    ...options,
    legend,
    fill: (node) => {
      const v = d.get(node)!;
      return v.known && maxAbs > 0 ? diffColour((v.self - v.baseSelf) / maxAbs) : diffColour(0);
    },
    note: (node) => {
      const v = d.get(node)!;
      if (!v.known) return 'narrow frames merged: no baseline comparison';
      return `vs baseline: self ${signed(v.self - v.baseSelf)} points (${pct(v.baseSelf)} \u2192 ${pct(v.self)}), total ${signed(v.total - v.baseTotal)} points (${pct(v.baseTotal)} \u2192 ${pct(v.total)})`;
    },
  });
}
