// Network waits. Node publishes its HTTP server on diagnostics_channel, so a
// server request needs no patching: it sets the request context its handler
// and all it starts run in. Client requests are wrapped (see wrapHttpClient). fetch() resolves in undici's own tasks, where the caller's
// stack is gone, so fetch is wrapped instead (the wait ends when the headers
// arrive). Other sockets (database drivers, Redis, raw TCP) count their
// connect and, per round trip, the time from a write to the next data.

import dc from 'node:diagnostics_channel';
import dns from 'node:dns';
import { createRequire } from 'node:module';
import type { ClientRequest, IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { PendingWait, RequestContext, WaitRecorder } from './recorder.js';
import { bytesHash, httpWait, routeOf, uniqueKey } from './targets.js';

const REQUEST_CONTEXT = Symbol('perf-profiler request context');

/**
 * http(s).request and .get: the wait runs from the call to the request's
 * 'close' (the response read to its end, or the error). Wrapped rather than
 * taken from the http.client.request.start channel: that fires once a socket
 * is assigned, in Node's own tick, where the caller's stack is gone.
 */
function wrapHttpClient(rec: WaitRecorder, module: object): void {
  const table = module as unknown as Record<string, (...a: unknown[]) => ClientRequest>;
  for (const name of ['request', 'get'] as const) {
    const original = table[name]!;
    table[name] = function recordedRequest(this: unknown, ...args: unknown[]) {
      if (!rec.recording) return original.apply(this, args);
      // The response callback runs in Node's own tick: it is given the caller's request context.
      const last = args.length - 1;
      if (typeof args[last] === 'function') args[last] = rec.bind(args[last] as (...a: unknown[]) => unknown);
      const req = original.apply(this, args);
      const { target, key } = httpWait(req.method, hostPortOf(req), req.path);
      const w = rec.begin('http', target, key, recordedRequest);
      let done = false;
      const end = (error: boolean) => {
        if (done) return;
        done = true;
        rec.end(w, error);
      };
      req.once('error', () => end(true));
      req.once('close', () => end(false));
      return req;
    };
  }
}

/** host:port the request goes to: its Host header carries a port unless it is the protocol's default. */
function hostPortOf(req: ClientRequest & { host?: string; protocol?: string }): string {
  const header = String(req.getHeader('host') ?? req.host ?? '?');
  if (/:\d+$/.test(header)) return header;
  return `${header}:${req.protocol === 'https:' ? 443 : 80}`;
}

function serverRequestStart(rec: WaitRecorder) {
  return (message: unknown): void => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    const ctx = rec.enterRequest(routeOf(request.method, request.url), request.socket?.localPort);
    if (ctx) (response as unknown as Record<symbol, RequestContext>)[REQUEST_CONTEXT] = ctx;
  };
}

function serverResponseFinish(rec: WaitRecorder) {
  return (message: unknown): void => {
    const { response } = message as { response: ServerResponse };
    rec.leaveRequest((response as unknown as Record<symbol, RequestContext | undefined>)[REQUEST_CONTEXT], response.statusCode);
  };
}

/** Sockets that carry our own HTTP (http.Agent, undici): their requests are counted as http or fetch waits. */
const CARRIES_HTTP = /node:_http_agent|undici/;

function clientSocket(rec: WaitRecorder) {
  return function onSocket(message: unknown): void {
    if (!rec.recording) return;
    const socket = (message as { socket: Socket }).socket;
    if (CARRIES_HTTP.test(new Error().stack ?? '')) return;
    const connect = rec.begin('connect', 'connect ?', uniqueKey("connect"), onSocket);
    socket.once('connect', () => {
      if (connect) connect.target = connect.key = `connect ${socket.remoteAddress}:${socket.remotePort}`;
      rec.end(connect);
    });
    roundTrips(rec, socket);
  };
}

/** A write with no reply outstanding starts a wait; the next data that arrives ends it. */
function roundTrips(rec: WaitRecorder, socket: Socket): void {
  let pending: PendingWait | undefined;
  const write = socket.write;
  const push = socket.push;
  socket.write = function recordedWrite(this: Socket, chunk: unknown, ...rest: unknown[]) {
    if (!pending && rec.recording) {
      const where = `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}`;
      pending = rec.begin('socket', `socket ${where}`, `socket ${where} ${bytesHash(chunk)}`, recordedWrite);
    }
    return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
  } as Socket['write'];
  socket.push = function (this: Socket, chunk: unknown, encoding?: BufferEncoding) {
    if (pending && chunk !== null) {
      rec.end(pending);
      pending = undefined;
    }
    return push.call(this, chunk, encoding);
  };
  socket.once('close', () => {
    if (pending) rec.end(pending, true);
    pending = undefined;
  });
}

function wrapFetch(rec: WaitRecorder): void {
  const original = globalThis.fetch;
  if (typeof original !== 'function') return;
  globalThis.fetch = function recordedFetch(input: Parameters<typeof fetch>[0], init?: RequestInit) {
    if (!rec.recording) return original(input, init);
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    const { target, key } = httpWait(method, `${url.hostname}:${port}`, `${url.pathname}${url.search}`);
    const w = rec.begin('fetch', target, key, recordedFetch);
    const p = original(input, init);
    p.then(
      () => rec.end(w),
      () => rec.end(w, true),
    );
    return p;
  } as typeof fetch;
}

/** dns.lookup and the resolvers, callback and promise forms. */
function wrapDns(rec: WaitRecorder): void {
  const names = ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveSrv', 'resolveTxt', 'reverse'] as const;
  const callbacks = dns as unknown as Record<string, (...a: unknown[]) => unknown>;
  const promises = dns.promises as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
  for (const name of names) {
    const cb = callbacks[name];
    if (typeof cb === 'function') {
      callbacks[name] = function recordedDns(this: unknown, ...args: unknown[]) {
        const done = args[args.length - 1];
        if (!rec.recording || typeof done !== 'function') return cb.apply(this, args);
        const target = `${name} ${String(args[0])}`;
        const w = rec.begin('dns', target, target, recordedDns);
        const resume = rec.bind(done as (...a: unknown[]) => unknown);
        args[args.length - 1] = function (this: unknown, err: unknown, ...rest: unknown[]) {
          rec.end(w, !!err);
          return resume.call(this, err, ...rest);
        };
        return cb.apply(this, args);
      };
    }
    const pr = promises[name];
    if (typeof pr === 'function') {
      promises[name] = function recordedDnsPromise(this: unknown, ...args: unknown[]) {
        if (!rec.recording) return pr.apply(this, args);
        const target = `${name} ${String(args[0])}`;
        const w = rec.begin('dns', target, target, recordedDnsPromise);
        const p = pr.apply(this, args);
        p.then(() => rec.end(w), () => rec.end(w, true));
        return p;
      };
    }
  }
}

let httpWrapped = false;
/**
 * The http and https clients are wrapped when the window opens, not at
 * start-up: loading them costs tens of ms, which a process that never makes
 * a request should not pay. Code that uses them has loaded them by then, and
 * calls them through the module (http.get) or an ES module binding that
 * syncBuiltinESMExports updates.
 */
export function installHttpClientHooks(rec: WaitRecorder): void {
  if (httpWrapped) return;
  httpWrapped = true;
  const require = createRequire(import.meta.url);
  wrapHttpClient(rec, require('node:http'));
  wrapHttpClient(rec, require('node:https'));
}

export function installNetHooks(rec: WaitRecorder): void {
  dc.subscribe('http.server.request.start', serverRequestStart(rec));
  dc.subscribe('http.server.response.finish', serverResponseFinish(rec));
  dc.subscribe('net.client.socket', clientSocket(rec));
  wrapFetch(rec);
  wrapDns(rec);
}
