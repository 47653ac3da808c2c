// Which request a wait is made for, carried by promises alone. The server's
// request handler runs with the request as the current context; every promise
// created then (an async function's, an await's, a then()'s) remembers it, and
// its reactions run in it again: so code after an `await`, however far down
// the handler's calls, still knows its request.
//
// Why not AsyncLocalStorage: in Node 20 it rides on async_hooks, which pays
// for every async resource (each process.nextTick, timer, socket callback),
// not only promises; it was half the wait recorder's cost. It also tied a
// context to the keep-alive socket a request first used, so a later request's
// reactions ran in an earlier one's context. Here nothing but promises carries
// a context, and a promise made outside any request carries none: a context is
// either right or missing, never stale.
//
// Callbacks that no promise carries (an EventEmitter's, a callback-style fs
// call's) run with no context, unless a hook binds them (bind()).

import { promiseHooks } from 'node:v8';

const CONTEXT = Symbol('perf-profiler request context');

type Carrier<T> = { [CONTEXT]?: T };

export class PromiseContext<T extends object> {
  /** The context of the code running now, if any. */
  current: T | undefined;
  /** The contexts to restore after the reactions running now. */
  private readonly saved: (T | undefined)[] = [];
  private stopHooks: (() => void) | undefined;

  private readonly init = (promise: Promise<unknown>): void => {
    if (this.current !== undefined) (promise as Carrier<T>)[CONTEXT] = this.current;
  };

  private readonly before = (promise: Promise<unknown>): void => {
    this.saved.push(this.current);
    this.current = (promise as Carrier<T>)[CONTEXT];
  };

  private readonly after = (): void => {
    this.current = this.saved.pop();
  };

  /** Ends a context entered with enter(): runs as the first microtask after the synchronous run it was entered in. */
  private readonly leave = (): void => {
    this.current = undefined;
  };

  enable(): void {
    if (this.stopHooks) return;
    this.stopHooks = promiseHooks.createHook({ init: this.init, before: this.before, after: this.after }) as () => void;
  }

  /** Stops carrying contexts; promises made before keep theirs but nothing reads them again. */
  disable(): void {
    this.stopHooks?.();
    this.stopHooks = undefined;
    this.current = undefined;
    this.saved.length = 0;
  }

  /**
   * The rest of this synchronous run (a request handler called by the server) is in `ctx`, and so is every
   * promise it makes. The context ends with the run: its reactions come back to it through their promises.
   */
  enter(ctx: T): void {
    if (!this.stopHooks) return;
    this.current = ctx;
    queueMicrotask(this.leave);
  }

  /** `fn`, to run in the context current now (a callback that no promise will carry). */
  bind<A extends unknown[], R>(fn: (this: unknown, ...args: A) => R): (this: unknown, ...args: A) => R {
    const ctx = this.current;
    if (ctx === undefined) return fn;
    const contexts = this;
    return function inContext(this: unknown, ...args: A): R {
      const outer = contexts.current;
      contexts.current = ctx;
      try {
        return fn.apply(this, args);
      } finally {
        contexts.current = outer;
      }
    };
  }
}
