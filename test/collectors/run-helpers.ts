// Shared by the run tests: the demo service as a scenario, a bin started in
// the background, and a /proc check that nothing of a run outlives it.

import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT } from '../helpers.js';
import { freePort } from './backend-run.js';

export const DEMO = join(ROOT, 'examples', 'demo-service');

/** A scenario running the demo service on a free port with a short http load. */
export async function demoScenario(durationS: number): Promise<Record<string, unknown>> {
  const port = await freePort();
  return {
    command: ['node', 'server.js'],
    cwd: DEMO,
    env: { PORT: String(port) },
    profiler: { name: 'node', kinds: ['cpu'] },
    ready: { line: 'listening on', timeoutMs: 10000 },
    warmupS: 1,
    durationS,
    load: { kind: 'http', url: `http://127.0.0.1:${port}`, paths: ['/search?q=oak', '/products', '/report', '/orders'], connections: 4 },
  };
}

/** Pids of live, non-zombie processes in a session (a target is its own session leader). */
export function survivors(session: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if ((Number(name) === session || Number(f[3]) === session) && f[0] !== 'Z') out.push(Number(name));
    } catch {
      // exited meanwhile
    }
  }
  return out;
}

/** Start a bin without waiting; resolves when its stderr matches `until`. */
export function startBin(name: string, args: string[], cwd: string) {
  const child = spawn(process.execPath, [join(BIN, `${name}.js`), ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
  const waitFor = (re: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const check = () => (re.test(stderr) ? resolve() : undefined);
      child.stderr.on('data', check);
      child.on('close', () => reject(new Error(`exited before stderr matched ${re}: ${stderr}`)));
      check();
    });
  return { child, done, waitFor };
}
