// The wait recorder inside the Node preload: while the measurement window is
// open, every asynchronous operation a hook reports (an outgoing request, a
// file read, a DNS lookup, a timer, a child process) becomes one wait with the
// stack that started it, its target, and how long it was pending. Waits made
// while serving an HTTP request are tied to that request through
// the promises that carry the request's context (context.ts), so the analysis
// can rebuild each request's timeline.
// Pure bookkeeping: the hooks (hooks-*.ts) call begin()/end(); nothing here
// patches Node.

import { hrtime } from 'node:process';
import { PromiseContext } from './context.js';
import { captureSite, type SiteTable } from './stack.js';

export type WaitOp = 'http' | 'fetch' | 'socket' | 'connect' | 'dns' | 'fs' | 'timer' | 'child';

/** The request a wait was made for: set around the server's request handler. */
export interface RequestContext {
  id: number;
  route: string;
  startNs: bigint;
  /** Index in the recorder's kept requests, or -1 when this request's timeline is not kept. */
  slot: number;
  /** The server's local port it came in on: tells the process the load talks to from one behind it. */
  port?: number;
  /** Whether its waits capture their stacks (within the budget); the others borrow them (sites.ts). */
  traced: boolean;
}

/** One finished wait, as written: offsets in ns from the window's start. */
export interface RawWait {
  site: number;
  op: WaitOp;
  target: string;
  /** Exact identity (target plus arguments, or a hash of the bytes written): equal keys are cacheable repeats. */
  key: string;
  startNs: number;
  durNs: number;
  /** The request it was made for (RawRequest.id), if one was being served. */
  request?: number;
  error?: boolean;
}

export interface RawRequest {
  id: number;
  route: string;
  startNs: number;
  durNs: number;
  status: number;
  port?: number;
}

/** What the preload writes as <pid>.waits.json for the collector. */
export interface RawWaitProfile {
  version: 1;
  pid: number;
  windowNs: number;
  sites: SiteTable['sites'];
  waits: RawWait[];
  /** Waits beyond the kept timelines, summed per site, op and target. */
  summed: { site: number; op: WaitOp; target: string; count: number; totalNs: number }[];
  requests: RawRequest[];
  /** Requests served in the window, kept or not. */
  requestsSeen: number;
}

export interface PendingWait {
  site: number;
  op: WaitOp;
  target: string;
  key: string;
  start: bigint;
  request: RequestContext | undefined;
}

/**
 * At most this many request timelines per process. Past it, every k-th
 * request is kept (k doubling), so a long window stays spread over its length
 * and the file stays small; every wait still counts in the summed totals.
 */
export const MAX_KEPT_REQUESTS = 2000;
/** At most this many waits outside kept requests are written one by one; the rest are summed. */
export const MAX_LOOSE_WAITS = 20_000;
/** At most this many waits in all are written one by one (a request with thousands of waits). */
export const MAX_WAITS = 200_000;

/** The site of a wait whose stack was not captured (the budget was spent): sites.ts gives it one. */
export const UNSAMPLED = -1;

/**
 * Stacks captured per second at most. A capture costs 30-40 µs of the
 * target's CPU on a loaded 2-core machine (V8's CPU profile of the node-waits
 * fixture: at 200 a second the captures were 4.5% of the service's busy
 * time, most of the recorder's own), so 50 a second is at most ~0.2% of a
 * core, and still gives a 2 s window a hundred stacks: some eight fully
 * captured requests of a dozen waits each, which the others borrow from
 * (sites.ts). The budget is spent per request: a request whose first wait
 * finds it spent captures none.
 */
export const STACKS_PER_SECOND = 50;

export class WaitRecorder {
  recording = false;
  private windowStart = 0n;
  private sites: SiteTable = { sites: [], byText: new Map() };
  private waits: RawWait[] = [];
  private summed = new Map<string, RawWaitProfile['summed'][number]>();
  private requests: RawRequest[] = [];
  private requestsSeen = 0;
  private keepEvery = 1;
  private looseWaits = 0;
  /** Captures left in the budget, and when it was last refilled (ns). */
  private tokens = STACKS_PER_SECOND;
  private refilled = 0n;
  readonly contexts = new PromiseContext<RequestContext>();

  start(): void {
    this.windowStart = this.refilled = hrtime.bigint();
    this.tokens = STACKS_PER_SECOND;
    this.contexts.enable();
    this.recording = true;
  }

  stop(): RawWaitProfile {
    this.recording = false;
    this.contexts.disable();
    const out: RawWaitProfile = {
      version: 1,
      pid: process.pid,
      windowNs: Number(hrtime.bigint() - this.windowStart),
      sites: this.sites.sites,
      waits: this.waits,
      summed: [...this.summed.values()],
      requests: this.requests,
      requestsSeen: this.requestsSeen,
    };
    // Nothing of the window stays on the heap once it is handed out: the live heap is measured next.
    this.sites = { sites: [], byText: new Map() };
    this.waits = [];
    this.summed = new Map();
    this.requests = [];
    return out;
  }

  /** A wait starts: `skip` is the hook function, so the stack starts at its caller. */
  begin(op: WaitOp, target: string, key: string, skip: Function): PendingWait | undefined {
    if (!this.recording) return undefined;
    const request = this.contexts.current;
    const site = this.mayCapture(request) ? captureSite(this.sites, skip) : UNSAMPLED;
    return { site, op, target, key, start: hrtime.bigint(), request };
  }

  /** Refill the budget for the time passed; one capture is spent per call that may capture. */
  private mayCapture(request: RequestContext | undefined): boolean {
    if (request && !request.traced) return false;
    if (!request && !this.hasTokens()) return false;
    this.tokens--;
    return true;
  }

  private hasTokens(): boolean {
    const now = hrtime.bigint();
    this.tokens = Math.min(STACKS_PER_SECOND, this.tokens + (Number(now - this.refilled) / 1e9) * STACKS_PER_SECOND);
    this.refilled = now;
    return this.tokens >= 1;
  }

  /** A wait ends; called at most once per begin(). */
  end(w: PendingWait | undefined, error = false): void {
    if (!w || !this.recording) return;
    const now = hrtime.bigint();
    const durNs = Number(now - w.start);
    const kept = w.request && w.request.slot >= 0;
    if (this.waits.length < MAX_WAITS && (kept || this.looseWaits < MAX_LOOSE_WAITS)) {
      if (!kept) this.looseWaits++;
      const wait: RawWait = { site: w.site, op: w.op, target: w.target, key: w.key, startNs: Number(w.start - this.windowStart), durNs };
      if (kept) wait.request = w.request!.id;
      if (error) wait.error = true;
      this.waits.push(wait);
      return;
    }
    const k = `${w.site}\u0000${w.op}\u0000${w.target}`;
    const s = this.summed.get(k) ?? { site: w.site, op: w.op, target: w.target, count: 0, totalNs: 0 };
    s.count++;
    s.totalNs += durNs;
    this.summed.set(k, s);
  }

  /** The server starts serving a request: the rest of this synchronous run (the handler) and all it starts see it. */
  enterRequest(route: string, port?: number): RequestContext | undefined {
    if (!this.recording) return undefined;
    const n = this.requestsSeen++;
    if (n >= MAX_KEPT_REQUESTS * this.keepEvery) this.keepEvery *= 2;
    const keep = n % this.keepEvery === 0 && this.requests.length < MAX_KEPT_REQUESTS * 2;
    const ctx: RequestContext = { id: n, route, startNs: hrtime.bigint(), slot: keep ? 0 : -1, traced: this.hasTokens(), ...(port ? { port } : {}) };
    this.contexts.enter(ctx);
    return ctx;
  }

  /** `fn` (a callback a hook passes on), to run for the request being served now, if any. */
  bind<A extends unknown[], R>(fn: (this: unknown, ...args: A) => R): (this: unknown, ...args: A) => R {
    return this.recording ? this.contexts.bind(fn) : fn;
  }

  /** The response finished: a kept request's timeline is complete. */
  leaveRequest(ctx: RequestContext | undefined, status: number): void {
    if (!ctx || ctx.slot < 0 || !this.recording) return;
    const now = hrtime.bigint();
    this.requests.push({ id: ctx.id, route: ctx.route, startNs: Number(ctx.startNs - this.windowStart), durNs: Number(now - ctx.startNs), status, ...(ctx.port ? { port: ctx.port } : {}) });
  }
}
