// The strategies for request waits: each entry usable, every runtime's idiom
// for overlapping and bounding waits.
import { WAIT_STRATEGIES } from '../../../lib/plan/strategies/waits.js';
import t from 'tap';
import { fill, strategyFor } from '../../../lib/plan/strategies.js';
import { checkEntries } from './entries.js';

checkEntries(WAIT_STRATEGIES);

t.test('run concurrently and add a timeout, each in the idiom of Go, Java and Python', async (t) => {
  const idioms: Record<string, RegExp> = { go: /errgroup|context\.WithTimeout/, java: /CompletableFuture|HttpClient/, python: /asyncio/ };
  for (const id of ['run-concurrently', 'add-timeout'] as const) {
    for (const [runtime, idiom] of Object.entries(idioms)) {
      const action = fill(strategyFor(id, runtime as 'go').action, { fn: 'load', at: 'x:1' });
      t.match(action, idiom, `${id} on ${runtime}`);
      t.not(action, fill(WAIT_STRATEGIES[id].action, { fn: 'load', at: 'x:1' }));
    }
  }
});
