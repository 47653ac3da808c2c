// The clause a verdict leads with: from the run-diagnosis' structured bound,
// or, for a recording made before the field, from its message.
import t from 'tap';
import { boundSentence } from '../../lib/report/bound.js';
import type { DiagnosticRecord } from '../../lib/records/types.js';

const diagnosis = (extra: Partial<DiagnosticRecord>): DiagnosticRecord => ({ type: 'diagnostic', v: 1, level: 'info', code: 'run-diagnosis', stage: 'perf-analyze', message: 'the run is CPU-bound: x', ...extra });

t.test('from the field: each kind in words, with the busy share', async (t) => {
  t.equal(boundSentence(diagnosis({ bound: { kind: 'cpu', busyPct: 97.29, evidence: 'e' } })), 'The run is CPU-bound (busy 97.3%)');
  t.equal(boundSentence(diagnosis({ bound: { kind: 'io', busyPct: 40, evidence: 'e' } })), 'The run waits on I/O (busy 40%)');
  t.equal(boundSentence(diagnosis({ bound: { kind: 'lock', evidence: 'e' } })), 'The run waits on locks');
  t.equal(boundSentence(diagnosis({ bound: { kind: 'idle', busyPct: 3, evidence: 'e' } })), 'The run is mostly idle (busy 3%)');
  t.equal(boundSentence(diagnosis({ bound: { kind: 'unknown', evidence: 'e' } })), undefined, 'nothing to say');
});

t.test('an older recording: the message', async (t) => {
  t.equal(boundSentence(diagnosis({})), 'The run is CPU-bound');
  t.equal(boundSentence(diagnosis({ message: 'the run is of unknown boundedness: no idle samples' })), undefined);
  t.equal(boundSentence(undefined), undefined);
});
