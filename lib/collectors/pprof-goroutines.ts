// Where a Go program's goroutines wait, over the measurement window: the
// goroutine profile (net/http/pprof `goroutine`, every goroutine's stack now)
// pulled every GOROUTINE_POLL_MS and summed into one `wall` profile, each
// snapshot's goroutines weighted by the time since the previous one. Go's block
// and mutex profiles see channel, select and lock waits only; goroutines parked
// in netpoll (network reads, accept) or in a system call show up here, each
// sample labelled with its state (lib/importers/go-states.ts).

import { oneLine } from '../base/errors.js';
import { ProfileBuilder } from '../model/builder.js';
import { DEFAULT_LIMITS } from '../model/check.js';
import type { Profile } from '../model/profile.js';
import { decodePprof } from '../pprof/decode.js';
import { goroutineState } from '../importers/go-states.js';
import type { CollectorContext } from './types.js';

export const GOROUTINE_POLL_MS = 200;
const REQUEST_TIMEOUT_MS = 5_000;

interface GoroutinePoll {
  builder: ProfileBuilder;
  last: number;
  started: number;
  snapshots: number;
  timer?: NodeJS.Timeout;
  inFlight?: Promise<void>;
}
const polls = new Map<string, GoroutinePoll>();

/** Add one goroutine snapshot (pprof bytes), each goroutine worth `ns` of wall time. */
export function addSnapshot(builder: ProfileBuilder, bytes: Buffer, ns: number, where: string): void {
  const snapshot = decodePprof(bytes, where, DEFAULT_LIMITS);
  for (const s of snapshot.samples) {
    const frames = s.stack.map((id) => snapshot.frames[id]!);
    const count = s.values[0] ?? 0;
    if (count <= 0) continue;
    const state = goroutineState(frames.map((f) => f.name));
    builder.addSample(frames.map((f) => builder.frameId(f)), [count, count * ns], { ...s.labels, ...state });
  }
}

async function pullOnce(ctx: CollectorContext, url: string, poll: GoroutinePoll): Promise<void> {
  try {
    const response = await fetch(url, { signal: AbortSignal.any([ctx.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]) });
    const body = Buffer.from(await response.arrayBuffer());
    if (!response.ok) return ctx.log(`pprof: ${url} answered ${response.status}`);
    const now = ctx.clock();
    addSnapshot(poll.builder, body, (now - poll.last) * 1e6, url);
    poll.last = now;
    poll.snapshots++;
  } catch (err) {
    if (!ctx.signal.aborted) ctx.log(`pprof: no goroutine snapshot from ${url} (${oneLine(err)})`);
  }
}

export function startGoroutines(ctx: CollectorContext, url: string): void {
  const now = ctx.clock();
  const poll: GoroutinePoll = {
    builder: new ProfileBuilder({ sampleTypes: [{ type: 'goroutines', unit: 'count' }, { type: 'wall', unit: 'nanoseconds' }], periodType: { type: 'wall', unit: 'nanoseconds' }, period: GOROUTINE_POLL_MS * 1e6 }),
    last: now,
    started: now,
    snapshots: 0,
  };
  // One request at a time: a slow answer delays the next snapshot, whose weight then covers the gap.
  const tick = () => {
    poll.inFlight = pullOnce(ctx, url, poll).finally(() => {
      poll.inFlight = undefined;
      if (polls.get(ctx.workDir) === poll && !ctx.signal.aborted) poll.timer = setTimeout(tick, GOROUTINE_POLL_MS);
    });
  };
  poll.timer = setTimeout(tick, GOROUTINE_POLL_MS);
  polls.set(ctx.workDir, poll);
}

/** Stop polling; the summed profile, or undefined when no snapshot came. */
export async function stopGoroutines(ctx: CollectorContext): Promise<Profile | undefined> {
  const poll = polls.get(ctx.workDir);
  if (!poll) return undefined;
  polls.delete(ctx.workDir);
  clearTimeout(poll.timer);
  await poll.inFlight;
  if (poll.snapshots === 0) return undefined;
  poll.builder.durationNs = (poll.last - poll.started) * 1e6;
  return poll.builder.build();
}
