// Shared by the decoder fuzz tests. `make fuzz` runs each property 10,000
// times (FUZZ_RUNS); the normal test run uses a small seeded set. Reproduce a
// failure with the seed and path fast-check prints: FUZZ_SEED=<seed> FUZZ_RUNS=... npx tap test/fuzz/<file>.
import fc from 'fast-check';
import { ProfilerError } from '../../lib/base/errors.js';

export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 200);
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261125);
/** A decoder that takes longer than this on one small input counts as a hang. */
export const MAX_MS_PER_INPUT = 2000;

export const fuzzParams = { numRuns: FUZZ_RUNS, seed: FUZZ_SEED, endOnFailure: true } as const;

/** The property every decoder must hold: a result, or one clean bad-input error; quickly. */
export async function endsCleanly(decode: () => unknown): Promise<boolean> {
  const started = performance.now();
  try {
    await decode();
  } catch (err) {
    if (!(err instanceof ProfilerError)) throw new Error(`uncaught ${(err as Error)?.name}: ${(err as Error)?.message}`);
    if (err.exitCode !== 2) throw new Error(`error exits ${err.exitCode}, not 2: ${err.message}`);
    if (err.message.includes('\n')) throw new Error(`error message is not one line: ${err.message}`);
  }
  const ms = performance.now() - started;
  if (ms > MAX_MS_PER_INPUT) throw new Error(`took ${ms.toFixed(0)} ms on one input`);
  return true;
}

/** Real bytes, mutated: truncated, bit-flipped, or with a run of random bytes spliced in. */
export function mutationsOf(original: Uint8Array): fc.Arbitrary<Uint8Array> {
  const n = original.length;
  const truncated = fc.integer({ min: 0, max: n }).map((len) => original.slice(0, len));
  const flipped = fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 8 }).map((flips) => {
    const copy = Uint8Array.from(original); // a Buffer's slice() is a view: flips would pile up in the original
    for (const [at, bit] of flips) copy[at] = copy[at]! ^ (1 << bit);
    return copy;
  });
  const spliced = fc.tuple(fc.integer({ min: 0, max: n }), fc.uint8Array({ minLength: 1, maxLength: 32 })).map(([at, bytes]) => {
    const copy = new Uint8Array(n + bytes.length);
    copy.set(original.subarray(0, at));
    copy.set(bytes, at);
    copy.set(original.subarray(at), at + bytes.length);
    return copy;
  });
  return fc.oneof(truncated, flipped, spliced);
}
