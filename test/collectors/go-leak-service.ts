// The real Go leak service (test/fixtures/programs/go-leak, net/http/pprof on
// the same address) built and started for the pprof memory and goroutine
// collector tests; stopped when the test ends.

import { join } from 'node:path';
import { execa } from 'execa';
import type { Test } from 'tap';
import type { CollectorContext } from '../../lib/collectors/types.js';
import { FIXTURES, hasCommand, tempRoot } from '../helpers.js';
import { build } from './backend-run.js';

export const noGo: string | false = hasCommand('go') ? false : 'go is not installed (Debian: golang-go)';

export interface GoService {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The net/http/pprof endpoint, http://127.0.0.1:PORT/debug/pprof */
  pprof: URL;
  /** `count` requests, `parallel` at a time; each keeps one payload in leak mode. */
  load(count: number, parallel?: number): Promise<void>;
}

export async function goLeakService(t: Test, mode: 'leak' | 'bounded' | 'churn' = 'leak'): Promise<GoService> {
  const binary = join(tempRoot('go-leak-'), 'goleak');
  build('go', ['build', '-o', binary, '.'], join(FIXTURES, 'programs', 'go-leak'), { GOFLAGS: '-mod=mod' });
  const service = execa(binary, ['-addr', '127.0.0.1:0', '-mode', mode], { reject: false, stdin: 'ignore', stderr: 'ignore' });
  t.teardown(() => {
    service.kill('SIGKILL');
  });
  // Its one line says where it listens (an ephemeral port).
  const address = await new Promise<string>((resolve, reject) => {
    let seen = '';
    service.stdout!.on('data', (chunk: Buffer) => {
      seen += String(chunk);
      const m = /^listening on (\S+)$/m.exec(seen);
      if (m) resolve(m[1]!);
    });
    service.once('exit', () => reject(new Error(`the go-leak service exited before it listened: ${seen}`)));
  });
  const origin = `http://${address}`;
  const load = async (count: number, parallel = 4) => {
    let next = 0;
    const worker = async () => {
      while (next < count) {
        next++;
        await (await fetch(`${origin}/`)).arrayBuffer();
      }
    };
    await Promise.all(Array.from({ length: parallel }, worker));
  };
  return { origin, pprof: new URL(`${origin}/debug/pprof`), load };
}

/** A collector context in a fresh work folder, with the clock given. */
export function goContext(clock: () => number): { ctx: CollectorContext; logs: string[] } {
  const logs: string[] = [];
  const workDir = tempRoot('go-ctx-');
  const ctx: CollectorContext = {
    scenario: { name: 'go', command: ['goleak'], load: { kind: 'none' } },
    settings: { name: 'pprof' },
    cwd: workDir,
    workDir,
    env: process.env,
    signal: new AbortController().signal,
    spawn: execa,
    clock,
    log: (m) => logs.push(m),
  };
  return { ctx, logs };
}
