// One error class: a code, an exit status from it, and always one line.
import t from 'tap';
import { EXIT_RUNTIME, EXIT_USAGE, ProfilerError, badInput, oneLine, usage } from '../../lib/base/errors.js';

t.test('exit status by code; an explicit one wins', async (t) => {
  t.same(['usage', 'bad-input', 'bad-record', 'write-refused', 'tool-missing', 'runtime'].map((c) => new ProfilerError(c as never, 'x').exitCode), [EXIT_USAGE, EXIT_USAGE, EXIT_USAGE, EXIT_USAGE, EXIT_RUNTIME, EXIT_RUNTIME]);
  t.equal(new ProfilerError('runtime', 'x', { exitCode: 4 }).exitCode, 4);
});

t.test('messages are one line, whatever they quote; the place comes first', async (t) => {
  t.equal(new ProfilerError('runtime', 'a\n  b\r\nc').message, 'a b c');
  t.match(badInput('in.json:3', 'expected a number'), { code: 'bad-input', message: 'in.json:3: expected a number' });
  t.match(usage('--top must be positive'), { code: 'usage', exitCode: EXIT_USAGE });
  t.equal(oneLine(new Error(' first\n second ')), 'first second');
  t.equal(oneLine('plain'), 'plain');
  const cause = new Error('inner');
  t.equal(new ProfilerError('runtime', 'outer', { cause }).cause, cause);
});
