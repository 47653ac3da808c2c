import t from 'tap';
import { validateRecord } from '../../lib/records/validate.js';

t.test('a valid metric passes', async (t) => {
  const rec = { type: 'metric', v: 1, runId: 'r1', name: 'wall_time', value: 1.5, unit: 's' };
  t.same(validateRecord(rec, 'stdin:1'), rec);
});
