// A diagnostic record as every stage writes it: valid by its schema, with the
// run id only when one is known.
import t from 'tap';
import { diagnostic } from '../../lib/records/diagnostic.js';
import { validateRecord } from '../../lib/records/validate.js';

t.test('a valid record, with and without a run id', async (t) => {
  const withRun = diagnostic('perf-plan', 'warning', 'no-profile-total', 'profile p has no totals', 'r1');
  t.same(withRun, { type: 'diagnostic', v: 1, level: 'warning', code: 'no-profile-total', message: 'profile p has no totals', stage: 'perf-plan', runId: 'r1' });
  const without = diagnostic('perf-analyze', 'info', 'x', 'y');
  t.notOk('runId' in without);
  for (const record of [withRun, without]) t.doesNotThrow(() => validateRecord(record, 'test:1'));
});
