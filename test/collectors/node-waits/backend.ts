// The node-waits fixture's backend, started by a test so it stays outside the
// profiled process tree, as a remote service would (the service talks to it
// through BACKEND_PORT instead of forking one).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { FIXTURES } from '../../helpers.js';

export const PROGRAM = join(FIXTURES, 'programs', 'node-waits');

/** Starts backend.js; resolves to its port. `teardown` gets the function that stops it. */
export async function startBackend(teardown: (stop: () => void) => void): Promise<number> {
  const child = spawn(process.execPath, [join(PROGRAM, 'backend.js')], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_OPTIONS: '' } });
  teardown(() => child.kill());
  const [line] = (await once(child.stdout, 'data')) as [Buffer];
  return Number(/listening on (\d+)/.exec(line.toString())![1]);
}
