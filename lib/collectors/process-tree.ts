// CPU time and peak RSS of the target and every process it starts, read from
// /proc (Linux): every SAMPLE_MS we walk the tree below the target (children
// by ppid, plus anything left in its session) and read stat and status.
// CPU counts each live process's own and reaped children's time
// (utime+stime+cutime+cstime), so a child that exits and is waited for stays
// counted in its parent. Time used after the last sample by a process that
// then exits is lost: at most SAMPLE_MS per process. The tree's resident
// memory (sum of VmRSS) is kept at every sample: the run's memory over time.

import { readFileSync, readdirSync } from 'node:fs';
import type { MemoryPoint } from './types.js';

export const SAMPLE_MS = 200;
/** USER_HZ: the unit of /proc/<pid>/stat times; 100 on every Linux that matters. */
const TICKS_PER_S = 100;

export interface ProcStat {
  pid: number;
  state: string;
  ppid: number;
  session: number;
  userTicks: number;
  systemTicks: number;
}

/** Fields of /proc/<pid>/stat after "pid (comm)" (comm may itself hold spaces and parens): f[0] is the state. */
function statFields(text: string): string[] {
  return text.slice(text.lastIndexOf(')') + 2).split(' ');
}

export function parseStat(text: string): ProcStat | undefined {
  if (!text.includes(')')) return undefined;
  const pid = Number.parseInt(text, 10);
  const f = statFields(text);
  const n = (i: number) => Number(f[i] ?? 0);
  return { pid, state: f[0] ?? '?', ppid: n(1), session: n(3), userTicks: n(11) + n(13), systemTicks: n(12) + n(14) };
}

function readStat(pid: number): ProcStat | undefined {
  try {
    return parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined; // gone between readdir and read
  }
}

/** Resident now (VmRSS) and its high-water mark (VmHWM), in bytes, from one read of status. */
function residentBytes(pid: number): { rss: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return { rss: 0, peak: 0 };
  }
}

/** The target and all its descendants (by ppid) plus orphans left in its session. */
export function processTree(root: number): ProcStat[] {
  let pids: number[];
  try {
    pids = readdirSync('/proc').flatMap((n) => (/^\d+$/.test(n) ? [Number(n)] : []));
  } catch {
    return [];
  }
  const all = pids.map(readStat).filter((s): s is ProcStat => s !== undefined);
  const inTree = new Set<number>([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of all) {
      if (!inTree.has(s.pid) && (inTree.has(s.ppid) || s.session === root)) {
        inTree.add(s.pid);
        grew = true;
      }
    }
  }
  return all.filter((s) => inTree.has(s.pid)).sort((a, b) => a.pid - b.pid);
}

export interface CpuReading {
  userS: number;
  systemS: number;
}

/**
 * CPU of this process's children that have exited and been waited for
 * (cutime/cstime of /proc/self/stat): exact for a target that ran to its end,
 * including every descendant it waited for.
 */
export function reapedChildrenCpu(): CpuReading {
  try {
    const f = statFields(readFileSync('/proc/self/stat', 'utf8'));
    return { userS: Number(f[13] ?? 0) / TICKS_PER_S, systemS: Number(f[14] ?? 0) / TICKS_PER_S };
  } catch {
    return { userS: 0, systemS: 0 };
  }
}

/** The environment variable that marks every process a run starts (inherited by all descendants). */
export const RUN_TAG_VARIABLE = 'PERF_PROFILER_RUN_TAG';

/**
 * Pids whose environment carries `tag`: descendants that left the tree
 * (a daemon in its own session, reparented when its parent died) still have it.
 */
export function taggedPids(tag: string): number[] {
  const needle = `${RUN_TAG_VARIABLE}=${tag}\0`;
  let names: string[];
  try {
    names = readdirSync('/proc').filter((n) => /^\d+$/.test(n));
  } catch {
    return [];
  }
  return names.flatMap((n) => {
    try {
      if (!readFileSync(`/proc/${n}/environ`, 'latin1').includes(needle)) return [];
      return readStat(Number(n))?.state === 'Z' ? [] : [Number(n)];
    } catch {
      return []; // gone, or not ours to read
    }
  });
}

export class TreeSampler {
  private timer?: NodeJS.Timeout;
  private last: CpuReading = { userS: 0, systemS: 0 };
  peakRss = 0;
  /** Resident memory of the whole tree at each sample: the run's memory over time. */
  readonly rss: MemoryPoint[] = [];
  constructor(
    private readonly root: number,
    private readonly tag?: string,
    private readonly now: () => number = Date.now,
  ) {}

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), SAMPLE_MS);
    this.timer.unref();
  }

  /** Read the tree now; returns CPU so far (never less than a previous reading). */
  sample(): CpuReading {
    const tree = processTree(this.root);
    if (tree.length > 0) {
      const userS = tree.reduce((sum, s) => sum + s.userTicks, 0) / TICKS_PER_S;
      const systemS = tree.reduce((sum, s) => sum + s.systemTicks, 0) / TICKS_PER_S;
      this.last = { userS: Math.max(userS, this.last.userS), systemS: Math.max(systemS, this.last.systemS) };
      let rss = 0;
      for (const s of tree) {
        const m = residentBytes(s.pid);
        this.peakRss = Math.max(this.peakRss, m.peak);
        rss += m.rss;
      }
      this.rss.push({ tMs: this.now(), bytes: rss });
    }
    return this.last;
  }

  /** Pids alive in the tree right now, plus any carrying the run's tag, zombies aside (to stop stragglers). */
  pids(): number[] {
    const inTree = processTree(this.root).flatMap((s) => (s.state === 'Z' ? [] : [s.pid]));
    if (!this.tag) return inTree;
    return [...new Set([...inTree, ...taggedPids(this.tag)])].filter((pid) => pid !== process.pid).sort((a, b) => a - b);
  }

  stop(): CpuReading {
    if (this.timer) clearInterval(this.timer);
    return this.sample();
  }
}
