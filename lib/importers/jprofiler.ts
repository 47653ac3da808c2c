// JProfiler exports. JProfiler is commercial and cannot run here; its snapshots
// (.jps) are read by its own `jpexport`, which writes the views this module
// reads (README "JProfiler" says which documented structure is followed):
//   jpexport snap.jps CallTree -format=xml calltree.xml   nested <node> elements
//   jpexport snap.jps HotSpots -format=xml hotspots.xml   <hotspot> with <node> backtraces
//   jpexport snap.jps HotSpots -format=csv hotspots.csv   one row per hot spot (jprofiler-csv.ts)
// Attributes relied on: class, methodName, time (total, milliseconds), and
// where present selfTime, count, lineNumber. Others (leaf, percent,
// methodSignature) are ignored: they repeat what the tree already says.

import { badInput } from '../base/errors.js';
import type { ProfileBuilder } from '../model/builder.js';
import { DEFAULT_PROFILE_LIMITS, type ProfileLimits } from '../model/check.js';
import { headText } from './json-input.js';
import { isHotSpotsCsv, readHotSpotsCsv } from './jprofiler-csv.js';
import { javaFrame, jprofilerBuilder } from './jprofiler-frames.js';
import type { ImportedProfile, Importer } from './types.js';
import { parseXml, type XmlElement } from './xml-tree.js';

const MS = 1e6; // exported times are milliseconds; pprof wants nanoseconds

function numberAttr(el: XmlElement, attr: string, where: string, required: boolean): number | undefined {
  const raw = el.attrs[attr];
  if (raw === undefined) {
    if (required) throw badInput(`${where}:${el.line}`, `<${el.name}> needs a "${attr}" attribute`);
    return undefined;
  }
  const value = Number(raw.replace(/,/g, ''));
  if (raw.trim() === '' || !Number.isFinite(value)) throw badInput(`${where}:${el.line}`, `<${el.name}> ${attr}="${raw}" is not a number`);
  return value;
}

function frameOf(builder: ProfileBuilder, el: XmlElement, where: string): number {
  const method = el.attrs.methodName;
  if (method === undefined) throw badInput(`${where}:${el.line}`, `<${el.name}> needs a "methodName" attribute`);
  return builder.frameId(javaFrame(el.attrs.class ?? '', method, numberAttr(el, 'lineNumber', where, false) ?? 0));
}

const childNodes = (el: XmlElement): XmlElement[] => el.children.filter((c) => c.name === 'node');

/** A node's place in the tree: its frame and the path above it, shared by its children (no stack copied per node). */
interface Path {
  frame: number;
  up: Path | undefined;
}

/** The frames from `path` up to the top, leaf first. */
function framesUp(path: Path): number[] {
  const frames: number[] = [];
  for (let p: Path | undefined = path; p; p = p.up) frames.push(p.frame);
  return frames;
}

/**
 * Each element of a tree once, parents before children and children in document
 * order, with the path of frames down to it: a loop, not recursion, so a deep
 * export costs memory, not stack.
 */
function walkTree(top: XmlElement, visit: (el: XmlElement, up: Path | undefined) => Path): void {
  const todo: [XmlElement, Path | undefined][] = [[top, undefined]];
  for (let next = todo.pop(); next; next = todo.pop()) {
    const [el, up] = next;
    const path = visit(el, up);
    const children = childNodes(el);
    for (let i = children.length - 1; i >= 0; i--) todo.push([children[i]!, path]);
  }
}

/** Call tree: each node's self time (selfTime, or time minus its children's) on its full path. */
function walkCallTree(builder: ProfileBuilder, top: XmlElement, where: string): void {
  walkTree(top, (el, up) => {
    const path = { frame: frameOf(builder, el, where), up };
    const total = numberAttr(el, 'time', where, true)!;
    const childTotal = childNodes(el).reduce((sum, c) => sum + numberAttr(c, 'time', where, true)!, 0);
    const self = numberAttr(el, 'selfTime', where, false) ?? Math.max(0, total - childTotal);
    const calls = numberAttr(el, 'count', where, false) ?? 0;
    if (self > 0 || calls > 0) builder.addSample(framesUp(path), [calls, Math.round(self * MS)]);
    return path;
  });
}

/**
 * Hot spots: a hot spot's time is its self time; its <node> children are the
 * backtraces (callers), each with the part of that time that came through it.
 * Time that ends at a backtrace node (no deeper caller listed) stops there.
 */
function walkBacktraces(builder: ProfileBuilder, hotSpot: XmlElement, where: string): void {
  walkTree(hotSpot, (el, up) => {
    // Down a backtrace is up the call stack: the hot spot is the leaf, the deepest caller the root.
    const path = { frame: frameOf(builder, el, where), up };
    const total = numberAttr(el, 'time', where, true)!;
    const viaCallers = childNodes(el).reduce((sum, c) => sum + numberAttr(c, 'time', where, true)!, 0);
    const rest = Math.max(0, total - viaCallers);
    // Counts along a backtrace repeat the hot spot's calls; keep them where time ends.
    if (rest > 0) builder.addSample(framesUp(path).reverse(), [numberAttr(el, 'count', where, false) ?? 0, Math.round(rest * MS)]);
    return path;
  });
}

export function convertJProfilerXml(text: string, where: string, limits: ProfileLimits = DEFAULT_PROFILE_LIMITS): ImportedProfile {
  const root = parseXml(text, where, limits.maxStackDepth);
  const builder = jprofilerBuilder();
  const hotSpots = root.children.filter((c) => c.name === 'hotspot');
  const isHotSpots = hotSpots.length > 0 || /hot\s*spot/i.test(root.attrs.type ?? '');
  const tops = isHotSpots ? hotSpots : root.name === 'node' ? [root] : childNodes(root);
  if (tops.length === 0) throw badInput(`${where}:${root.line}`, `expected <node> (call tree) or <hotspot> elements inside <${root.name}>`);
  for (const top of tops) {
    if (isHotSpots) walkBacktraces(builder, top, where);
    else walkCallTree(builder, top, where);
  }
  builder.addComment(`jprofiler: ${isHotSpots ? 'hot spots' : 'call tree'} XML export`);
  return { kind: 'cpu', sourceFormat: 'jprofiler', profile: builder.build() };
}

export const jprofilerImporter: Importer = {
  format: 'jprofiler',
  describe: 'JProfiler call tree / hot spots export (jpexport -format=xml, HotSpots -format=csv)',
  sniff(head) {
    const text = headText(head);
    if (text.startsWith('<')) return /<(node|hotspot)\b[^>]*\bmethodName=/.test(text) ? 'yes' : 'no';
    return isHotSpotsCsv(text) ? 'yes' : 'no';
  },
  async parse(source, limits): Promise<ImportedProfile[]> {
    const text = (await source.readAll()).toString('utf8');
    const profile = headText(source.head).startsWith('<') ? convertJProfilerXml(text, source.name, limits) : readHotSpotsCsv(text, source.name);
    return [profile];
  },
};
