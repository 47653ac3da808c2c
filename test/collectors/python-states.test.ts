// Wall versus CPU in the python sampler: real Python programs under the real
// sampler (perf-collect --run-profile), each sample labelled with its thread's
// state. A program that sleeps per call or reads a file per call is waiting,
// not running; a CPU-bound one is running.
import { join } from 'node:path';
import t from 'tap';
import { profileOfRecord } from '../../lib/records/profile-data.js';
import type { ProfileRecord } from '../../lib/records/types.js';
import { FIXTURES, hasCommand, parseRecords, sh, tempRoot } from '../helpers.js';

const program = join(FIXTURES, 'programs', 'python-waits', 'waits.py');
const skip = hasCommand('python3') ? false : 'python3 is not installed';

/** Share of wall time per `state` label (and per `call`) of the samples whose stack holds `fn`. */
function statesUnder(mode: string, calls: number, fn: string): { states: Map<string, number>; calls: Map<string, number>; total: number } {
  const r = sh(`perf-collect --run-profile --profiler python -- python3 ${program} ${mode} ${calls}`, { cwd: tempRoot('python-states-') });
  if (r.code !== 0) throw new Error(r.stderr);
  const record = parseRecords(r.stdout).find((rec) => rec.type === 'profile') as ProfileRecord;
  const profile = profileOfRecord(record);
  const wall = profile.sampleTypes.findIndex((s) => s.type === 'wall');
  const states = new Map<string, number>();
  const byCall = new Map<string, number>();
  let total = 0;
  for (const s of profile.samples) {
    if (!s.stack.some((id) => profile.frames[id]!.name === fn)) continue;
    const v = s.values[wall]!;
    total += v;
    states.set(s.labels!.state!, (states.get(s.labels!.state!) ?? 0) + v);
    if (s.labels!.call) byCall.set(s.labels!.call, (byCall.get(s.labels!.call) ?? 0) + v);
  }
  const share = (m: Map<string, number>) => new Map([...m].map(([k, v]) => [k, v / total]));
  return { states: share(states), calls: share(byCall), total };
}

const describe = (m: Map<string, number>) => [...m].map(([k, v]) => `${k} ${(100 * v).toFixed(1)}%`).join(', ');

t.test('a program that sleeps per call: its samples are sleeping in sleep, not running', { skip }, async (t) => {
  const { states, calls, total } = statesUnder('sleep', 150, 'sleep_per_call');
  t.ok(total > 0, 'sleep_per_call was sampled');
  t.ok((states.get('sleeping') ?? 0) > 0.8, describe(states));
  t.ok((calls.get('sleep') ?? 0) > 0.8, describe(calls));
  t.ok((states.get('running') ?? 0) < 0.2, describe(states));
});

t.test('a program that reads a file per call: its samples wait for I/O in read, not running', { skip }, async (t) => {
  const { states, calls } = statesUnder('read', 1500, 'read_per_call');
  t.ok((states.get('io') ?? 0) > 0.7, describe(states));
  t.ok((calls.get('read') ?? 0) > 0.6, describe(calls));
  t.ok((states.get('running') ?? 0) < 0.3, describe(states));
});

t.test('a CPU-bound program: its samples are running, in no call', { skip }, async (t) => {
  const { states, calls } = statesUnder('cpu', 400, 'burn_per_call');
  t.ok((states.get('running') ?? 0) > 0.7, describe(states));
  t.same([...calls.keys()].filter((c) => (calls.get(c) ?? 0) > 0.1), [], 'no call holds a tenth of the time');
});
