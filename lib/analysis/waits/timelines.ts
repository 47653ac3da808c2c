// A wait profile -> its waits, each charged to the user function that waits,
// and the request timelines they belong to. Pure: profile in, timelines out.

import type { Profile } from '../../model/profile.js';
import { WAIT_LABELS as L, isRequestMarker, requestOf } from '../../model/waits.js';
import { originOf, type OriginOptions } from '../origin.js';
import type { SourceLookup } from '../source-files.js';
import { callIsInLoop } from './loops.js';

export interface CodeAt {
  function: string;
  file: string;
  line: number;
}

export interface Wait {
  /** Index of the sample it came from. */
  sample: number;
  op: string;
  target: string;
  /** Present when a repeat with the same key could be served from a cache. */
  key?: string;
  /** Start, ns into its request (or into the window); absent for summed waits. */
  atNs?: number;
  durNs: number;
  /** Waits this sample stands for (1, or more for summed ones). */
  count: number;
  /** The user function the wait is charged to: the loop that makes it, else where it starts. */
  waiter: CodeAt;
  /** Where it starts, when that is another function than the waiter (a helper the loop calls). */
  via?: CodeAt;
  /** Root first, up to the waiter. */
  callPath: CodeAt[];
}

export interface Timeline {
  /** The request id, or "window" for waits outside requests. */
  id: string;
  route: string;
  latencyNs: number;
  waits: Wait[];
  /** The server's local port it was served on, when the recorder knew it. */
  port?: number;
  /** The second of its repeat's window its response finished in ("repeat/second"), when recorded. */
  second?: string;
}

export interface WaitTimelines {
  requests: Timeline[];
  /** Waits outside any kept request, as one timeline over the window (a batch job's), when they have start times. */
  window?: Timeline;
  /** Every wait, including those with no timeline. */
  all: Wait[];
  totalNs: number;
}

const WAITING_FRAMES = 4; // user frames looked at for a loop, leaf upward
const fnKey = (f: { name: string; file: string }) => `${f.name}\u0000${f.file}`;

type Charge = Pick<Wait, 'waiter' | 'via' | 'callPath'>;

/** User frames of a wait's stack, leaf first, with their index in the stack below the "[op] target" frame. */
function userFrames(profile: Profile, stack: number[], origin: OriginOptions) {
  const frames = stack.slice(1).map((id) => profile.frames[id]!);
  return { frames, user: frames.map((f, i) => ({ f, i })).filter(({ f }) => originOf(f, origin) === 'user') };
}

/**
 * Helpers: user functions where waits start that several other functions
 * call (a getJson(path) every route uses). The wait is charged to the
 * caller, where the decision to wait (and to wait one call after another)
 * was made.
 */
function helpersOf(profile: Profile, origin: OriginOptions): Set<string> {
  const callers = new Map<string, Set<string>>();
  for (const s of profile.samples) {
    if (isRequestMarker(s) || s.stack.length < 2) continue;
    const [leaf, caller] = userFrames(profile, s.stack, origin).user.filter(({ f }) => f.name !== '(anonymous)');
    if (leaf && caller) callers.set(fnKey(leaf.f), (callers.get(fnKey(leaf.f)) ?? new Set()).add(fnKey(caller.f)));
  }
  return new Set([...callers].filter(([, c]) => c.size > 1).map(([k]) => k));
}

const at = (f: { name: string; file: string; line: number }): CodeAt => ({ function: f.name, file: f.file, line: Math.max(0, f.line) });

function waiterOf(profile: Profile, stack: number[], origin: OriginOptions, helpers: Set<string>, source?: SourceLookup): Charge {
  const { frames, user } = userFrames(profile, stack, origin);
  const named = user.filter(({ f }) => f.name !== '(anonymous)');
  const start = named.find(({ f }) => !helpers.has(fnKey(f))) ?? named[0] ?? user[0];
  if (!start) {
    const leaf = frames[0];
    return { waiter: leaf ? at(leaf) : { function: '(no stack)', file: '', line: 0 }, callPath: frames.map(at).reverse() };
  }
  const looping = user.slice(0, WAITING_FRAMES).find(({ f }) => {
    const lines = f.file ? source?.(f.file) : undefined;
    return lines !== undefined && f.line > 0 && callIsInLoop(lines, f.line);
  });
  const pick = looping ?? start;
  const out: Charge = { waiter: at(pick.f), callPath: frames.slice(pick.i).map(at).reverse() };
  const leaf = named[0] ?? user[0]!;
  if (leaf.f.name !== pick.f.name) out.via = at(leaf.f);
  return out;
}

export function timelinesOf(profile: Profile, origin: OriginOptions, source?: SourceLookup): WaitTimelines {
  const requests = new Map<string, Timeline>();
  const windowWaits: Wait[] = [];
  const all: Wait[] = [];
  const waiters = new Map<string, Charge>();
  const helpers = helpersOf(profile, origin);
  let totalNs = 0;
  profile.samples.forEach((s, i) => {
    const labels = s.labels ?? {};
    if (isRequestMarker(s)) {
      const id = requestOf(s)!;
      const t = requests.get(id) ?? { id, route: labels[L.route] ?? '?', latencyNs: 0, waits: [] };
      t.latencyNs = Number(labels[L.requestNs]);
      if (labels[L.port]) t.port = Number(labels[L.port]);
      if (labels[L.doneNs]) t.second = `${labels[L.repeat] ?? '1'}/${Math.floor(Number(labels[L.doneNs]) / 1e9)}`;
      requests.set(id, t);
      return;
    }
    const count = s.values[0] ?? 0;
    const durNs = s.values[1] ?? 0;
    if (count <= 0) return;
    totalNs += durNs;
    const stackKey = s.stack.join(',');
    let w = waiters.get(stackKey);
    if (!w) waiters.set(stackKey, (w = waiterOf(profile, s.stack, origin, helpers, source)));
    const wait: Wait = { sample: i, op: labels[L.op] ?? '?', target: labels[L.target] ?? profile.frames[s.stack[0]!]?.name ?? '?', durNs, count, ...w };
    if (labels[L.key] !== undefined) wait.key = labels[L.key];
    if (labels[L.at] !== undefined && count === 1) wait.atNs = Number(labels[L.at]);
    all.push(wait);
    const rid = requestOf(s);
    if (rid !== undefined && wait.atNs !== undefined) {
      const t = requests.get(rid) ?? { id: rid, route: labels[L.route] ?? '?', latencyNs: 0, waits: [] };
      t.waits.push(wait);
      requests.set(rid, t);
    } else if (rid === undefined && wait.atNs !== undefined) windowWaits.push(wait);
  });
  const kept = [...requests.values()].filter((t) => t.latencyNs > 0);
  for (const t of kept) t.waits.sort((a, b) => a.atNs! - b.atNs! || a.sample - b.sample);
  const out: WaitTimelines = { requests: kept, all, totalNs };
  if (windowWaits.length > 0 && kept.length === 0) {
    windowWaits.sort((a, b) => a.atNs! - b.atNs! || a.sample - b.sample);
    out.window = { id: 'window', route: '(whole run)', latencyNs: profile.durationNs, waits: windowWaits };
  }
  return out;
}
