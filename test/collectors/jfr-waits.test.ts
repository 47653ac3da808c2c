// JFR's wait events through the real jfr collector on a real Java program: a
// socket read per call, Thread.sleep per call, synchronized contention. Each
// becomes a wall or lock profile whose samples carry the pprof labels state,
// call and target (lib/importers/jfr-states.ts), at the user's method.
import { join } from 'node:path';
import t from 'tap';
import type { Profile } from '../../lib/model/profile.js';
import { profileOfRecord } from '../../lib/records/profile-data.js';
import type { ProfileRecord } from '../../lib/records/types.js';
import { FIXTURES, hasCommand, parseRecords, sh, tempRoot } from '../helpers.js';
import { build } from './backend-run.js';

const source = join(FIXTURES, 'programs', 'jfr-waits', 'Waits.java');
const skip = hasCommand('javac') && hasCommand('jfr') ? false : 'no JDK (javac, jfr) installed (Debian: openjdk-17-jdk-headless)';

let classes: string | undefined;
/** The profiles of one real run of Waits under the jfr collector, by profile id. */
function profilesOf(mode: string, calls: number): Map<string, Profile> {
  const dir = tempRoot('jfr-waits-');
  if (!classes) build('javac', ['-d', (classes = dir), source], dir);
  const r = sh(`perf-collect --run-profile --profiler jfr -- java -cp ${classes} Waits ${mode} ${calls}`, { cwd: dir });
  if (r.code !== 0) throw new Error(r.stderr);
  const records = parseRecords(r.stdout).filter((rec) => rec.type === 'profile') as ProfileRecord[];
  return new Map(records.map((rec) => [rec.profileId, profileOfRecord(rec)]));
}

/** Share of the default value of `profile` in samples under `method` whose labels include `want`. */
function shareUnder(profile: Profile, method: string, want: Record<string, string | RegExp>): { share: number; total: number } {
  const index = profile.defaultSampleIndex;
  let total = 0;
  let matching = 0;
  for (const s of profile.samples) {
    if (!s.stack.some((id) => profile.frames[id]!.name === method)) continue;
    const v = s.values[index]!;
    total += v;
    if (Object.entries(want).every(([k, w]) => (typeof w === 'string' ? s.labels?.[k] === w : w.test(s.labels?.[k] ?? '')))) matching += v;
  }
  return { share: total > 0 ? matching / total : 0, total };
}

t.test('a socket read per call: io delay with the peer as target, at the method that reads', { skip }, async (t) => {
  const profiles = profilesOf('socket', 400);
  const io = profiles.get('jfr-io');
  t.ok(io, `profiles: ${[...profiles.keys()].join(', ')}`);
  t.equal(shareUnder(io!, 'Waits.readPerCall', { state: 'io' }).share, 1, 'all of it io');
  // Nearly all with the peer as target; the JVM may also read a class file from disk under the first call.
  const waits = shareUnder(io!, 'Waits.readPerCall', { target: /^(?:localhost|127\.0\.0\.1):\d+$/ });
  t.ok(waits.total > 0 && waits.share > 0.9, `io with the peer as target: ${waits.share}`);
  // A write of one byte is quick; the reads wait for the answer (a loaded machine may make some writes 1 ms too).
  const reads = shareUnder(io!, 'Waits.readPerCall', { call: 'socket read' });
  t.ok(reads.share > 0.9, `socket read share ${reads.share}`);
  // The native method samples see the same thread blocked in the socket's native read.
  const native = shareUnder(profiles.get('jfr-native')!, 'Waits.readPerCall', { state: 'io' });
  t.ok(native.share > 0.9, `native samples under readPerCall in io: ${native.share}`);
  // The server thread's Thread.sleep is a sleep profile.
  t.ok(shareUnder(profiles.get('jfr-sleep')!, 'Waits.serve', { state: 'sleeping', call: 'sleep' }).share === 1);
});

t.test('synchronized contention: monitor enter at the method holding the monitor, CPU inside it running', { skip }, async (t) => {
  const profiles = profilesOf('lock', 60);
  const lock = shareUnder(profiles.get('jfr-lock')!, 'Waits.lockedWork', { state: 'lock', call: 'monitor enter' });
  t.ok(lock.total > 0 && lock.share > 0.9, `monitor enter share ${lock.share}`);
  const cpu = shareUnder(profiles.get('jfr-cpu')!, 'Waits.work', { state: 'running' });
  t.ok(cpu.total > 0 && cpu.share === 1, `running share ${cpu.share}`);
});

t.test('Thread.sleep per call: a sleep profile, sleeping', { skip }, async (t) => {
  const profiles = profilesOf('sleep', 300);
  const sleep = shareUnder(profiles.get('jfr-sleep')!, 'Waits.sleepPerCall', { state: 'sleeping' });
  t.ok(sleep.total >= 300 * 1e6 * 0.9, `sleep delay ${sleep.total} ns for 300 sleeps of 3 ms`);
  t.equal(sleep.share, 1);
});
