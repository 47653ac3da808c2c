// "The run is CPU-bound (busy 97%)": the clause a verdict leads with, from the
// run-diagnosis diagnostic's structured `bound` (perf-analyze); a recording
// made before the field existed still has the sentence its message opens with.

import { humanPct } from '../base/human.js';
import type { BoundKind, DiagnosticRecord } from '../records/types.js';

const PHRASE: Record<BoundKind, string> = {
  cpu: 'is CPU-bound',
  io: 'waits on I/O',
  lock: 'waits on locks',
  memory: 'is memory-bound',
  idle: 'is mostly idle',
  waiting: 'waits off the CPU (sleeps, channels, conditions)',
  mixed: 'is partly CPU-bound, partly waiting',
  unknown: 'is of unknown boundedness',
};

/** The clause, capitalised, without a final period; undefined when the run has no diagnosis. */
export function boundSentence(diagnosis: DiagnosticRecord | undefined): string | undefined {
  if (!diagnosis) return undefined;
  const b = diagnosis.bound;
  if (b) {
    if (b.kind === 'unknown') return undefined;
    const busy = b.busyPct !== undefined ? ` (busy ${humanPct(b.busyPct)})` : '';
    return `The run ${PHRASE[b.kind]}${busy}`;
  }
  const said = /^(the run is [^:;,.]+)/i.exec(diagnosis.message)?.[1];
  return said && !/unknown/.test(said) ? `${said[0]!.toUpperCase()}${said.slice(1)}` : undefined;
}
