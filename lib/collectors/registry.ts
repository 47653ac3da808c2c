// Profiler name -> backend. One line per backend in COLLECTORS; the run
// orchestration (run.ts) only ever asks this module.

import { basename } from 'node:path';
import { usage } from '../base/errors.js';
import { nodeCollector } from './node.js';
import { pprofCollector } from './pprof.js';
import { perfCollector } from './perf.js';
import { jfrCollector } from './jfr.js';
import { pythonCollector } from './python.js';
import { cprofileCollector } from './cprofile.js';
import { jprofilerCollector } from './jprofiler.js';
import { PROFILER_NAMES, type Collector, type ProfilerName } from './types.js';

// Backends add themselves here, one import above and one line each below.
export const COLLECTORS: Collector[] = [
  nodeCollector,
  pprofCollector,
  perfCollector,
  jfrCollector,
  pythonCollector,
  cprofileCollector,
  jprofilerCollector,
];

export function isProfilerName(name: string): name is ProfilerName {
  return (PROFILER_NAMES as readonly string[]).includes(name);
}

/** The backend for a profiler name; a usage error naming the choices otherwise. */
export function collectorNamed(name: string): Collector {
  if (!isProfilerName(name)) throw usage(`unknown profiler '${name}'; expected one of: ${PROFILER_NAMES.join(', ')}`);
  const found = COLLECTORS.find((c) => c.name === name);
  if (!found) {
    const available = COLLECTORS.map((c) => c.name).join(', ') || 'none';
    throw usage(`profiler '${name}' is not available in this build; available: ${available}`);
  }
  return found;
}

/**
 * The profiler to use when neither --profiler nor the scenario names one, from
 * the program the command starts: node for node/npm/npx/*.js, python for
 * python, jfr for java, perf for anything else (native code).
 */
export function defaultProfilerFor(command: readonly string[]): ProfilerName {
  const program = basename(command[0] ?? '');
  if (/^(node|nodejs|npm|npx|pnpm|yarn|tsx|ts-node)$/.test(program) || /\.[cm]?js$/.test(program)) return 'node';
  if (/^python(\d+(\.\d+)?)?$/.test(program) || /\.py$/.test(program)) return 'python';
  if (/^(java|mvn|gradle|gradlew)$/.test(program) || /\.jar$/.test(program)) return 'jfr';
  return 'perf';
}
