// pprof protobuf, gzipped or not, from any producer. Checks the id tables once
// (as pprof's CheckValid does) so analysis can trust every index.

import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Profile as PProfile } from 'pprof-format';
import { badInput } from '../errors.js';
import type { Frame, Profile, ProfileKind, Sample } from '../model/profile.js';
import { checkMessage } from './protobuf-check.js';
import type { ImportedProfile, Importer, ImportLimits } from './types.js';

const GZIP_MAGIC = [0x1f, 0x8b];

function isGzip(head: Buffer): boolean {
  return head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

/** Field 1 (sample_type, length-delimited) is how every pprof we know begins. */
function looksLikeRawPprof(head: Buffer): boolean {
  return head.length > 2 && head[0] === 0x0a && head[1]! < 0x80;
}

/** gperftools' legacy CPU profile starts with the words 0, 3, 0 (header count, version), 64- or 32-bit. */
export function isGperftoolsLegacy(head: Buffer): boolean {
  if (head.length >= 24 && head.readBigUInt64LE(0) === 0n && head.readBigUInt64LE(8) === 3n && head.readBigUInt64LE(16) === 0n) return true;
  return head.length >= 12 && head.readUInt32LE(0) === 0 && head.readUInt32LE(4) === 3 && head.readUInt32LE(8) === 0;
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

/** Go's mutex profile records contention where the lock is released; its block profile where goroutines wait. */
const UNLOCK_LEAF = /\.(Unlock|RUnlock)$/;

/** Go writes mutex and block profiles alike: the file name decides, else the leaves do. */
function lockOrBlock(profile: Profile, name: string): ProfileKind {
  const base = name.split(/[\\/]/).pop() ?? name;
  if (/block/i.test(base)) return 'block';
  if (/mutex|lock/i.test(base)) return 'lock';
  const unlockLeaf = profile.samples.some((s) => s.stack.length > 0 && UNLOCK_LEAF.test(profile.frames[s.stack[0]!]!.name));
  return unlockLeaf ? 'lock' : 'block';
}

/** Which kind of profile this is, from its sample types (and the name or leaves for Go's mutex vs block). */
export function kindOfPprof(profile: Profile, name: string): ProfileKind {
  const types = new Set(profile.sampleTypes.map((t) => t.type));
  const period = profile.periodType?.type ?? '';
  if (types.has('contentions') || types.has('delay') || period === 'contentions') return lockOrBlock(profile, name);
  if (types.has('inuse_space') || types.has('inuse_objects')) return 'heap';
  if (types.has('alloc_space') || types.has('alloc_objects') || types.has('space') || period === 'space') return 'alloc';
  if (types.has('wall')) return 'wall';
  return 'cpu';
}

/** The sample types (by index) of `profile` whose names start with `prefix`, as a profile of their own. */
function pickTypes(profile: Profile, prefix: string): Profile {
  const keep = profile.sampleTypes.map((t, i) => (t.type.startsWith(prefix) ? i : -1)).filter((i) => i >= 0);
  const sampleTypes = keep.map((i) => profile.sampleTypes[i]!);
  const spaceIndex = sampleTypes.findIndex((t) => t.type === `${prefix}space`);
  const samples = profile.samples
    .map((s) => ({ ...s, values: keep.map((i) => s.values[i] ?? 0) }))
    .filter((s) => s.values.some((v) => v !== 0)); // freed allocations have no in-use value
  return { ...profile, sampleTypes, samples, defaultSampleIndex: spaceIndex >= 0 ? spaceIndex : sampleTypes.length - 1 };
}

/**
 * A Go heap profile carries what is live now (inuse_*) and what was allocated
 * since start (alloc_*): two different questions, so two profiles, `heap` and
 * `alloc`, each with its own default (the *_space type). Null when not such a profile.
 */
export function splitHeapProfile(profile: Profile): ImportedProfile[] | null {
  const types = profile.sampleTypes.map((t) => t.type);
  const inuse = types.filter((t) => t.startsWith('inuse_')).length;
  const alloc = types.filter((t) => t.startsWith('alloc_')).length;
  if (inuse === 0 || alloc === 0 || inuse + alloc !== types.length) return null;
  return [
    { kind: 'heap', sourceFormat: 'pprof', profile: pickTypes(profile, 'inuse_'), label: 'inuse' },
    { kind: 'alloc', sourceFormat: 'pprof', profile: pickTypes(profile, 'alloc_'), label: 'alloc' },
  ];
}

export const pprofImporter: Importer = {
  format: 'pprof',
  describe: 'pprof protobuf (.pb, .pb.gz) from Go, gperftools, async-profiler, @datadog/pprof',
  sniff(head) {
    if (isGzip(head)) return 'maybe'; // gzip could wrap anything; parse decides
    if (isGperftoolsLegacy(head)) return 'yes'; // to say how to convert it
    return looksLikeRawPprof(head) ? 'maybe' : 'no';
  },
  async parse(source, limits): Promise<ImportedProfile[]> {
    if (isGperftoolsLegacy(source.head)) {
      // Its addresses need the binary to become names; pprof does that.
      throw badInput(source.name, 'a gperftools CPU profile in its legacy format; convert it with `go tool pprof -proto <binary> <profile> > profile.pb.gz` and import that');
    }
    const profile = decodePprof(await source.readAll(), source.name, limits);
    return splitHeapProfile(profile) ?? [{ kind: kindOfPprof(profile, source.name), sourceFormat: 'pprof', profile }];
  },
};
