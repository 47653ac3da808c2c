// A profile travels between stages as one base64 field of gzipped pprof: one
// encode in perf-collect, one decode per stage that needs the model.

import { badInput } from '../base/errors.js';
import { encodePprof } from '../pprof/encode.js';
import { DEFAULT_LIMITS } from '../model/check.js';
import type { Profile, ProfileKind } from '../model/profile.js';
import { decodePprof } from '../pprof/decode.js';
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
    data: encodePprof(profile).toString('base64'),
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
