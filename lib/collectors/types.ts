// The contract between the run orchestration (lib/collectors/run-scenario.ts: start the
// target, wait until ready, warm up, drive the load, stop everything) and one
// profiler backend (node, pprof, perf, jfr, python, cprofile, jprofiler).
// A backend only says how to launch the target under it and how to turn what
// it recorded into profiles; it never owns the target's lifetime.

import type { Spawn } from '../base/io.js';
import type { ImportedProfile } from '../importers/types.js';
import type { ProfileKind } from '../model/profile.js';

/**
 * perf-collect's exit status when a --run-profile run did not complete (ready
 * timeout, early exit of the target, load failure, target failure) but its
 * records were emitted; perf-profiler still writes the report then.
 */
export const EXIT_CUT_SHORT = 4;

export const PROFILER_NAMES = ['node', 'pprof', 'perf', 'jfr', 'python', 'cprofile', 'jprofiler'] as const;
export type ProfilerName = (typeof PROFILER_NAMES)[number];

export interface ProfilerSettings {
  name: ProfilerName;
  /** Sampling interval in microseconds (node, python). */
  intervalUs?: number;
  /** Sampling frequency in Hz (perf). */
  frequencyHz?: number;
  /** Which kinds to collect where the backend can do several (node: cpu, alloc; pprof: cpu, heap, alloc, lock, block). */
  kinds?: ProfileKind[];
  /** pprof: base URL of a net/http/pprof endpoint, e.g. http://127.0.0.1:6060/debug/pprof. */
  url?: string;
  /** pprof: files the program writes itself (a path or glob relative to cwd). */
  files?: string;
  [setting: string]: unknown;
}

export interface ReadyCheck {
  /** An HTTP URL that answers (any status below 500). */
  http?: string;
  /** A TCP port on 127.0.0.1 (or "host:port") that accepts connections. */
  tcp?: number | string;
  /** A regex matched against the target's stdout/stderr lines. */
  line?: string;
  timeoutMs?: number;
}

export type LoadSpec =
  | {
      kind: 'http';
      url: string;
      /** Paths rotated over url's origin, one request each in turn (all planted routes get load). */
      paths?: string[];
      method?: string;
      headers?: Record<string, string>;
      body?: string;
      connections?: number;
      durationS?: number;
      amount?: number;
      rate?: number;
      /** Per request: no response after this long is a timeout (default 10 s). */
      timeoutMs?: number;
    }
  | { kind: 'command'; command: string[]; cwd?: string; env?: Record<string, string> }
  | { kind: 'none' };

export interface Targets {
  latency_p99_ms?: number;
  throughput_rps?: number;
  wall_time_s?: number;
}

export interface Scenario {
  name: string;
  description?: string;
  /** argv, run without a shell. */
  command: string[];
  cwd?: string;
  env?: Record<string, string>;
  profiler?: ProfilerSettings;
  ready?: ReadyCheck;
  warmupS?: number;
  durationS?: number;
  load: LoadSpec;
  targets?: Targets;
  /** The metric the scenario is judged by (plans, the regression gate); default by load kind. */
  mainMetric?: string;
}

export interface CollectorContext {
  scenario: Scenario;
  settings: ProfilerSettings;
  /** Absolute working directory of the target. */
  cwd: string;
  /** A private temp folder for the profiler's output; removed after the run. */
  workDir: string;
  /** The environment perf-collect was given (its io.env): the base of the target's and of the tools'. */
  env: NodeJS.ProcessEnv;
  /** Aborted on Ctrl-C, timeout or failure: stop waiting and return what exists. */
  signal: AbortSignal;
  /** How a collector starts its tools (perf, jpexport, mkfifo): perf-collect's io.spawn. */
  spawn: Spawn;
  /** The real clock in epoch ms (io.clock), for how long something took and what is newer than the run. */
  clock(): number;
  log(message: string): void;
  /** Something the user should know about the result (becomes a warning diagnostic record). */
  warn?(message: string): void;
}

export interface PreparedLaunch {
  /** The argv to spawn: the scenario command, possibly wrapped (perf record -g -- ...). */
  command: string[];
  /** Environment added to the target's (NODE_OPTIONS, JAVA_TOOL_OPTIONS, ...). */
  env: Record<string, string>;
}

/**
 * What collect() hands back: an imported profile, plus labels for its record
 * (pid, argv, thread...). The record's profileId is `<profiler>-<label>`
 * (label defaults to the kind), made unique within the run.
 */
export interface CollectedProfile extends ImportedProfile {
  labels?: Record<string, string>;
}

/** One reading of a memory series: when (epoch ms, the run's clock) and how many bytes. */
export interface MemoryPoint {
  tMs: number;
  bytes: number;
}

/**
 * Memory over time as one source sees it: `rss` (the process tree, from
 * /proc) or `heap_used` (what the runtime says is allocated on its heap).
 */
export interface MemorySeries {
  stat: 'rss' | 'heap_used';
  /** Where the numbers come from, e.g. "V8 process.memoryUsage() heapUsed+external". */
  source: string;
  points: MemoryPoint[];
  /** Live memory (measured right after a full GC) when the window opened and when it closed, where the runtime can force one. */
  live?: { start: number; end: number; source: string };
}

export interface Collector {
  name: ProfilerName;
  /** Is the tool there and allowed? Throw ProfilerError('tool-missing', ...) saying what to install or change. */
  check(ctx: CollectorContext): Promise<void>;
  /** How to start the target under this profiler. Pure apart from creating files in workDir. */
  prepare(ctx: CollectorContext): Promise<PreparedLaunch>;
  /** The measurement window opens / closes (e.g. start pulling /debug/pprof/profile?seconds=N). */
  onMeasureStart?(ctx: CollectorContext, windowS: number): Promise<void>;
  onMeasureEnd?(ctx: CollectorContext): Promise<void>;
  /** After the target has exited or been stopped: turn what was recorded into profiles. */
  collect(ctx: CollectorContext): Promise<CollectedProfile[]>;
  /** After collect(): the runtime's own heap used over time, where it tells (V8, Go MemStats, JFR). */
  memorySeries?(ctx: CollectorContext): Promise<MemorySeries[]>;
  /** One line for --dry-run: what will be run and injected. */
  describe(ctx: CollectorContext, launch: PreparedLaunch): string;
}
