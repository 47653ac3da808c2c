// pprof protobuf -> Profile, gzipped or not, from any producer. Checks the id
// tables once (as pprof's CheckValid does) so analysis can trust every index.

import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Profile as PProfile } from 'pprof-format';
import { badInput } from '../base/errors.js';
import type { ImportLimits } from '../model/check.js';
import type { Frame, Profile, Sample } from '../model/profile.js';
import { checkMessage } from './protobuf-check.js';

const GZIP_MAGIC = [0x1f, 0x8b];

export function isGzip(head: Buffer): boolean {
  return head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

export function gunzipLimited(data: Buffer, where: string, limits: ImportLimits): Buffer {
  try {
    return gunzipSync(data, { maxOutputLength: limits.maxDecompressedBytes });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') {
      throw badInput(where, `decompressed size exceeds the limit of ${limits.maxDecompressedBytes} bytes`);
    }
    throw badInput(where, `corrupt or truncated gzip data (${(err as Error).message})`);
  }
}

const num = (v: number | bigint): number => Number(v);

export function decodePprof(bytes: Buffer, where: string, limits: ImportLimits): Profile {
  const raw = isGzip(bytes) ? gunzipLimited(bytes, where, limits) : bytes;
  let message: PProfile;
  try {
    checkMessage(raw);
    message = PProfile.decode(raw);
  } catch (err) {
    throw badInput(where, `not a valid pprof protobuf (${(err as Error).message})`);
  }
  return fromPprofMessage(message, where);
}

/**
 * A location with an address but no function (a stripped binary, a library
 * without symbols): named after its mapping as `go tool pprof` names it
 * (`[libc.so.6]`, `<unknown>` without one), so all of a library's addresses are
 * one function and flat and cum agree with pprof's.
 */
export function unsymbolizedFrame(mappingFile: string): Frame {
  return { name: mappingFile === '' ? '<unknown>' : `[${basename(mappingFile)}]`, file: mappingFile, line: 0, column: 0 };
}

/** Location id -> frame ids: an array for dense ids, a Map for the rest. */
class LocationTable {
  private readonly dense: (number[] | undefined)[];
  private readonly sparse = new Map<number, number[]>();
  constructor(count: number) {
    this.dense = new Array(count + 1);
  }
  get(id: number): number[] | undefined {
    return id < this.dense.length ? this.dense[id] : this.sparse.get(id);
  }
  set(id: number, frames: number[]): void {
    if (id < this.dense.length) this.dense[id] = frames;
    else this.sparse.set(id, frames);
  }
}

export function fromPprofMessage(message: PProfile, where: string): Profile {
  const strings = message.stringTable.strings;
  const str = (index: number | bigint, what: string): string => {
    const i = num(index);
    const s = strings[i];
    if (s === undefined) throw badInput(where, `${what} refers to string ${i}, but the table has ${strings.length}`);
    return s;
  };
  if (message.sampleType.length === 0) throw badInput(where, 'pprof profile has no sample types');
  const sampleTypes = message.sampleType.map((t) => ({ type: str(t.type, 'sample type'), unit: str(t.unit, 'sample unit') }));

  const functions = new Map<number, { name: string; file: string }>();
  for (const fn of message.function) {
    const id = num(fn.id);
    if (id === 0 || functions.has(id)) throw badInput(where, `function id ${id} is zero or repeated`);
    functions.set(id, { name: str(fn.name, `function ${id} name`), file: str(fn.filename, `function ${id} file`) });
  }
  const mappingFiles = new Map<number, string>();
  for (const m of message.mapping) mappingFiles.set(num(m.id), str(m.filename, 'mapping file'));

  const frames: Frame[] = [];
  const frameIds = new Map<string, number>();
  const internFrame = (frame: Frame): number => {
    const key = `${frame.name}\u0000${frame.file}\u0000${frame.line}\u0000${frame.column}`;
    let id = frameIds.get(key);
    if (id === undefined) {
      id = frames.length;
      frames.push(frame);
      frameIds.set(key, id);
    }
    return id;
  };
  // A location becomes its frames, innermost (inlined) first, as pprof stores them.
  // Ids are usually dense (1..n), so an array beats a Map on the per-sample path.
  const locationFrames = new LocationTable(message.location.length);
  for (const loc of message.location) {
    const id = num(loc.id);
    if (id === 0 || locationFrames.get(id)) throw badInput(where, `location id ${id} is zero or repeated`);
    const ids: number[] = [];
    for (const line of loc.line) {
      const fn = functions.get(num(line.functionId));
      if (!fn) throw badInput(where, `location ${id} refers to missing function ${num(line.functionId)}`);
      ids.push(internFrame({ name: fn.name, file: fn.file, line: num(line.line), column: num(line.column) }));
    }
    if (ids.length === 0) ids.push(internFrame(unsymbolizedFrame(mappingFiles.get(num(loc.mappingId)) ?? '')));
    locationFrames.set(id, ids);
  }

  const typeCount = sampleTypes.length;
  const samples: Sample[] = new Array(message.sample.length);
  for (let index = 0; index < message.sample.length; index++) {
    const s = message.sample[index]!;
    if (s.value.length !== typeCount) {
      throw badInput(where, `sample ${index} has ${s.value.length} values for ${typeCount} sample types`);
    }
    const stack: number[] = [];
    for (const locId of s.locationId) {
      const ids = locationFrames.get(num(locId));
      if (!ids) throw badInput(where, `sample ${index} refers to missing location ${num(locId)}`);
      if (ids.length === 1) stack.push(ids[0]!);
      else for (const f of ids) stack.push(f);
    }
    const values = new Array<number>(typeCount);
    for (let i = 0; i < typeCount; i++) values[i] = num(s.value[i]!);
    const sample: Sample = { stack, values };
    if (s.label.length > 0) {
      const labels: Record<string, string> = {};
      let any = false;
      for (const label of s.label) {
        if (num(label.str) === 0) continue;
        labels[str(label.key, 'label key')] = str(label.str, 'label value');
        any = true;
      }
      if (any) sample.labels = labels;
    }
    samples[index] = sample;
  }

  const defaultType = num(message.defaultSampleType) === 0 ? '' : str(message.defaultSampleType, 'default sample type');
  const defaultIndex = sampleTypes.findIndex((t) => t.type === defaultType);
  const profile: Profile = {
    sampleTypes,
    defaultSampleIndex: defaultIndex >= 0 ? defaultIndex : sampleTypes.length - 1,
    period: num(message.period),
    timeNs: num(message.timeNanos),
    durationNs: num(message.durationNanos),
    frames,
    samples,
    comments: message.comment.map((c) => str(c, 'comment')),
  };
  if (message.periodType) {
    profile.periodType = { type: str(message.periodType.type, 'period type'), unit: str(message.periodType.unit, 'period unit') };
  }
  return profile;
}
