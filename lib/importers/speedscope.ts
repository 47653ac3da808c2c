// speedscope's own JSON format (https://www.speedscope.app/file-format-schema.json):
// a shared frames table and one or more profiles, each `sampled` (stacks,
// root first, with weights) or `evented` (open/close events on a timeline,
// weighted by the time each stack was on top). One profile record each.

import { badInput } from '../base/errors.js';
import { ProfileBuilder } from '../model/builder.js';
import type { Frame, Profile, ProfileKind, ValueType } from '../model/profile.js';
import { headText, readJson } from './json-input.js';
import type { ImportedProfile, Importer } from './types.js';
import { NS_PER_UNIT } from '../base/time-units.js';

interface SpeedscopeFrame {
  name: string;
  file?: string;
  line?: number;
  col?: number;
}
interface SpeedscopeProfile {
  type: 'sampled' | 'evented';
  name?: string;
  unit: string;
  startValue: number;
  endValue: number;
  samples?: number[][];
  weights?: number[];
  events?: { type: 'O' | 'C'; frame: number; at: number }[];
}

/** Units to (nanoseconds per unit) for time; bytes and none are counted as they are. */

function valueTypeOf(unit: string, evented: boolean, where: string): { type: ValueType; scale: number; kind: ProfileKind } {
  const ns = NS_PER_UNIT[unit];
  if (ns !== undefined) return { type: { type: evented ? 'wall' : 'cpu', unit: 'nanoseconds' }, scale: ns, kind: evented ? 'wall' : 'cpu' };
  if (unit === 'bytes') return { type: { type: 'alloc_space', unit: 'bytes' }, scale: 1, kind: 'alloc' };
  if (unit === 'none') return { type: { type: 'samples', unit: 'count' }, scale: 1, kind: evented ? 'wall' : 'cpu' };
  throw badInput(where, `unknown unit '${unit}'; expected one of: none, nanoseconds, microseconds, milliseconds, seconds, bytes`);
}

function checkFrames(raw: unknown, where: string): Frame[] {
  if (!Array.isArray(raw)) throw badInput(where, 'expected "shared.frames" to be an array');
  return raw.map((f: Partial<SpeedscopeFrame>, i) => {
    if (typeof f?.name !== 'string') throw badInput(where, `shared.frames[${i}] needs a string "name"`);
    return { name: f.name, file: typeof f.file === 'string' ? f.file : '', line: f.line ?? 0, column: f.col ?? 0 };
  });
}

type FrameIds = (i: number, what: string) => number;

function addSampled(p: SpeedscopeProfile, at: string, frameIds: FrameIds, builder: ProfileBuilder, scale: number, where: string): void {
  const counted = builder.options.sampleTypes.length === 2;
  const samples = p.samples;
  const weights = p.weights;
  if (!Array.isArray(samples) || !Array.isArray(weights)) throw badInput(where, `${at}: a sampled profile needs "samples" and "weights" arrays`);
  if (samples.length !== weights.length) throw badInput(where, `${at}: ${samples.length} samples but ${weights.length} weights`);
  samples.forEach((stack, i) => {
    if (!Array.isArray(stack)) throw badInput(where, `${at}.samples[${i}]: expected an array of frame indexes`);
    const w = weights[i]!;
    if (typeof w !== 'number' || !(w >= 0)) throw badInput(where, `${at}.weights[${i}]: expected a non-negative number`);
    if (stack.length === 0 || w === 0) return;
    const leafFirst = stack.map((f, j) => frameIds(f, `${at}.samples[${i}][${j}]`)).reverse();
    builder.addSample(leafFirst, counted ? [1, Math.round(w * scale)] : [Math.round(w * scale)]);
  });
}

function addEvented(p: SpeedscopeProfile, at: string, frameIds: FrameIds, builder: ProfileBuilder, scale: number, where: string): void {
  if (!Array.isArray(p.events)) throw badInput(where, `${at}: an evented profile needs an "events" array`);
  const open: number[] = []; // frame ids, root first
  let last = p.startValue;
  const credit = (until: number) => {
    // Absolute times are scaled before subtracting, so rounding never drifts.
    const weight = Math.round(until * scale) - Math.round(last * scale);
    if (open.length > 0 && weight > 0) builder.addSample([...open].reverse(), [weight]);
    last = until;
  };
  p.events.forEach((e, i) => {
    const here = `${at}.events[${i}]`;
    if (typeof e?.at !== 'number' || e.at < last) throw badInput(where, `${here}: "at" ${e?.at} goes back in time (previous event at ${last})`);
    const id = frameIds(e.frame, `${here}.frame`);
    credit(e.at);
    if (e.type === 'O') open.push(id);
    else if (e.type === 'C') {
      if (open[open.length - 1] !== id) throw badInput(where, `${here}: closes frame ${e.frame}, but the innermost open frame is ${open.length ? 'another' : 'none'}`);
      open.pop();
    } else throw badInput(where, `${here}: "type" must be "O" or "C"`);
  });
  if (open.length > 0) throw badInput(where, `${at}: ${open.length} frames still open after the last event`);
}

export function convertSpeedscope(raw: unknown, where: string): { name: string; kind: ProfileKind; profile: Profile }[] {
  const file = raw as { shared?: { frames?: unknown }; profiles?: unknown };
  if (typeof file !== 'object' || file === null || !Array.isArray(file.profiles)) throw badInput(where, 'expected a speedscope file with a "profiles" array');
  const frames = checkFrames(file.shared?.frames, where);
  return (file.profiles as SpeedscopeProfile[]).map((p, index) => {
    const at = `profiles[${index}]`;
    if (p?.type !== 'sampled' && p?.type !== 'evented') throw badInput(where, `${at}: "type" must be "sampled" or "evented"`);
    const evented = p.type === 'evented';
    const { type, scale, kind } = valueTypeOf(String(p.unit), evented, where);
    const builder = new ProfileBuilder({
      // Evented profiles have no samples to count; unit "none" weights are the sample counts.
      sampleTypes: evented || p.unit === 'none' ? [type] : [{ type: 'samples', unit: 'count' }, type],
      periodType: type,
      durationNs: NS_PER_UNIT[p.unit] ? Math.max(0, Math.round((p.endValue - p.startValue) * scale)) : 0,
    });
    const ids = new Map<number, number>();
    const frameIds = (i: number, what: string): number => {
      const frame = frames[i];
      if (!Number.isInteger(i) || frame === undefined) throw badInput(where, `${what}: frame ${i} is not in shared.frames (${frames.length} frames)`);
      let id = ids.get(i);
      if (id === undefined) ids.set(i, (id = builder.frameId(frame)));
      return id;
    };
    if (evented) addEvented(p, at, frameIds, builder, scale, where);
    else addSampled(p, at, frameIds, builder, scale, where);
    return { name: typeof p.name === 'string' ? p.name : String(index), kind, profile: builder.build() };
  });
}

export const speedscopeImporter: Importer = {
  format: 'speedscope',
  describe: 'speedscope JSON (sampled and evented profiles)',
  sniff(head) {
    const text = headText(head);
    if (!text.startsWith('{')) return 'no';
    if (text.includes('speedscope.app/file-format-schema')) return 'yes';
    return text.includes('"profiles"') && text.includes('"shared"') ? 'maybe' : 'no';
  },
  async parse(source): Promise<ImportedProfile[]> {
    const converted = convertSpeedscope(await readJson(source, 'a speedscope file'), source.name);
    const kept = converted.filter((c) => c.profile.samples.length > 0);
    if (kept.length === 0) throw badInput(source.name, 'speedscope file has no samples or events with weight');
    return kept.map((c) => ({ kind: c.kind, sourceFormat: 'speedscope', profile: c.profile, ...(kept.length > 1 ? { label: c.name } : {}) }));
  },
};
