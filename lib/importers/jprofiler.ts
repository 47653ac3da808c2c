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
import { headText } from './json-input.js';
import { isHotSpotsCsv, readHotSpotsCsv } from './jprofiler-csv.js';
import { javaFrame, jprofilerBuilder } from './jprofiler-frames.js';
import type { ImportedProfile, Importer } from './types.js';
import { parseXml, type XmlElement } from './xml-subset.js';

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

/** Call tree: each node's self time (selfTime, or time minus its children's) on its full path. */
function walkCallTree(builder: ProfileBuilder, el: XmlElement, above: number[], where: string): void {
  const stack = [frameOf(builder, el, where), ...above];
  const children = childNodes(el);
  const total = numberAttr(el, 'time', where, true)!;
  const childTotal = children.reduce((sum, c) => sum + numberAttr(c, 'time', where, true)!, 0);
  const self = numberAttr(el, 'selfTime', where, false) ?? Math.max(0, total - childTotal);
  const calls = numberAttr(el, 'count', where, false) ?? 0;
  if (self > 0 || calls > 0) builder.addSample(stack, [calls, Math.round(self * MS)]);
  for (const child of children) walkCallTree(builder, child, stack, where);
}

/**
 * Hot spots: a hot spot's time is its self time; its <node> children are the
 * backtraces (callers), each with the part of that time that came through it.
 * Time that ends at a backtrace node (no deeper caller listed) stops there.
 */
function walkBacktrace(builder: ProfileBuilder, el: XmlElement, stack: number[], where: string, isHotSpot: boolean): void {
  const here = isHotSpot ? [frameOf(builder, el, where)] : [...stack, frameOf(builder, el, where)];
  const callers = childNodes(el);
  const total = numberAttr(el, 'time', where, true)!;
  const viaCallers = callers.reduce((sum, c) => sum + numberAttr(c, 'time', where, true)!, 0);
  const rest = Math.max(0, total - viaCallers);
  // Counts along a backtrace repeat the hot spot's calls; keep them where time ends.
  if (rest > 0) builder.addSample(here, [numberAttr(el, 'count', where, false) ?? 0, Math.round(rest * MS)]);
  for (const caller of callers) walkBacktrace(builder, caller, here, where, false);
}

export function convertJProfilerXml(text: string, where: string): ImportedProfile {
  const root = parseXml(text, where);
  const builder = jprofilerBuilder();
  const hotSpots = root.children.filter((c) => c.name === 'hotspot');
  const isHotSpots = hotSpots.length > 0 || /hot\s*spot/i.test(root.attrs.type ?? '');
  const tops = isHotSpots ? hotSpots : root.name === 'node' ? [root] : childNodes(root);
  if (tops.length === 0) throw badInput(`${where}:${root.line}`, `expected <node> (call tree) or <hotspot> elements inside <${root.name}>`);
  for (const top of tops) {
    if (isHotSpots) walkBacktrace(builder, top, [], where, true);
    else walkCallTree(builder, top, [], where);
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
  async parse(source): Promise<ImportedProfile[]> {
    const text = (await source.readAll()).toString('utf8');
    const profile = headText(source.head).startsWith('<') ? convertJProfilerXml(text, source.name) : readHotSpotsCsv(text, source.name);
    return [profile];
  },
};
