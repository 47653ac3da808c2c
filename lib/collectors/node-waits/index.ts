// The wait profile's entry for the preload: install the hooks once (they do
// nothing until the window opens), then start() and stop() with the window.
// syncBuiltinESMExports makes `import { readFile } from 'node:fs/promises'`
// in the user's ES modules see the wrapped functions too.

import { syncBuiltinESMExports } from 'node:module';
import { installFsHooks } from './hooks-fs.js';
import { installHttpClientHooks, installNetHooks } from './hooks-net.js';
import { installProcessHooks } from './hooks-process.js';
import { WaitRecorder, type RawWaitProfile } from './recorder.js';

export type { RawWaitProfile } from './recorder.js';

export interface WaitProfiler {
  /**
   * Loads what recording needs (the http and https clients, with tls and crypto: some 300 KB of heap), to
   * be called before the window's start-edge heap measurement, so that is not memory the window kept.
   */
  prepare(): void;
  start(): void;
  stop(): RawWaitProfile;
}

export function installWaitProfiler(): WaitProfiler {
  const rec = new WaitRecorder();
  installNetHooks(rec);
  installFsHooks(rec);
  installProcessHooks(rec);
  syncBuiltinESMExports();
  return {
    prepare() {
      installHttpClientHooks(rec);
      syncBuiltinESMExports();
    },
    start: () => rec.start(),
    stop: () => rec.stop(),
  };
}
