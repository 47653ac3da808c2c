// Wait facts for profiles that count waits without timelines: JFR's duration
// events (socket and file I/O, monitor enter and wait, park, sleep: kinds
// wall and lock) and Go's block and mutex profiles. Their bottlenecks come
// from the rule catalog as before; this adds what a wait finding says: what
// the function waits on, how many times, how long each (total delay over the
// count), in the same `waits` field and evidence line the Node wait profile
// gives. There is no request timeline here, so no per-request numbers and no
// critical-path projection.

import type { Profile } from '../../model/profile.js';
import { isWaitProfile } from '../../model/waits.js';
import type { BottleneckRecord } from '../../records/types.js';

const WAIT_KINDS = new Set(['wall', 'lock', 'block']);

/** What a Go runtime or sync frame waits on. */
const GO_WAITS: [RegExp, string][] = [
  [/^runtime\.(chanrecv|chansend|selectgo|closechan)/, 'chan'],
  [/^sync\.\(\*RWMutex\)/, 'rwmutex'],
  [/^sync\.\(\*Mutex\)/, 'mutex'],
  [/^sync\.\(\*WaitGroup\)\.Wait/, 'waitgroup'],
  [/^sync\.\(\*Cond\)\.Wait/, 'cond'],
  [/^(internal\/poll\.|runtime\.netpoll|net\.)/, 'net'],
  [/^time\.Sleep/, 'sleep'],
];

/** The (count, nanoseconds) value pair of a wait-counting profile, or undefined. */
function waitValues(profile: Profile): { count: number; delay: number } | undefined {
  const count = profile.sampleTypes.findIndex((t) => t.unit === 'count');
  const delay = profile.sampleTypes.findIndex((t) => t.unit === 'nanoseconds');
  return count >= 0 && delay >= 0 ? { count, delay } : undefined;
}

export function addWaitFacts(bottlenecks: BottleneckRecord[], profile: Profile, kind: string): void {
  if (!WAIT_KINDS.has(kind) || isWaitProfile(profile)) return;
  const idx = waitValues(profile);
  if (!idx) return;
  for (const b of bottlenecks) {
    if (b['waits'] !== undefined || !b.file) continue;
    let count = 0;
    let delay = 0;
    const targets = new Map<string, { op: string; delay: number }>();
    for (const s of profile.samples) {
      // A wall-clock sampler's on-CPU samples (state running: Python's sampler, JFR's execution samples) are not waits.
      if (s.labels?.['state'] === 'running') continue;
      const at = s.stack.findIndex((id) => profile.frames[id]!.name === b.function && profile.frames[id]!.file === b.file);
      if (at < 0) continue;
      const c = s.values[idx.count] ?? 0;
      const d = s.values[idx.delay] ?? 0;
      count += c;
      delay += d;
      // JFR says what was waited on in labels; Go in the runtime frame the stack ends in.
      const leaf = profile.frames[s.stack[0]!]!.name;
      const op = s.labels?.['call'] ?? GO_WAITS.find(([re]) => re.test(leaf))?.[1] ?? (at > 0 ? leaf : 'wait');
      const target = s.labels?.['target'] ?? (at > 0 ? leaf : b.function);
      const k = `${op}\u0000${target}`;
      targets.set(k, { op, delay: (targets.get(k)?.delay ?? 0) + d });
    }
    if (count <= 0) continue;
    const [key, top] = [...targets].sort((x, y) => y[1].delay - x[1].delay || (x[0] < y[0] ? -1 : 1))[0]!;
    const target = key.split('\u0000')[1]!;
    const eachMs = Math.round((delay / count) / 1e4) / 100;
    const seconds = profile.durationNs > 0 ? profile.durationNs / 1e9 : 0;
    const rate = seconds > 0 ? `, ${Math.round((count / seconds) * 10) / 10} per second over ${Math.round(seconds * 10) / 10} s` : '';
    const others = targets.size > 1 ? ` (and ${targets.size - 1} other wait${targets.size > 2 ? 's' : ''})` : '';
    b.evidence.splice(1, 0, `${b.function} waits ${count} time${count === 1 ? '' : 's'} on ${top.op} (${target})${others}, ${eachMs} ms each, ${Math.round(delay / 1e4) / 100} ms in all${rate}`);
    b['waits'] = { op: top.op, target, count, eachMs: { mean: eachMs }, totalMs: Math.round(delay / 1e4) / 100 };
  }
}
