// The `cprofile` profiler: Python's deterministic cProfile (every call timed,
// no sampling), the alternative to the `python` sampler when call counts and
// exact per-function times matter more than low overhead. The target runs
// through the shipped runner (lib/collectors/python/sampler.py --mode
// cprofile) rather than `python3 -m cProfile`, because cProfile writes nothing
// when a server is stopped with SIGTERM; the runner turns SIGTERM into
// SystemExit and then writes the same pstats file `-m cProfile -o` would.

import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ProfilerError } from '../base/errors.js';
import { checkPython, runnerCommand } from './python.js';
import { importFile } from './tool.js';
import type { Collector } from './types.js';

export const cprofileCollector: Collector = {
  name: 'cprofile',
  check: checkPython,
  async prepare(ctx) {
    return { command: runnerCommand(ctx, 'cprofile', join(ctx.workDir, 'out.prof')), env: {} };
  },
  async collect(ctx) {
    const out = join(ctx.workDir, 'out.prof');
    if (!(await stat(out).catch(() => undefined))) {
      throw new ProfilerError('runtime', 'cprofile: no profile written (the target was killed before cProfile could write it)');
    }
    const imported = await importFile(out, 'cprofile');
    return imported.map((p) => ({ ...p, label: p.label ?? p.kind }));
  },
  describe(_ctx, launch) {
    return `cprofile: deterministic cProfile of every call: ${launch.command.join(' ')}`;
  },
};
