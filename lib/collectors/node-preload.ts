// Loaded into every Node process of a profiled run through
// NODE_OPTIONS=--import=<this file>, so `npm start`, npx, test runners and
// their child processes are all covered. It starts V8's CPU profiler (and heap
// sampling, heap used over the window from node-memory/, and the wait
// recorder of node-waits/) when the run's `start` file appears in
// PERF_NODE_PROF_DIR, stops when `stop` appears or the process exits, and
// writes <pid>.cpuprofile / .heapprofile / .memory.json / .waits.json there. Start/stop by file rather than by signal: a signal
// would kill the non-Node processes (sh, npm's children) of the same tree.
// Everything here is synchronous on purpose: the inspector answers a session
// on the main thread synchronously, so this also works inside 'exit'.

import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import type { WaitProfiler } from './node-waits/index.js';
import { memoryRecorder } from './node-memory/recorder.js';
import { nameCollectedScripts } from './node-memory/script-names.js';

const dir = process.env.PERF_NODE_PROF_DIR;
const POLL_MS = 50;

function post(session: Session, method: string, params?: object): Record<string, unknown> {
  let result: Record<string, unknown> | undefined;
  let failure: Error | null = null;
  session.post(method, params ?? {}, (err, res) => {
    failure = err;
    result = res as Record<string, unknown>;
  });
  if (failure) throw failure;
  if (result === undefined) throw new Error(`${method}: the inspector did not answer synchronously`);
  return result;
}

/** Write whole-or-nothing: the collector never reads a half-written profile. */
function writeAtomically(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

/**
 * Stop the wait recorder and write what it kept, in a frame of its own. Done inline in stop(), the
 * profile and its JSON text stayed in that frame's interpreter registers while the end-edge GC ran, so
 * no GC could free them: on the node-waits fixture 4.7 KB a request counted as the program's live heap
 * (heap snapshots at both edges); now a constant 0.6 MB, the code V8 optimised in the window.
 */
function writeWaits(waits: WaitProfiler, path: string): void {
  writeAtomically(path, JSON.stringify(waits.stop()));
}

function install(dir: string): void {
  const kinds = new Set((process.env.PERF_NODE_PROF_KINDS ?? 'cpu').split(','));
  const intervalUs = Number(process.env.PERF_NODE_PROF_INTERVAL_US ?? '1000');
  const base = join(dir, String(process.pid));
  let state: 'waiting' | 'profiling' | 'done' = 'waiting';
  let session: Session | undefined;
  const memory = memoryRecorder(kinds, post);
  // Installed now, before the user's modules bind fs, timers and fetch; records only inside the window.
  // Loaded only when asked for, and after the program's first tick: its modules cost start-up time
  // a ready check may be counting. The hooks are in place long before the window opens.
  let waits: WaitProfiler | undefined;
  if (kinds.has('wall')) {
    setTimeout(() => void import('./node-waits/index.js').then((m) => (waits = m.installWaitProfiler())), 0).unref();
  }

  const start = () => {
    state = 'profiling';
    session = new Session();
    session.connect();
    writeAtomically(`${base}.json`, JSON.stringify({ pid: process.pid, ppid: process.ppid, argv: process.argv }));
    if (kinds.has('cpu')) {
      post(session, 'Profiler.enable');
      post(session, 'Profiler.setSamplingInterval', { interval: intervalUs });
      post(session, 'Profiler.start');
    }
    waits?.prepare();
    memory.start(session);
    waits?.start();
  };

  const stop = () => {
    if (state !== 'profiling' || !session) return;
    state = 'done';
    // The live heap at the window's end is measured (memory.stop, after a full GC) before any of our own
    // results is on the heap: the wait recorder's timelines (some 3 KB a request) and V8's CPU profile as a
    // JS object were counted as the program's memory kept over the window, a leak finding on a service
    // that keeps nothing. The waits are written and dropped first; the CPU profile is taken after.
    if (waits) writeWaits(waits, `${base}.waits.json`);
    const { raw, heapProfile } = memory.stop(session);
    const cpuProfile = kinds.has('cpu') ? post(session, 'Profiler.stop').profile : undefined;
    if (cpuProfile) writeAtomically(`${base}.cpuprofile`, JSON.stringify(cpuProfile));
    nameCollectedScripts(heapProfile as Parameters<typeof nameCollectedScripts>[0], cpuProfile as Parameters<typeof nameCollectedScripts>[1]);
    if (heapProfile) writeAtomically(`${base}.${raw.sampling === 'heap' ? 'live.heapprofile' : 'heapprofile'}`, JSON.stringify(heapProfile));
    writeAtomically(`${base}.memory.json`, JSON.stringify(raw));
    session.disconnect();
    writeFileSync(`${base}.done`, '');
  };

  const poll = () => {
    if (state === 'waiting' && existsSync(join(dir, 'start'))) start();
    if (state === 'profiling' && existsSync(join(dir, 'stop'))) stop();
    if (state === 'done') clearInterval(timer);
  };
  const timer = setInterval(poll, POLL_MS);
  timer.unref(); // never keep the program alive
  process.on('exit', stop);
  if (!existsSync(join(dir, 'stop'))) poll();
}

if (dir && isMainThread) {
  try {
    install(dir);
  } catch (err) {
    process.stderr.write(`perf-profiler preload: ${(err as Error).message}\n`);
  }
}
