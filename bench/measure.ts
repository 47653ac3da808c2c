// Measure a command as a whole process: wall time, CPU time (user + system)
// and peak RSS, via GNU time. Median of N runs, with min and max.

import { spawnSync } from 'node:child_process';

export interface Sample {
  wallS: number;
  cpuS: number;
  rssMB: number;
}

export interface Measurement {
  label: string;
  command: string;
  runs: number;
  wallS: Stat;
  cpuS: Stat;
  rssMB: Stat;
  ok: boolean;
  error?: string;
}

export interface Stat {
  median: number;
  min: number;
  max: number;
}

function stat(values: number[]): Stat {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median: round(median), min: round(sorted[0]!), max: round(sorted[sorted.length - 1]!) };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Run `command` (a shell line; stdout should be redirected by the caller) once. */
export function runOnce(command: string, env: NodeJS.ProcessEnv = process.env): Sample {
  const r = spawnSync('/usr/bin/time', ['-f', '@@%e %U %S %M', 'bash', '-o', 'pipefail', '-c', command], { env, encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = r.stderr.split('\n').reverse().find((l) => l.startsWith('@@'));
  if (r.status !== 0 || !line) throw new Error(`'${command}' failed (${r.status}): ${r.stderr.split('\n').filter((l) => !l.startsWith('@@')).slice(-3).join(' ')}`);
  const [wall, user, sys, rssKB] = line.slice(2).split(' ').map(Number) as [number, number, number, number];
  return { wallS: wall, cpuS: user + sys, rssMB: rssKB / 1024 };
}

function summarise(label: string, command: string, samples: Sample[], error?: string): Measurement {
  if (error !== undefined) {
    const zero = { median: 0, min: 0, max: 0 };
    return { label, command, runs: samples.length, wallS: zero, cpuS: zero, rssMB: zero, ok: false, error };
  }
  return {
    label,
    command,
    runs: samples.length,
    wallS: stat(samples.map((s) => s.wallS)),
    cpuS: stat(samples.map((s) => s.cpuS)),
    rssMB: stat(samples.map((s) => s.rssMB)),
    ok: true,
  };
}

/** Runs each command `runs` times, taking turns (a, b, a, b, ...), so a change in the machine's load falls on both sides alike. */
export function measureInTurns(commands: { label: string; command: string }[], runs: number, env?: NodeJS.ProcessEnv): Measurement[] {
  const samples: Sample[][] = commands.map(() => []);
  const errors: (string | undefined)[] = commands.map(() => undefined);
  for (let i = 0; i < runs; i++) {
    commands.forEach((c, k) => {
      if (errors[k] !== undefined) return;
      try {
        samples[k]!.push(runOnce(c.command, env));
      } catch (err) {
        errors[k] = (err as Error).message;
      }
    });
  }
  return commands.map((c, k) => summarise(c.label, c.command, samples[k]!, errors[k]));
}

export function measure(label: string, command: string, runs: number, env?: NodeJS.ProcessEnv): Measurement {
  return measureInTurns([{ label, command }], runs, env)[0]!;
}
