// The strategies for I/O (async calls, caching reads, batching, buffering,
// pooling, lazy loading): each entry usable, and the event-loop ones only
// where there is an event loop to block.
import { IO_STRATEGIES } from '../../../lib/plan/strategies/io.js';
import t from 'tap';
import { holdsFor } from '../../../lib/plan/strategies.js';
import { checkEntries } from './entries.js';

checkEntries(IO_STRATEGIES);

t.test('async I/O and async crypto only where a synchronous call blocks an event loop', async (t) => {
  t.same((['node', 'go', 'java', 'python', 'native'] as const).filter((r) => holdsFor('async-io', r)), ['node', 'python']);
  t.same((['node', 'go', 'java', 'python', 'native'] as const).filter((r) => holdsFor('async-crypto-zlib', r)), ['node']);
});
