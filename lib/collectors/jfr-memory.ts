// Memory over the window for the JVMs of a jfr run. When the window opens
// and when it closes, each JVM is asked for a full GC (`jcmd <pid> GC.run`),
// so Flight Recorder's GC heap summaries give the live heap at both edges;
// at the close the recording is dumped with paths to GC roots (`JFR.dump
// path-to-gc-roots=true`), which writes the OldObjectSample events: sampled
// objects still alive, with their allocation stacks and what holds them.
// Those allocated inside the window make the retention profile (kind heap,
// counted in sampled objects); the heap used after each GC is the heap series.

import { readFileSync, readdirSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { oneLine } from '../base/errors.js';
import { withTool } from '../importers/external-tool.js';
import { jsonArrayItems } from '../importers/json-items.js';
import { ProfileBuilder } from '../model/builder.js';
import type { CollectedProfile, CollectorContext, MemoryPoint, MemorySeries } from './types.js';

const JCMD_TIMEOUT_MS = 30_000;
export const RECORDING_NAME = 'perf-profiler';
const EVENTS = 'jdk.OldObjectSample,jdk.GCHeapSummary';

interface WindowState {
  pids: number[];
  jcmd: string;
  /** Epoch ms just before the GC asked for at each edge. */
  startGcMs?: number;
  endGcMs?: number;
}
const windows = new Map<string, WindowState>();

/** JVMs of this run: their environment names our recording file (every JVM reads JAVA_TOOL_OPTIONS). */
export function jvmPids(recording: string): number[] {
  const needle = `filename=${recording},`;
  let names: string[];
  try {
    names = readdirSync('/proc').filter((n) => /^\d+$/.test(n));
  } catch {
    return [];
  }
  return names
    .filter((n) => {
      try {
        return readFileSync(`/proc/${n}/environ`, 'latin1').includes(needle);
      } catch {
        return false;
      }
    })
    .map(Number)
    .sort((a, b) => a - b);
}

async function jcmd(ctx: CollectorContext, state: WindowState, pid: number, args: string[]): Promise<void> {
  try {
    await ctx.spawn(state.jcmd, [String(pid), ...args], { timeout: JCMD_TIMEOUT_MS, env: ctx.env, extendEnv: false, stdin: 'ignore' });
  } catch (err) {
    ctx.log(`jfr: jcmd ${pid} ${args[0]} failed (${oneLine(err)})`);
  }
}

export async function onJfrWindowStart(ctx: CollectorContext, recording: string, jcmdPath: string | undefined): Promise<void> {
  if (!jcmdPath) return;
  const state: WindowState = { pids: jvmPids(recording), jcmd: jcmdPath };
  windows.set(ctx.workDir, state);
  state.startGcMs = ctx.clock();
  for (const pid of state.pids) await jcmd(ctx, state, pid, ['GC.run']);
}

export async function onJfrWindowEnd(ctx: CollectorContext): Promise<void> {
  const state = windows.get(ctx.workDir);
  if (!state) return;
  state.endGcMs = ctx.clock();
  for (const pid of state.pids) {
    await jcmd(ctx, state, pid, ['GC.run']);
    await jcmd(ctx, state, pid, ['JFR.dump', `name=${RECORDING_NAME}`, `filename=${dumpPath(ctx, pid)}`, 'path-to-gc-roots=true']);
  }
}

const dumpPath = (ctx: CollectorContext, pid: number) => join(ctx.workDir, `window-${pid}.jfr`);

interface JfrFrame {
  method?: { type?: { name?: string }; name?: string };
  lineNumber?: number;
}
interface OldObject {
  type?: { name?: string };
  description?: string | null;
  referrer?: { field?: { name?: string } | null; object?: OldObject | null } | null;
}
interface MemoryEvent {
  type?: string;
  values?: {
    startTime?: string;
    allocationTime?: string;
    when?: string;
    heapUsed?: number;
    stackTrace?: { frames?: JfrFrame[] } | null;
    object?: OldObject | null;
    root?: { system?: string | null; type?: string | null } | null;
  };
}

const PRIMITIVES: Record<string, string> = { B: 'byte', C: 'char', D: 'double', F: 'float', I: 'int', J: 'long', S: 'short', Z: 'boolean' };

/** A JVM type name as Java writes it: java/util/HashMap -> java.util.HashMap, [B -> byte[], [Ljava/lang/Object; -> java.lang.Object[]. */
export function javaName(internal: string): string {
  const dims = /^\[*/.exec(internal)![0].length;
  if (dims === 0) return internal.replace(/\//g, '.');
  const element = internal.slice(dims);
  const base = element.startsWith('L') && element.endsWith(';') ? element.slice(1, -1).replace(/\//g, '.') : (PRIMITIVES[element] ?? element);
  return `${base}${'[]'.repeat(dims)}`;
}

/** What holds a sampled object, innermost first: `byte[] <- HashMap$Node.value <- HashMap.table`. */
export function referrerChain(object: OldObject | null | undefined, depth = 4): string {
  const parts: string[] = [];
  for (let o = object, field: string | undefined; o && parts.length < depth; ) {
    parts.push(`${javaName(o.type?.name ?? '?')}${field ? `.${field}` : ''}`);
    field = o.referrer?.field?.name ?? undefined;
    o = o.referrer?.object ?? undefined;
  }
  return parts.join(' <- ');
}

export interface JfrMemory {
  retention?: CollectedProfile;
  series: MemorySeries[];
}

/** Read the window's dumps: retention from objects allocated after the window opened, the heap after each GC. */
export async function readJfrMemory(ctx: CollectorContext, jfrTool: string, windowStartMs: number | undefined): Promise<JfrMemory> {
  const state = windows.get(ctx.workDir);
  windows.delete(ctx.workDir);
  if (!state) return { series: [] };
  const builder = new ProfileBuilder({ sampleTypes: [{ type: 'inuse_objects', unit: 'count' }], defaultSampleIndex: 0 });
  const points: MemoryPoint[] = [];
  const from = windowStartMs ?? state.startGcMs ?? 0;
  for (const pid of state.pids) {
    const path = dumpPath(ctx, pid);
    if (!(await stat(path).catch(() => undefined))) continue;
    await withTool({ command: jfrTool, install: 'a JDK 11 or newer' }, ['print', '--json', '--stack-depth', '64', '--events', EVENTS, path], { forWhat: 'the window dump', where: path }, async (stdout) => {
      for await (const item of jsonArrayItems(stdout, path, [['recording', 'events']], 'a `jfr print --json` export')) {
        const e = item.value as MemoryEvent;
        const v = e.values ?? {};
        if (e.type === 'jdk.GCHeapSummary' && v.when === 'After GC' && typeof v.heapUsed === 'number' && v.startTime) {
          points.push({ tMs: Date.parse(v.startTime), bytes: v.heapUsed });
        } else if (e.type === 'jdk.OldObjectSample' && v.allocationTime && Date.parse(v.allocationTime) >= from) {
          const frames = (v.stackTrace?.frames ?? []).map((f) => {
            const cls = javaName(f.method?.type?.name ?? '');
            const line = typeof f.lineNumber === 'number' && f.lineNumber > 0 ? f.lineNumber : 0;
            return builder.frameId({ name: cls ? `${cls}.${f.method?.name ?? '?'}` : (f.method?.name ?? '(no stack trace)'), file: cls, line, column: 0 });
          });
          if (frames.length === 0) frames.push(builder.frameId({ name: '(no stack trace)', file: '', line: 0, column: 0 }));
          const labels: Record<string, string> = { pid: String(pid) };
          const root = [v.root?.system, v.root?.type].filter((x) => x && x !== '<unknown>').join(' ');
          if (root) labels['root'] = root;
          const chain = referrerChain(v.object);
          if (chain) labels['heldBy'] = chain;
          builder.addSample(frames, [1], labels);
        }
      }
    });
  }
  points.sort((a, b) => a.tMs - b.tMs);
  const afterGc = (t: number | undefined) => (t === undefined ? undefined : points.find((p) => p.tMs >= t));
  const [liveStart, liveEnd] = [afterGc(state.startGcMs), afterGc(state.endGcMs)];
  const live = liveStart && liveEnd && liveEnd !== liveStart ? { live: { start: liveStart.bytes, end: liveEnd.bytes, source: 'JFR heap used after a full GC (jcmd GC.run) at each edge of the window' } } : {};
  const series: MemorySeries[] = points.length > 0 ? [{ stat: 'heap_used', source: 'JFR jdk.GCHeapSummary heapUsed after each GC', points, ...live }] : [];
  const profile = builder.build();
  if (profile.samples.length === 0) return { series };
  profile.comments.push('retention: JFR OldObjectSample events (sampled objects still alive at the window end) allocated inside the window, with the path to their GC root as labels');
  return { series, retention: { kind: 'heap', sourceFormat: 'jfr', label: 'heap', profile } };
}
