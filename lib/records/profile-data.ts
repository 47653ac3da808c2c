// A profile travels between stages as one base64 field of gzipped pprof: one
// encode in perf-collect (none for a pprof input, whose bytes pass through), one
// decode per stage that needs the model.

import { badInput } from '../base/errors.js';
import { encodePprof } from '../pprof/encode.js';
import { DEFAULT_LIMITS } from '../model/check.js';
import { totalOf, type Profile, type ProfileKind } from '../model/profile.js';
import { decodePprof } from '../pprof/decode.js';
import { originalPprofOf } from '../pprof/pass-through.js';
import type { ProfileRecord } from './types.js';

/** What a record needs of an imported or collected profile (importers' ImportedProfile has this shape). */
export interface KindedProfile {
  kind: ProfileKind;
  sourceFormat: string;
  profile: Profile;
}

export function toProfileRecord(imported: KindedProfile, runId: string, profileId: string, source?: string): ProfileRecord {
  const { profile } = imported;
  const record: ProfileRecord = {
    type: 'profile',
    v: 1,
    runId,
    profileId,
    kind: imported.kind,
    sourceFormat: imported.sourceFormat,
    encoding: 'pprof+gzip+base64',
    data: (originalPprofOf(profile) ?? encodePprof(profile)).toString('base64'),
    sampleTypes: profile.sampleTypes,
    defaultSampleType: profile.sampleTypes[profile.defaultSampleIndex]!.type,
    sampleCount: profile.samples.length,
  };
  if (source !== undefined) record.source = source;
  if (profile.durationNs > 0) record.durationNs = Math.round(profile.durationNs);
  return record;
}

export function pprofBytesOf(record: ProfileRecord): Buffer {
  return Buffer.from(record.data, 'base64');
}

export function profileOfRecord(record: ProfileRecord, where = `profile ${record.profileId}`): Profile {
  const bytes = pprofBytesOf(record);
  if (bytes.length === 0) throw badInput(where, 'profile record has empty data');
  return decodePprof(bytes, where, DEFAULT_LIMITS);
}

/** Each sample type's total, as perf-analyze puts it on the record (totals). */
export function totalsOf(profile: Profile): number[] {
  return profile.sampleTypes.map((_, index) => totalOf(profile, index));
}

/**
 * The sample type named `typeName` (else the record's default, as decoding
 * picks it) and its total from the record's totals; undefined when the record
 * has no totals (it did not pass through perf-analyze).
 */
export function recordTotal(record: ProfileRecord, typeName?: string): { sampleType: string; unit: string; total: number } | undefined {
  if (!record.totals) return undefined;
  const types = record.sampleTypes;
  const byName = (name: string | undefined) => (name === undefined ? -1 : types.findIndex((t) => t.type === name));
  let index = byName(typeName);
  if (index < 0) index = byName(record.defaultSampleType);
  if (index < 0) index = types.length - 1;
  const total = record.totals[index];
  return total === undefined ? undefined : { sampleType: types[index]!.type, unit: types[index]!.unit, total };
}
