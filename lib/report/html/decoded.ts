// Several files are drawn from each profile record (flame graph, exports,
// report.html): decode each record once per process.

import type { Profile } from '../../model/profile.js';
import { profileOfRecord } from '../../records/profile-data.js';
import type { ProfileRecord } from '../../records/types.js';

const cache = new WeakMap<ProfileRecord, Profile>();

export function decoded(record: ProfileRecord): Profile {
  let profile = cache.get(record);
  if (!profile) cache.set(record, (profile = profileOfRecord(record)));
  return profile;
}
