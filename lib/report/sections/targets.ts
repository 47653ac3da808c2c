// The scenario's targets, met or missed (lib/report/targets.ts), right under the verdict.

import { mdTable } from '../../base/format.js';
import type { RunContents } from '../run-contents.js';
import { targetRows } from '../targets.js';

export function targetsSection(c: RunContents): string {
  const rows = targetRows(c);
  if (rows.length === 0) return '';
  const status = { met: 'met', missed: 'NOT met', 'not measured': 'not measured' } as const;
  return `## Targets\n\n${mdTable(['target', 'wanted', 'measured', 'status'], rows.map((r) => [r.label, r.wanted, r.measured ?? '\u2014', status[r.status]]))}`;
}
