// Flat pprof tables -> the model: resolves every id and string index, checking
// them once (as pprof's CheckValid does) so analysis can trust every index.
// Locations become frames, one per line, innermost (inlined) first as pprof
// stores them; frames equal in all four fields are one frame.

import { basename } from 'node:path';
import { badInput } from '../base/errors.js';
import { FrameTable } from '../model/frame-table.js';
import type { Frame, Profile, Sample } from '../model/profile.js';
import type { RawProfile, SampleNumbers } from './raw-profile.js';

/**
 * A location with an address but no function (a stripped binary, a library
 * without symbols): named after its mapping as `go tool pprof` names it
 * (`[libc.so.6]`, `<unknown>` without one), so all of a library's addresses are
 * one function and flat and cum agree with pprof's.
 */
export function unsymbolizedFrame(mappingFile: string): Frame {
  return { name: mappingFile === '' ? '<unknown>' : `[${basename(mappingFile)}]`, file: mappingFile, line: 0, column: 0 };
}

/**
 * Location id -> its frame ids, as a run of `frameIds`: typed arrays indexed by
 * id for dense ids (the usual 1..n), a Map for the rest. Looked up once per
 * stack entry, the decoder's innermost loop.
 */
class LocationTable {
  readonly frameIds: number[] = [];
  private readonly first: Int32Array;
  private readonly count: Int32Array;
  private readonly sparse = new Map<number, [first: number, count: number]>();
  constructor(locations: number) {
    this.first = new Int32Array(locations + 1).fill(-1);
    this.count = new Int32Array(locations + 1);
  }
  has(id: number): boolean {
    return id < this.first.length ? this.first[id]! >= 0 : this.sparse.has(id);
  }
  /** Where location `id`'s frames start in `frameIds`, or -1 when there is no such location. */
  firstOf(id: number): number {
    if (id < this.first.length) return this.first[id]!;
    return this.sparse.get(id)?.[0] ?? -1;
  }
  countOf(id: number): number {
    return id < this.count.length ? this.count[id]! : this.sparse.get(id)![1];
  }
  set(id: number, frames: number[]): void {
    const first = this.frameIds.length;
    this.frameIds.push(...frames);
    if (id < this.first.length) {
      this.first[id] = first;
      this.count[id] = frames.length;
    } else this.sparse.set(id, [first, frames.length]);
  }
}

function locationTable(raw: RawProfile, str: (index: number, what: string) => string, frames: FrameTable, where: string): LocationTable {
  const functions = new Map<number, { name: string; file: string }>();
  for (let i = 0; i < raw.functions.length; i += 3) {
    const id = raw.functions[i]!;
    if (id === 0 || functions.has(id)) throw badInput(where, `function id ${id} is zero or repeated`);
    functions.set(id, { name: str(raw.functions[i + 1]!, `function ${id} name`), file: str(raw.functions[i + 2]!, `function ${id} file`) });
  }
  const mappingFiles = new Map<number, string>();
  for (let i = 0; i < raw.mappings.length; i += 2) mappingFiles.set(raw.mappings[i]!, str(raw.mappings[i + 1]!, 'mapping file'));

  const table = new LocationTable(raw.locations.length / 4);
  for (let i = 0; i < raw.locations.length; i += 4) {
    const id = raw.locations[i]!;
    if (id === 0 || table.has(id)) throw badInput(where, `location id ${id} is zero or repeated`);
    const ids: number[] = [];
    const first = raw.locations[i + 2]!;
    for (let l = first; l < first + raw.locations[i + 3]!; l++) {
      const functionId = raw.lines[3 * l]!;
      const fn = functions.get(functionId);
      if (!fn) throw badInput(where, `location ${id} refers to missing function ${functionId}`);
      ids.push(frames.intern({ name: fn.name, file: fn.file, line: raw.lines[3 * l + 1]!, column: raw.lines[3 * l + 2]! }));
    }
    if (ids.length === 0) ids.push(frames.intern(unsymbolizedFrame(mappingFiles.get(raw.locations[i + 1]!) ?? '')));
    table.set(id, ids);
  }
  return table;
}

function samplesOf(raw: RawProfile, str: (index: number, what: string) => string, locations: LocationTable, typeCount: number, where: string): Sample[] {
  const source = raw.samples;
  const samples: Sample[] = new Array(source.count);
  const read: SampleNumbers = { locationIds: [], values: [], labels: [] };
  const frameIds = locations.frameIds;
  // Samples with the values of the sample before share its array (a CPU profile's are nearly all [1, period]):
  // 200k arrays fewer for the collector to copy. Values are never changed in place (see Sample).
  let lastValues: number[] = [];
  for (let index = 0; index < source.count; index++) {
    source.read(index, read);
    const { locationIds, values, labels } = read;
    if (values.length !== typeCount) throw badInput(where, `sample ${index} has ${values.length} values for ${typeCount} sample types`);
    // Sized first, then filled: the stack is the model's largest array, so it is allocated once at its length.
    let depth = 0;
    for (let l = 0; l < locationIds.length; l++) {
      if (locations.firstOf(locationIds[l]!) < 0) throw badInput(where, `sample ${index} refers to missing location ${locationIds[l]}`);
      depth += locations.countOf(locationIds[l]!);
    }
    const stack: number[] = new Array(depth);
    for (let l = 0, at = 0; l < locationIds.length; l++) {
      const id = locationIds[l]!;
      const first = locations.firstOf(id);
      const end = first + locations.countOf(id);
      for (let f = first; f < end; f++) stack[at++] = frameIds[f]!;
    }
    if (!sameNumbers(values, lastValues)) lastValues = values.slice();
    const sample: Sample = { stack, values: lastValues };
    if (labels.length > 0) {
      const named: Record<string, string> = {};
      let any = false;
      for (let l = 0; l < labels.length; l += 2) {
        if (labels[l + 1] === 0) continue; // a numeric label: the model keeps string labels only
        named[str(labels[l]!, 'label key')] = str(labels[l + 1]!, 'label value');
        any = true;
      }
      if (any) sample.labels = named;
    }
    samples[index] = sample;
  }
  return samples;
}

function sameNumbers(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function profileFromRaw(raw: RawProfile, where: string): Profile {
  const strings = raw.strings;
  const str = (index: number, what: string): string => {
    const s = strings[index];
    if (s === undefined) throw badInput(where, `${what} refers to string ${index}, but the table has ${strings.length}`);
    return s;
  };
  if (raw.sampleTypes.length === 0) throw badInput(where, 'pprof profile has no sample types');
  const sampleTypes: Profile['sampleTypes'] = [];
  for (let i = 0; i < raw.sampleTypes.length; i += 2) sampleTypes.push({ type: str(raw.sampleTypes[i]!, 'sample type'), unit: str(raw.sampleTypes[i + 1]!, 'sample unit') });

  const frames = new FrameTable();
  const locations = locationTable(raw, str, frames, where);
  const samples = samplesOf(raw, str, locations, sampleTypes.length, where);

  const defaultType = raw.defaultSampleType === 0 ? '' : str(raw.defaultSampleType, 'default sample type');
  const defaultIndex = sampleTypes.findIndex((t) => t.type === defaultType);
  const profile: Profile = {
    sampleTypes,
    defaultSampleIndex: defaultIndex >= 0 ? defaultIndex : sampleTypes.length - 1,
    period: raw.period,
    timeNs: raw.timeNanos,
    durationNs: raw.durationNanos,
    frames: frames.frames,
    samples,
    comments: raw.comments.map((c) => str(c, 'comment')),
  };
  if (raw.periodType.length === 2) profile.periodType = { type: str(raw.periodType[0]!, 'period type'), unit: str(raw.periodType[1]!, 'period unit') };
  return profile;
}
