// Where a command would be found, the way execvp looks it up: a name with a
// slash is a path (relative to the working directory), any other name is
// searched in PATH. Asked before a run starts, so a typo or a missing execute
// bit is a usage error, not a profiler failing on a program that never ran.

import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';

export type Lookup = { found: string } | { missing: string };

function executable(path: string): Lookup {
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch {
    return { missing: 'does not exist' };
  }
  if (!isFile) return { missing: 'is a directory, not a program' };
  try {
    accessSync(path, constants.X_OK);
    return { found: path };
  } catch {
    return { missing: 'is not executable (chmod +x it, or run it through its interpreter)' };
  }
}

export function findExecutable(command: string, cwd: string, pathVariable: string | undefined): Lookup {
  if (command === '') return { missing: 'is an empty program name' };
  if (command.includes('/')) {
    const found = executable(resolve(cwd, command));
    return 'found' in found ? found : { missing: `${found.missing} (looked for ${resolve(cwd, command)})` };
  }
  const dirs = (pathVariable ?? '').split(delimiter);
  let notExecutable: string | undefined;
  for (const dir of dirs) {
    const candidate = resolve(cwd, dir || '.');
    const found = executable(resolve(candidate, command));
    if ('found' in found) return found;
    if (found.missing.startsWith('is not executable')) notExecutable ??= resolve(candidate, command);
  }
  if (notExecutable) return { missing: `is not executable: ${notExecutable} (chmod +x it)` };
  return { missing: `is not a command on PATH (searched ${dirs.filter(Boolean).length} folders)` };
}
