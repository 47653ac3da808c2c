// Differential flame graph: the new run's graph, each frame coloured by how
// its own cost per unit of work changed since the baseline (red: more, blue:
// less), the numbers in its tooltip, and beside the graph the functions that
// vanished, which a graph of the new run cannot draw. Both profiles have their
// nondeterministic frames folded the same way first (lib/model/normalise.ts),
// so a RegExp code object or a JIT tier does not show as a change. Without a
// unit of work (imported profiles), shares of each run's total are compared.
// Pure: two profiles in, text out.

import { normaliseFrames } from '../model/normalise.js';
import { functionKey, type Profile } from '../model/profile.js';
import type { WorkSummary } from '../records/types.js';
import { formatValue, pct } from '../base/format.js';
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
  /** The comparison's unit of work and how much each run did. */
  work?: WorkSummary;
  /** CPU nanoseconds per profile sample in each run, when the comparison apportioned measured CPU (costBasis cpu-time). */
  cpuPerSample?: { current: number; baseline: number };
}

/** V8's waiting frame: it costs no CPU, so it is drawn neutral in a CPU comparison. */
const IDLE = '(idle)';

/** Most vanished functions listed beside the graph. */
const VANISHED_ROWS = 15;

interface Delta {
  /** Own and total cost per unit of work (or shares in percent without one). */
  self: number;
  baseSelf: number;
  total: number;
  baseTotal: number;
  known: boolean;
}

const keyOf = (n: FlameNode): string => `${n.name}\u0000${n.file}`;

/** Pair each drawn node with the baseline node on the same path of functions. */
function deltas(root: FlameNode, baseRoot: FlameNode, per: (v: number) => number, basePer: (v: number) => number): Map<FlameNode, Delta> {
  const out = new Map<FlameNode, Delta>();
  // Iterative: deep stacks must not overflow the call stack.
  const todo: [FlameNode, FlameNode | undefined][] = [[root, baseRoot]];
  for (let item = todo.pop(); item; item = todo.pop()) {
    const [node, base] = item;
    // A pool of narrow frames has no single baseline counterpart.
    const known = node.merged <= 1;
    out.set(node, { self: per(node.self), baseSelf: basePer(base?.self ?? 0), total: per(node.total), baseTotal: basePer(base?.total ?? 0), known });
    const byKey = new Map((base?.children ?? []).map((c) => [keyOf(c), c]));
    for (const child of node.children) todo.push([child, known ? byKey.get(keyOf(child)) : undefined]);
  }
  return out;
}

/** Functions of the baseline tree that the new profile has no frame of, heaviest first. */
function vanished(baseRoot: FlameNode, now: Profile): { name: string; total: number }[] {
  const present = new Set(now.frames.map(functionKey));
  const totals = new Map<string, { name: string; total: number }>();
  const todo = [...baseRoot.children];
  for (let n = todo.pop(); n; n = todo.pop()) {
    const key = keyOf(n);
    if (!present.has(key) && n.merged <= 1) {
      const t = totals.get(key) ?? { name: n.name, total: 0 };
      t.total += n.total;
      totals.set(key, t);
    }
    todo.push(...n.children);
  }
  return [...totals.values()].sort((a, b) => b.total - a.total || (a.name < b.name ? -1 : 1)).slice(0, VANISHED_ROWS);
}

export function renderDiffFlameGraphFragment(raw: Profile, baseline: BaselineProfile, options: FlameGraphOptions): string {
  const profile = normaliseFrames(raw);
  // Apportioned CPU: drawn by sample counts, each worth the CPU time it stood for (as the comparison table).
  const countType = profile.sampleTypes.find((t) => t.unit === 'count')?.type;
  const cpu = baseline.cpuPerSample && countType ? baseline.cpuPerSample : undefined;
  const tree = flameTreeOf(profile, cpu ? countType : options.sampleType, options.minWidthPx);
  // The baseline is merged at the same width: a path narrower than that in
  // the baseline counts as 0 there, off by less than the threshold's share.
  const base = buildFlameTree(normaliseFrames(baseline.profile), tree.sampleType, (options.minWidthPx ?? DEFAULT_MIN_WIDTH_PX) / WIDTH).root;
  const w = baseline.work;
  const unit = cpu ? 'nanoseconds' : tree.unit;
  const perUnit = w && w.current > 0 && w.baseline > 0;
  const per = (v: number) => (perUnit ? (v * (cpu?.current ?? 1)) / w.current : tree.root.total > 0 ? (v / tree.root.total) * 100 : 0);
  const basePer = (v: number) => (perUnit ? (v * (cpu?.baseline ?? 1)) / w.baseline : base.total > 0 ? (v / base.total) * 100 : 0);
  const show = (v: number) => (perUnit ? formatValue(Number(v.toPrecision(3)), unit) : pct(v));
  const signed = (v: number) => `${v >= 0 ? '+' : '\u2212'}${show(Math.abs(v))}`;
  const what = perUnit ? `own ${cpu ? 'CPU time' : 'cost'} per ${w.unit}` : 'own share of the run';
  const d = deltas(tree.root, base, per, basePer);
  let maxAbs = 0;
  const neutral = (n: FlameNode) => cpu !== undefined && n.name === IDLE;
  for (const [n, v] of d) if (v.known && !neutral(n)) maxAbs = Math.max(maxAbs, Math.abs(v.self - v.baseSelf));
  const gone = vanished(base, profile);
  const goneList = gone.length > 0 ? `<span class="fg-note">vanished since the baseline (${what} then): ${gone.map((g) => `${esc(g.name)} ${esc(show(basePer(g.total)))}`).join(', ')}</span>` : '<span class="fg-note">no function of the baseline vanished</span>';
  const legend = [
    `<span class="fg-key"><i style="background:${diffColour(1)}"></i>costs more per ${perUnit ? esc(w.unit) : 'share'} than in the baseline</span>`,
    `<span class="fg-key"><i style="background:${diffColour(-1)}"></i>costs less</span>`,
    `<span class="fg-key"><i style="background:${diffColour(0)}"></i>unchanged</span>`,
    '<span class="fg-key"><i class="fg-key-bn"></i>bottleneck</span>',
    '<span class="fg-key"><i class="fg-key-hit"></i>search match</span>',
    `<span class="fg-note">colour: change in ${what} vs baseline ${esc(baseline.runId)} / ${esc(baseline.profileId)} (strongest change: ${esc(show(maxAbs))}); frames a runtime splits or merges between runs (RegExp code, JIT tiers, GC, [unknown]) folded alike in both</span>`,
    goneList,
  ].join('');
  return renderFlameFragment(tree, {
    ...options,
    legend,
    fill: (node) => {
      const v = d.get(node)!;
      return v.known && maxAbs > 0 && !neutral(node) ? diffColour((v.self - v.baseSelf) / maxAbs) : diffColour(0);
    },
    note: (node) => {
      const v = d.get(node)!;
      if (!v.known) return 'narrow frames merged: no baseline comparison';
      const label = perUnit ? `per ${w.unit}` : 'share';
      return `vs baseline, ${label}: own ${signed(v.self - v.baseSelf)} (${show(v.baseSelf)} \u2192 ${show(v.self)}), total ${signed(v.total - v.baseTotal)} (${show(v.baseTotal)} \u2192 ${show(v.total)})`;
    },
  });
}
