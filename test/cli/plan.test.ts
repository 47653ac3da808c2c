// perf-plan's run() in-process: plan items from perf-analyze's records, and
// never a profile decoded (the totals perf-analyze put on the records serve).
import { join } from 'node:path';
import t from 'tap';
import { PROFILES } from '../helpers.js';
import { analyze, collect, plan, records } from './stages.js';

const analyzed = (async () => {
  const collected = await collect([join(PROFILES, 'node-hot-loop.cpuprofile')]);
  return analyze(collected.stdout);
})();

t.test('perf-analyze passes each profile on with its totals per sample type', async (t) => {
  const a = await analyzed;
  t.equal(a.code, 0, a.stderr);
  const profiles = records(a.stdout).filter((r) => r.type === 'profile');
  t.equal(profiles.length, 1);
  t.equal(profiles[0]!.totals.length, profiles[0]!.sampleTypes.length);
  t.ok(profiles[0]!.totals.every((n: number) => n > 0), `totals ${profiles[0]!.totals}`);
});

t.test('plan items for the bottlenecks, the same with the profile data made unreadable: perf-plan decodes nothing', async (t) => {
  const a = await analyzed;
  const planned = await plan(a.stdout);
  t.equal(planned.code, 0, planned.stderr);
  const items = records(planned.stdout).filter((r) => r.type === 'plan-item');
  t.ok(items.length > 0, 'the planted loop gets a plan item');
  const unreadable = records(a.stdout)
    .map((r) => JSON.stringify(r.type === 'profile' ? { ...r, data: Buffer.from('not a profile').toString('base64') } : r))
    .join('\n');
  const blind = await plan(unreadable + '\n');
  t.equal(blind.code, 0, blind.stderr);
  t.same(records(blind.stdout).filter((r) => r.type === 'plan-item'), items);
});

t.test('a profile record without totals (not through perf-analyze) is said, not decoded', async (t) => {
  const a = await analyzed;
  const stripped = records(a.stdout)
    .map((r) => {
      if (r.type !== 'profile') return JSON.stringify(r);
      const { totals: _drop, ...rest } = r;
      return JSON.stringify({ ...rest, data: '' });
    })
    .join('\n');
  const planned = await plan(stripped + '\n');
  t.equal(planned.code, 0, planned.stderr);
  const warning = records(planned.stdout).find((r) => r.type === 'diagnostic' && r.code === 'no-profile-total');
  t.match(warning?.message, /^profile \S+ has no totals \(perf-analyze adds them\): its total is not used$/);
});

t.test('a negative --min-gain is a usage error', async (t) => {
  await t.rejects(plan('', { minGain: -1 }), { code: 'usage', message: '--min-gain must be a percentage of at least 0, got -1' });
});
