// Each profile record is decoded once per process, however many files are
// drawn from it: the same profile object for the same record, the same
// contents as decoding it afresh.
import t from 'tap';
import { decoded } from '../../../lib/report/html/decoded.js';
import { profileOfRecord } from '../../../lib/records/profile-data.js';
import type { ProfileRecord } from '../../../lib/records/types.js';
import { demoRecords } from '../demo-run.js';

t.test('the demo run profiles: decoded once, as profileOfRecord decodes them', async (t) => {
  const profiles = demoRecords().filter((r): r is ProfileRecord => r.type === 'profile');
  t.ok(profiles.length >= 1);
  for (const record of profiles) {
    const first = decoded(record);
    t.equal(decoded(record), first, `${record.profileId}: the same object the second time`);
    t.same(first, profileOfRecord(record), `${record.profileId}: the record's profile`);
    t.not(decoded({ ...record }), first, 'another record object is its own entry');
  }
});
