// pprof protobuf, gzipped or not, from any producer: sniff, decode (lib/pprof),
// then say which kind of profile it is.

import { badInput } from '../base/errors.js';
import type { Profile, ProfileKind } from '../model/profile.js';
import { decodePprof, isGzip } from '../pprof/decode.js';
import { keepPprofBytes } from '../pprof/pass-through.js';
import type { ImportedProfile, Importer } from './types.js';

/** Field 1 (sample_type, length-delimited) is how every pprof we know begins. */
function looksLikeRawPprof(head: Buffer): boolean {
  return head.length > 2 && head[0] === 0x0a && head[1]! < 0x80;
}

/** gperftools' legacy CPU profile starts with the words 0, 3, 0 (header count, version), 64- or 32-bit. */
export function isGperftoolsLegacy(head: Buffer): boolean {
  if (head.length >= 24 && head.readBigUInt64LE(0) === 0n && head.readBigUInt64LE(8) === 3n && head.readBigUInt64LE(16) === 0n) return true;
  return head.length >= 12 && head.readUInt32LE(0) === 0 && head.readUInt32LE(4) === 3 && head.readUInt32LE(8) === 0;
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
    const bytes = await source.readAll();
    const profile = decodePprof(bytes, source.name, limits);
    const split = splitHeapProfile(profile);
    if (split) return split;
    // Decoded to be checked; taken whole, the input's own bytes go on to the record.
    keepPprofBytes(profile, bytes);
    return [{ kind: kindOfPprof(profile, source.name), sourceFormat: 'pprof', profile }];
  },
};
