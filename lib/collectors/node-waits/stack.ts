// The stack that started a wait, captured cheaply: V8's structured call sites
// (no stack string is formatted), at most MAX_FRAMES frames of user and
// library code, Node's internals and the preload's own frames left out. Equal
// stacks share one site id, so a wait costs one small record.

export interface SiteFrame {
  name: string;
  /** As V8 reports it: a path or a file:// URL; the collector makes paths. */
  file: string;
  line: number;
  column: number;
  /** An `await` boundary: the function is suspended in that await (V8's async stack traces). */
  async?: boolean;
}

export interface SiteTable {
  /** Leaf first. */
  sites: SiteFrame[][];
  byText: Map<string, number>;
}

/** Frames kept per wait: deep enough for a handler -> service -> client chain, cheap to capture. */
export const MAX_FRAMES = 16;
/** Call sites V8 collects before we filter: Node's internals take some of them. */
const RAW_LIMIT = 48;
const OWN_FILES = /[\\/]collectors[\\/](node-waits[\\/]|node-preload\.js)/;

interface CallSiteLike {
  getFunctionName(): string | null;
  getMethodName(): string | null;
  getTypeName(): string | null;
  getFileName(): string | undefined | null;
  getLineNumber(): number | null;
  getColumnNumber(): number | null;
  isAsync?(): boolean;
  isConstructor(): boolean;
}

const structured = (_: Error, sites: CallSiteLike[]) => sites;

function callSites(skip: Function): CallSiteLike[] {
  const saved = Error.prepareStackTrace;
  const limit = Error.stackTraceLimit;
  Error.prepareStackTrace = structured as unknown as typeof Error.prepareStackTrace;
  Error.stackTraceLimit = RAW_LIMIT;
  try {
    const holder: { stack?: unknown } = {};
    Error.captureStackTrace(holder, skip);
    return Array.isArray(holder.stack) ? (holder.stack as CallSiteLike[]) : [];
  } finally {
    Error.prepareStackTrace = saved;
    Error.stackTraceLimit = limit;
  }
}

function frameOf(c: CallSiteLike): SiteFrame | undefined {
  const file = c.getFileName() ?? '';
  if (file === '' || file.startsWith('node:') || OWN_FILES.test(file)) return undefined;
  const name = c.getFunctionName() ?? c.getMethodName() ?? '';
  const frame: SiteFrame = { name: name || '(anonymous)', file, line: c.getLineNumber() ?? 0, column: c.getColumnNumber() ?? 0 };
  if (c.isAsync?.()) frame.async = true;
  return frame;
}

/** The site id of the current stack, above `skip`. */
export function captureSite(table: SiteTable, skip: Function): number {
  const frames: SiteFrame[] = [];
  for (const c of callSites(skip)) {
    const f = frameOf(c);
    if (f) frames.push(f);
    if (frames.length >= MAX_FRAMES) break;
  }
  const text = frames.map((f) => `${f.name}\u0000${f.file}\u0000${f.line}\u0000${f.column}\u0000${f.async ? 1 : 0}`).join('\u0001');
  let id = table.byText.get(text);
  if (id === undefined) {
    id = table.sites.length;
    table.sites.push(frames);
    table.byText.set(text, id);
  }
  return id;
}
