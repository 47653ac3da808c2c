// The wait profile's conventions, shared by whoever writes one (the Node wait
// recorder, the JFR and Go importers' wait kinds) and the analysis that reads
// it. A wait profile is a `wall` profile whose values are waits and the time
// they were pending; its leaf frame names what was waited on, so
// `go tool pprof -top` lists the targets and the callers show who waited.
// Per-request timelines travel as string labels on the same samples.

import type { Profile, Sample } from './profile.js';

export const WAIT_SAMPLE_TYPES = [
  { type: 'waits', unit: 'count' },
  { type: 'wait', unit: 'nanoseconds' },
] as const;

export const WAIT_LABELS = {
  /** http, fetch, socket, connect, dns, fs, timer, child; park, monitor, file, chan, select, sync... for JFR and Go. */
  op: 'op',
  /** Where it went, ids folded: "GET 127.0.0.1:4001/items/:id", "readFile /etc/app.json". */
  target: 'target',
  /** The exact operation when a repeat could be served from a cache (absent for writes and timers). */
  key: 'key',
  /** The request the wait was made for (an id within the process). */
  request: 'request',
  /**
   * The repeat a sample was recorded in (perf-collect --repeat labels every
   * sample): one profile then holds several processes, whose request ids start
   * at 0 alike, so a request is known by repeat and id together.
   */
  repeat: 'repeat',
  /** The request's route, "GET /orders". */
  route: 'route',
  /** When the wait started, ns after its request started (or, outside requests, after the window opened). */
  at: 'at_ns',
  /** The request's whole latency in ns (on its marker sample). */
  requestNs: 'request_ns',
  /**
   * When its response finished, ns after the window opened (on its marker
   * sample): the second the load counts it in, for per-second percentiles.
   */
  doneNs: 'done_ns',
  status: 'status',
  /** The server's local port a request came in on (on its marker sample). */
  port: 'port',
  /** The thread-state vocabulary every sampler shares (docs/contracts.md 'Thread states'): io or sleeping. */
  state: 'state',
} as const;

/** A wait's thread state: timers sleep, everything else waits on I/O (sockets, files, DNS, children). */
export const stateOfOp = (op: string) => (op === 'timer' ? 'sleeping' : 'io');

/** The leaf frame of a wait: "[http] GET 127.0.0.1:4001/items/:id". */
export const waitFrameName = (op: string, target: string) => `[${op}] ${target}`;
/** The one frame of a request's marker sample (values zero): "(request) GET /orders". */
export const requestFrameName = (route: string) => `(request) ${route}`;

export function isWaitProfile(profile: Profile): boolean {
  return profile.sampleTypes.length === 2 && profile.sampleTypes[0]!.type === 'waits' && profile.sampleTypes[1]!.type === 'wait';
}

/** The request a sample belongs to, unique within a profile folded from several repeats; undefined outside requests. */
export function requestOf(s: Sample): string | undefined {
  const id = s.labels?.[WAIT_LABELS.request];
  return id === undefined ? undefined : `${s.labels?.[WAIT_LABELS.repeat] ?? '1'}/${id}`;
}

export const isRequestMarker = (s: Sample) => s.labels?.[WAIT_LABELS.requestNs] !== undefined;

/** A recorded request, from its marker sample. */
export interface RecordedRequest {
  /** repeat/id: unique within the profile. */
  key: string;
  repeat: string;
  route: string;
  latencyNs: number;
  /** The second of its repeat's window its response finished in, when recorded. */
  second?: number;
}

/** The requests a wait profile recorded (its marker samples), in sample order. */
export function recordedRequests(profile: Profile): RecordedRequest[] {
  return profile.samples.filter(isRequestMarker).map((s) => {
    const labels = s.labels!;
    const r: RecordedRequest = { key: requestOf(s)!, repeat: labels[WAIT_LABELS.repeat] ?? '1', route: labels[WAIT_LABELS.route] ?? '?', latencyNs: Number(labels[WAIT_LABELS.requestNs]) };
    if (labels[WAIT_LABELS.doneNs] !== undefined) r.second = Math.floor(Number(labels[WAIT_LABELS.doneNs]) / 1e9);
    return r;
  });
}
