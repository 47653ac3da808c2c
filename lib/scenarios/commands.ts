// Every program a scenario would start (its command, a command load's driver)
// must exist and be executable before anything starts: otherwise the
// profiler launches, fails on a program that never ran, and the run looks like
// a profiler failure with a report of nothing (issue 18).

import { resolve } from 'node:path';
import { badInput, usage } from '../base/errors.js';
import { findExecutable } from '../base/find-executable.js';
import { jsonPath } from './json-text.js';
import type { ResolvedScenario } from './load.js';

/** Throws a usage error (exit 2) naming the program, where it was given, and why it cannot run. */
export function checkCommands(resolved: ResolvedScenario, env: NodeJS.ProcessEnv): void {
  const { scenario, file, cwd } = resolved;
  const path = { ...env, ...scenario.env }.PATH;
  const escape = (name: string) => name.replace(/~/g, '~0').replace(/\//g, '~1');
  const checks: { argv0: string; cwd: string; where: string }[] = [
    { argv0: scenario.command[0] ?? '', cwd, where: jsonPath(`/scenarios/${escape(scenario.name)}/command/0`) },
  ];
  if (scenario.load.kind === 'command') {
    const loadCwd = resolve(cwd, scenario.load.cwd ?? '.');
    checks.push({ argv0: scenario.load.command[0] ?? '', cwd: loadCwd, where: jsonPath(`/scenarios/${escape(scenario.name)}/load/command/0`) });
  }
  for (const { argv0, cwd: dir, where } of checks) {
    const lookup = findExecutable(argv0, dir, path);
    if ('found' in lookup) continue;
    if (!file) throw usage(`-- ${argv0}: '${argv0}' ${lookup.missing}; nothing was started`);
    throw badInput(file, `${where}: '${argv0}' ${lookup.missing}; nothing was started`);
  }
}
