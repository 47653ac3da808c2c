// How a wait's target and key are written. The target groups waits that go
// to the same place (ids in URL paths folded, so /items/7 and /items/8 are one
// target); the key is the exact operation (full URL, path and call, bytes
// written), so equal keys within a request are repeats a cache would answer.
// Operations with side effects get a unique key: they are never "repeats".

/** Path segments that are ids: numbers, UUIDs, long hex strings. */
const ID_SEGMENT = /^(\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{16,})$/i;
const MAX_TEXT = 200;

let unique = 0;
/** A key no other wait shares. */
export const uniqueKey = (target: string) => `${target}#${++unique}`;

export function foldPath(path: string): string {
  const bare = path.split(/[?#]/, 1)[0] || '/';
  return bare
    .split('/')
    .map((s) => (ID_SEGMENT.test(s) ? ':id' : s))
    .join('/')
    .slice(0, MAX_TEXT);
}

/** "GET /orders/:id" for a server route. */
export const routeOf = (method: string | undefined, url: string | undefined) => `${method ?? 'GET'} ${foldPath(url ?? '/')}`;

/** Safe methods read: the same URL again is a cacheable repeat; other methods are not. */
export function httpWait(method: string, hostPort: string, path: string): { target: string; key: string } {
  const target = `${method} ${hostPort}${foldPath(path)}`;
  const exact = `${method} ${hostPort}${path}`.slice(0, MAX_TEXT * 2);
  return { target, key: method === 'GET' || method === 'HEAD' ? exact : uniqueKey(exact) };
}

/** fs calls that only read: a repeat with the same path and arguments could be cached. */
const FS_READS = /^(read|stat|lstat|fstat|access|exists|readdir|realpath|readlink|opendir)/;

export function fsWait(call: string, args: unknown[]): { target: string; key: string } {
  const first = args[0];
  const path =
    typeof first === 'string' ? first : first instanceof URL ? first.pathname : Buffer.isBuffer(first) ? first.toString() : typeof first === 'number' ? `fd` : '?';
  const target = `${call} ${path}`.slice(0, MAX_TEXT);
  return { target, key: FS_READS.test(call) && typeof first !== 'number' ? target : uniqueKey(target) };
}

/** FNV-1a over the first bytes written: equal queries on one connection hash alike. */
export function bytesHash(chunk: unknown): string {
  const b = typeof chunk === 'string' ? Buffer.from(chunk.slice(0, 512)) : chunk instanceof Uint8Array ? chunk.subarray(0, 512) : undefined;
  if (!b) return '?';
  let h = 0x811c9dc5;
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b[i]!, 0x01000193) >>> 0;
  return `${h.toString(16)}/${typeof chunk === 'string' ? chunk.length : (chunk as Uint8Array).length}`;
}

export function commandText(file: unknown, args: unknown): string {
  const rest = Array.isArray(args) ? args.filter((a) => typeof a === 'string').join(' ') : '';
  return `${String(file)}${rest ? ` ${rest}` : ''}`.slice(0, MAX_TEXT);
}
