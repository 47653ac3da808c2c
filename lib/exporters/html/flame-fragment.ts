// One flame graph as an HTML fragment: controls, legend, a static SVG of the
// frames (readable with scripts off) and the frame data the page script uses
// for tooltips, zoom, search and the icicle toggle. Pure: tree in, text out.

import { humanValue } from '../../base/human.js';
import type { FlameNode, FlameTree } from '../flame-tree.js';
import { ORIGIN_LABELS, originColour, originSwatch } from './colour.js';
import { esc, jsonForScript, num } from './escape.js';
import { FRAME_H, LABEL_PAD, ROW, WIDTH, fitLabel, place, rowY } from './flame-layout.js';
import { ORIGINS, defaultOrigin, type Origin, type OriginFn } from './origin.js';

/** A bottleneck to mark: every frame of one of these functions gets outlined. */
export interface FlameMark {
  /** Short button text, e.g. "#1 tokenize". */
  label: string;
  /** Tooltip line, e.g. "bottleneck #1: cpu-hot-loop, 62.00% of cpu". */
  title: string;
  frames: { function: string; file: string }[];
}

export interface FragmentOptions {
  /** Unique within the page: [a-z0-9-]. */
  id: string;
  title: string;
  marks?: FlameMark[];
  /** Overrides the origin colour (differential graphs). */
  fill?: (node: FlameNode) => string;
  /** An extra tooltip line per node (differential graphs: the delta). */
  note?: (node: FlameNode) => string | undefined;
  /** Replaces the origin legend (HTML). */
  legend?: string;
  /** How frames are classified for colour (default: no project root known). */
  origin?: OriginFn;
  /** How a file is shown (relative to the project root); the tooltip adds the absolute path when they differ. */
  displayFile?: (file: string) => string;
  /** HTML under the graph (the top-functions table of the flame graph page, flame-top.ts). */
  below?: string;
}

/** Frame data for the page script; short keys keep large graphs small. */
interface NodeData {
  n: string;
  /** The file as shown, and the absolute one when that differs. */
  f?: string;
  fa?: string;
  l?: number;
  t: number;
  s: number;
  d: number;
  x: number;
  p: number;
  e: number;
  o: number;
  tt: string;
  st: string;
  b?: number[];
  m?: number;
  dt?: string;
}

/** Filled by the page script when a function is picked: its callers drawn above it, its callees below (flame-sandwich.ts). */
const SANDWICH_PANEL = [
  '<div class="fg-sandwich" hidden>',
  '<div class="sw-head"><b class="sw-name"></b> <span class="sw-sub"></span> <button type="button" data-act="sw-close">Close</button></div>',
  '<div class="sw-label">Callers: who calls it, nearest caller next to it</div><div class="sw-graph sw-callers"></div>',
  '<div class="sw-label">Callees: what it calls</div><div class="sw-graph sw-callees"></div>',
  '</div>',
].join('');

function originLegend(): string {
  const items = ORIGINS.map((o) => `<span class="fg-key"><i style="background:${originSwatch(o)}"></i>${esc(ORIGIN_LABELS[o])}</span>`);
  items.push('<span class="fg-key"><i class="fg-key-bn"></i>bottleneck</span>', '<span class="fg-key"><i class="fg-key-hit"></i>search match</span>');
  return items.join('');
}

export function renderFlameFragment(tree: FlameTree, options: FragmentOptions): string {
  const placed = place(tree.root);
  const total = tree.root.total;
  const maxDepth = placed.reduce((m, p) => Math.max(m, p.depth), 0);
  const height = (maxDepth + 1) * ROW;
  const marks = options.marks ?? [];
  const markKeys = marks.map((m) => new Set(m.frames.map((f) => `${f.function}\u0000${f.file}`)));
  const scale = total > 0 ? WIDTH / total : 0;
  const classify = options.origin ?? defaultOrigin;
  const shown = options.displayFile ?? ((f: string) => f);

  const nodes: NodeData[] = [];
  const frames: string[] = [];
  const markNodes: number[][] = marks.map(() => []);
  const origins: Origin[] = [];
  placed.forEach((p, i) => {
    const { node } = p;
    // A frame's caller is placed before it (the root's parent is -1).
    const origin = (origins[i] = i === 0 ? 'runtime' : classify(node, origins[p.parent]));
    const key = `${node.name}\u0000${node.file}`;
    const hits = i === 0 || node.merged > 1 ? [] : markKeys.flatMap((keys, m) => (keys.has(key) ? [m] : []));
    for (const m of hits) markNodes[m]!.push(i);
    const data: NodeData = { n: node.name, t: node.total, s: node.self, d: p.depth, x: p.x, p: p.parent, e: p.end, o: ORIGINS.indexOf(origin), tt: humanValue(node.total, tree.unit), st: humanValue(node.self, tree.unit) };
    if (node.file) data.f = shown(node.file);
    if (node.file && data.f !== node.file) data.fa = node.file;
    if (node.line > 0) data.l = node.line;
    if (hits.length > 0) data.b = hits;
    if (node.merged > 0) data.m = node.merged;
    const note = options.note?.(node);
    if (note) data.dt = note;
    nodes.push(data);

    const x = p.x * scale;
    const w = node.total * scale;
    const y = rowY(p.depth, maxDepth, false);
    const fill = options.fill ? options.fill(node) : i === 0 ? 'rgb(200,200,200)' : originColour(origin, node.name);
    const cls = `f o-${origin}${hits.length > 0 ? ' bn' : ''}`;
    const label = fitLabel(node.name, w);
    frames.push(
      `<g class="${cls}" data-i="${i}"><rect x="${num(x)}" y="${y}" width="${num(w)}" height="${FRAME_H}" fill="${fill}"/>` +
        `<text x="${num(x + LABEL_PAD)}" y="${y + 11.5}">${esc(label)}</text></g>`,
    );
  });

  const markButtons = marks.map((m, i) => `<button type="button" data-mark="${i}" title="${esc(m.title)}"${markNodes[i]!.length === 0 ? ' disabled' : ''}>${esc(m.label)}</button>`);
  const data = { unit: tree.unit, total, width: WIDTH, maxDepth, nodes, marks: marks.map((m, i) => ({ title: m.title, nodes: markNodes[i] })) };
  return [
    `<figure class="fg" id="fg-${esc(options.id)}" data-fg>`,
    `<figcaption class="fg-title">${esc(options.title)} <span class="fg-sub">${esc(tree.sampleType)}, total ${esc(humanValue(total, tree.unit))}</span></figcaption>`,
    '<div class="fg-bar"><button type="button" data-act="reset" disabled>Reset zoom</button>',
    '<button type="button" data-act="flip" aria-pressed="false">Icicle</button>',
    '<button type="button" data-act="sandwich" disabled title="click a frame first">Callers and callees</button>',
    '<input type="search" data-act="search" placeholder="Search (regex)" aria-label="search frames by regular expression" spellcheck="false">',
    '<span class="fg-match" aria-live="polite"></span></div>',
    `<div class="fg-legend">${options.legend ?? originLegend()}</div>`,
    marks.length > 0 ? `<div class="fg-marks">Bottlenecks: ${markButtons.join(' ')}</div>` : '',
    `<div class="fg-view"><svg class="fg-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${esc(options.title)}">`,
    frames.join('\n'),
    '</svg><div class="fg-tip" hidden></div></div>',
    SANDWICH_PANEL,
    options.below ?? '',
    `<script type="application/json" class="fg-data">${jsonForScript(data)}</script>`,
    '</figure>',
  ]
    .filter(Boolean)
    .join('\n');
}
