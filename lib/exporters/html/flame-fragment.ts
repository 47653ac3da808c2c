// One flame graph as an HTML fragment: controls, legend, a static SVG of the
// frames (readable with scripts off) and the frame data the page script uses
// for tooltips, zoom, search and the icicle toggle. Pure: tree in, text out.

import { formatValue } from '../../base/format.js';
import type { FlameNode, FlameTree } from '../flame-tree.js';
import { ORIGIN_LABELS, originColour, originSwatch } from './colour.js';
import { esc, jsonForScript, num } from './escape.js';
import { FRAME_H, LABEL_PAD, ROW, WIDTH, fitLabel, place, rowY } from './flame-layout.js';
import { ORIGINS, defaultOrigin, type OriginFn } from './origin.js';

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
}

/** Frame data for the page script; short keys keep large graphs small. */
interface NodeData {
  n: string;
  f?: string;
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

  const nodes: NodeData[] = [];
  const frames: string[] = [];
  const markNodes: number[][] = marks.map(() => []);
  placed.forEach((p, i) => {
    const { node } = p;
    const origin = i === 0 ? 'runtime' : classify(node);
    const key = `${node.name}\u0000${node.file}`;
    const hits = i === 0 || node.merged > 1 ? [] : markKeys.flatMap((keys, m) => (keys.has(key) ? [m] : []));
    for (const m of hits) markNodes[m]!.push(i);
    const data: NodeData = { n: node.name, t: node.total, s: node.self, d: p.depth, x: p.x, p: p.parent, e: p.end, o: ORIGINS.indexOf(origin), tt: formatValue(node.total, tree.unit), st: formatValue(node.self, tree.unit) };
    if (node.file) data.f = node.file;
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
    `<figcaption class="fg-title">${esc(options.title)} <span class="fg-sub">${esc(tree.sampleType)}, total ${esc(formatValue(total, tree.unit))}</span></figcaption>`,
    '<div class="fg-bar"><button type="button" data-act="reset" disabled>Reset zoom</button>',
    '<button type="button" data-act="flip" aria-pressed="false">Icicle</button>',
    '<input type="search" data-act="search" placeholder="Search (regex)" aria-label="search frames by regular expression" spellcheck="false">',
    '<span class="fg-match" aria-live="polite"></span></div>',
    `<div class="fg-legend">${options.legend ?? originLegend()}</div>`,
    marks.length > 0 ? `<div class="fg-marks">Bottlenecks: ${markButtons.join(' ')}</div>` : '',
    `<div class="fg-view"><svg class="fg-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${esc(options.title)}">`,
    frames.join('\n'),
    '</svg><div class="fg-tip" hidden></div></div>',
    `<script type="application/json" class="fg-data">${jsonForScript(data)}</script>`,
    '</figure>',
  ]
    .filter(Boolean)
    .join('\n');
}
