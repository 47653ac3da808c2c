// The request context carried by promises (lib/collectors/node-waits/context.ts),
// on real promises, timers and callbacks: code after an await knows its
// request however deep the calls; two requests in flight at once never see
// each other's context, not even through a promise one made and the other
// awaits; callbacks no promise carries have no context unless bound; and a
// context never outlives the run it was entered in.
import { setImmediate as immediate } from 'node:timers/promises';
import t from 'tap';
import { PromiseContext } from '../../../lib/collectors/node-waits/context.js';

interface Req {
  id: number;
}

const tick = (ms = 1) => new Promise((resolve) => setTimeout(resolve, ms));

/** A handler as a server would call it: entered synchronously, then async all the way down. */
function serve(contexts: PromiseContext<Req>, req: Req, body: () => Promise<unknown>): Promise<unknown> {
  contexts.enter(req);
  return body();
}

t.test('code after awaits, in nested calls and in Promise.all, runs in its request', async (t) => {
  const contexts = new PromiseContext<Req>();
  contexts.enable();
  t.teardown(() => contexts.disable());
  const seen: (number | undefined)[] = [];
  const item = async (ms: number) => {
    await tick(ms);
    seen.push(contexts.current?.id);
    return ms;
  };
  const handler = async () => {
    seen.push(contexts.current?.id);
    for (const ms of [2, 1]) await item(ms);
    await Promise.all([item(1), item(3)]);
    await tick(1).then(() => seen.push(contexts.current?.id));
    seen.push(contexts.current?.id);
  };
  await serve(contexts, { id: 7 }, handler);
  t.same(seen, [7, 7, 7, 7, 7, 7, 7]);
});

t.test('two requests in flight at once, one awaiting a promise the other made: each sees its own', async (t) => {
  const contexts = new PromiseContext<Req>();
  contexts.enable();
  t.teardown(() => contexts.disable());
  let shared: Promise<number> | undefined;
  const seen: [string, number | undefined][] = [];
  const a = serve(contexts, { id: 1 }, async () => {
    shared = tick(5).then(() => 42);
    await shared;
    seen.push(['a', contexts.current?.id]);
  });
  const b = serve(contexts, { id: 2 }, async () => {
    await tick(1);
    await shared;
    seen.push(['b', contexts.current?.id]);
    await tick(1);
    seen.push(['b', contexts.current?.id]);
  });
  await Promise.all([a, b]);
  t.same(seen.sort(), [['a', 1], ['b', 2], ['b', 2]]);
});

t.test('a context ends with the synchronous run it was entered in; bound callbacks keep it', async (t) => {
  const contexts = new PromiseContext<Req>();
  contexts.enable();
  t.teardown(() => contexts.disable());
  const seen: Record<string, number | undefined> = {};
  // A run of its own, as a server's request event is: entered there, then left to callbacks and promises.
  await new Promise<void>((done) =>
    setImmediate(() => {
      contexts.enter({ id: 3 });
      seen['run'] = contexts.current?.id;
      const bound = contexts.bind(() => (seen['bound'] = contexts.current?.id));
      setTimeout(() => {
        seen['timer'] = contexts.current?.id;
        bound();
        seen['afterBound'] = contexts.current?.id;
        done();
      }, 1);
    }),
  );
  await immediate();
  t.same(seen, { run: 3, bound: 3, timer: undefined, afterBound: undefined }, 'a timer no promise carries has no context (not a stale one); a bound callback has its own, restored after');
  t.equal(contexts.current, undefined, 'nothing is current between runs');
});

t.test('promises made before the hooks or after disable() carry nothing', async (t) => {
  const contexts = new PromiseContext<Req>();
  const early = tick(2);
  contexts.enable();
  let afterEarly: Req | undefined = { id: -1 };
  await serve(contexts, { id: 4 }, async () => {
    await Promise.resolve();
    contexts.disable();
    await early;
    afterEarly = contexts.current;
  });
  t.equal(afterEarly, undefined, 'after disable() no reaction restores a context');
  contexts.enter({ id: 5 });
  t.equal(contexts.current, undefined, 'enter() does nothing while disabled');
});
