// The package's own name and version, read once from package.json.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const candidates = [join(here, '../../../package.json'), join(here, '../../package.json')];

function readPackage(): { name: string; version: string } {
  for (const path of candidates) {
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as { name: string; version: string };
    } catch {
      // try the next layout (dist/lib/base or lib/base)
    }
  }
  return { name: 'perf-profiler', version: '0.0.0' };
}

export const PACKAGE = readPackage();
