// Each share threshold decides, through the real analysis: the planted stack a
// tenth below its rule's threshold keeps no cause, a tenth above it is given
// it; HOT_FUNCTION is the floor of every bottleneck (so a server loop, whose
// SERVER_LOOP threshold is lower, is named right above it); and a group under
// MIN_SAMPLES samples is not given a cause at any share.
import t from 'tap';
import type { ProfileKind } from '../../lib/model/profile.js';
import { ruleById } from '../../lib/rules/catalog.js';
import { CONTENTION, GC_TIME, HOT_FUNCTION, IDLE_TIME, LIBRARY_CALL, MIN_SAMPLES, SERVER_LOOP } from '../../lib/rules/thresholds.js';
import type { Threshold } from '../../lib/rules/types.js';
import { GO, PY, alone, f } from './rule-cases.js';
import { REST_NS, runShape, type Shape } from './run-rule.js';

/** The planted value that makes `pct` percent of the profile (the rest is REST_NS). */
const plantedFor = (pct: number) => Math.round((REST_NS * pct) / (100 - pct));

const CASES: [threshold: Threshold, name: string, ruleId: string, shape: Shape, kind: ProfileKind, ext: string][] = [
  [LIBRARY_CALL, 'LIBRARY_CALL', 'node-sync-fs', f('readFileSync', 'node:fs'), 'cpu', 'js'],
  [GC_TIME, 'GC_TIME', 'node-gc', alone('(garbage collector)'), 'cpu', 'js'],
  [IDLE_TIME, 'IDLE_TIME', 'node-idle', alone('(idle)'), 'cpu', 'js'],
  [CONTENTION, 'CONTENTION', 'go-mutex', f('sync.(*Mutex).Unlock', `${GO}/sync/mutex.go`), 'lock', 'go'],
];

for (const [threshold, name, ruleId, shape, kind, ext] of CASES) {
  t.test(`${name} (${threshold.value}${threshold.unit}) decides ${ruleId}`, async (t) => {
    t.equal(ruleById(ruleId)!.minShare, threshold, 'the rule uses this threshold');
    const given = (pct: number) => runShape(kind, shape, ext, 60, plantedFor(pct)).some((b) => b.ruleId === ruleId);
    t.notOk(given(threshold.value * 0.9), 'a tenth below: no cause');
    t.ok(given(threshold.value * 1.1), 'a tenth above: the cause');
  });
}

t.test(`HOT_FUNCTION (${HOT_FUNCTION.value}${HOT_FUNCTION.unit}) is the floor; a server loop (SERVER_LOOP ${SERVER_LOOP.value}${SERVER_LOOP.unit}) is idle right above it`, async (t) => {
  t.ok(SERVER_LOOP.value < HOT_FUNCTION.value && HOT_FUNCTION.value < LIBRARY_CALL.value);
  const loop = f('serve_forever', `${PY}/socketserver.py`);
  const planted = (pct: number) => runShape('wall', loop, 'py', 60, plantedFor(pct)).filter((b) => b.value === plantedFor(pct) || b.ruleId === 'py-server-idle');
  t.same(planted(HOT_FUNCTION.value * 0.9), [], 'under the floor: no bottleneck at all');
  t.same(planted(HOT_FUNCTION.value * 1.1).map((b) => b.ruleId), ['py-server-idle'], 'above it: idle, at a share no library-call rule would take');
  t.notOk(runShape('cpu', f('readFileSync', 'node:fs'), 'js', 60, plantedFor(HOT_FUNCTION.value * 1.1)).some((b) => b.ruleId === 'node-sync-fs'), 'a library call needs more');
});

t.test(`MIN_SAMPLES (${MIN_SAMPLES.value} ${MIN_SAMPLES.unit}): fewer samples give no cause, even at 60% of the profile`, async (t) => {
  const shape = f('readFileSync', 'node:fs');
  const given = (samples: number) => runShape('cpu', shape, 'js', samples).some((b) => b.ruleId === 'node-sync-fs');
  t.notOk(given(MIN_SAMPLES.value - 1));
  t.ok(given(MIN_SAMPLES.value));
});
