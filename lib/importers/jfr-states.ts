// The thread state of a JFR event, as the pprof sample labels `state`, `call`
// and `target` that every sampler here uses (docs/contracts.md, "Thread
// states"): execution samples are running; socket and file events are io with
// the host:port or path waited on; monitor enter, monitor wait and park are
// lock, except a pool's idle worker parked until a task comes (waiting);
// Thread.sleep is sleeping. A native method sample is whatever its native leaf
// does: a socket or file call is io, sleep is sleeping, park and Object.wait are
// lock, anything else is native code running.

/** What each event type says about the thread, before its stack or fields refine it. */
const STATE_OF_EVENT: Record<string, { state: string; call?: string }> = {
  'jdk.ExecutionSample': { state: 'running' },
  'jdk.SocketRead': { state: 'io', call: 'socket read' },
  'jdk.SocketWrite': { state: 'io', call: 'socket write' },
  'jdk.FileRead': { state: 'io', call: 'file read' },
  'jdk.FileWrite': { state: 'io', call: 'file write' },
  'jdk.JavaMonitorEnter': { state: 'lock', call: 'monitor enter' },
  'jdk.JavaMonitorWait': { state: 'lock', call: 'monitor wait' },
  'jdk.ThreadPark': { state: 'lock', call: 'park' },
  'jdk.ThreadSleep': { state: 'sleeping', call: 'sleep' },
};

/** A parked pool worker waiting for its next task is idle, not contending. */
const IDLE_WORKER = /^java\.util\.concurrent\.(?:ThreadPoolExecutor\.getTask|ForkJoinPool\.awaitWork|ScheduledThreadPoolExecutor\$DelayedWorkQueue\.take)$/;

/** Native leaves, by `Class.method`: what the thread waits in. */
const NATIVE_STATES: [RegExp, string][] = [
  [/^java\.lang\.Thread\.sleep/, 'sleeping'],
  [/^(?:jdk\.internal\.misc\.Unsafe\.park|java\.lang\.Object\.wait)/, 'lock'],
  [/(?:Socket|Net|EPoll|Poll|KQueue|IOUtil|NioSocketImpl|SocketDispatcher|DatagramDispatcher)[\w$]*\.\w+$/, 'io'],
  [/^(?:java\.io\.(?:FileInputStream|FileOutputStream|RandomAccessFile|FileDescriptor|UnixFileSystem)|sun\.nio\.ch\.FileDispatcherImpl|sun\.nio\.fs\.UnixNativeDispatcher)\./, 'io'],
];

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Labels for one event. `frames` are its frames' `Class.method` names, leaf
 * first; `values` its fields (host, port, path).
 */
export function jfrStateLabels(type: string, frames: readonly string[], values: Record<string, unknown>): Record<string, string> | undefined {
  if (type === 'jdk.NativeMethodSample') {
    const leaf = frames[0] ?? '';
    const state = NATIVE_STATES.find(([re]) => re.test(leaf))?.[1] ?? 'running';
    return { state, call: leaf.slice(leaf.lastIndexOf('.') + 1) || leaf };
  }
  const known = STATE_OF_EVENT[type];
  if (!known) return undefined;
  const labels: Record<string, string> = { state: known.state };
  if (known.call) labels.call = known.call;
  if (type === 'jdk.ThreadPark' && frames.some((f) => IDLE_WORKER.test(f))) labels.state = 'waiting';
  const host = stringField(values.host) ?? stringField(values.address);
  const path = stringField(values.path);
  if (host !== undefined) labels.target = typeof values.port === 'number' ? `${host}:${values.port}` : host;
  else if (path !== undefined) labels.target = path;
  return labels;
}
