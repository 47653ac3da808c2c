// Feeds fuzzed bytes to an importer the way the registry does: the head, the
// whole buffer, and a fresh stream (the line-reading importers call open()).
// Every profile that comes back must also pass the model's invariant check.
import { Readable } from 'node:stream';
import fc from 'fast-check';
import type { Importer } from '../../lib/importers/types.js';
import { DEFAULT_LIMITS, HEAD_BYTES } from '../../lib/importers/types.js';
import { checkProfile } from '../../lib/model/check.js';

export const FUZZ_LIMITS = { ...DEFAULT_LIMITS, maxDecompressedBytes: 1 << 20, maxStackDepth: 1000, maxSamples: 100_000 };

export const viaImporter = (importer: Importer, name: string) => (bytes: Uint8Array | string) => async () => {
  const data = Buffer.from(bytes);
  const source = { name, head: data.subarray(0, HEAD_BYTES), readAll: async () => data, open: () => Readable.from([data]) };
  for (const imported of await importer.parse(source, FUZZ_LIMITS)) checkProfile(imported.profile, name, FUZZ_LIMITS);
};

/** Values of the wrong type, sign or size, to put where a decoder expects something else. */
const HOSTILE = [null, true, 0, -1, 1.5, 2 ** 53, -(2 ** 31), 1e308, '', 'x', 'PT-1S', [], [null], [-1], {}, { id: 0 }];

/** Every path into a JSON value, the value itself first, in document order. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

/** A real document with one to three of its values replaced by hostile ones, or deleted, or a node repeated. */
export function jsonMutationsOf(doc: unknown): fc.Arbitrary<string> {
  const paths = pathsOf(doc).slice(1);
  const edit = fc.tuple(fc.integer({ min: 0, max: paths.length - 1 }), fc.oneof(fc.constantFrom(...HOSTILE), fc.constant(DELETE), fc.constant(REPEAT)));
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => {
    const copy = structuredClone(doc) as Record<string | number, unknown>;
    for (const [at, value] of edits) {
      const path = paths[at]!;
      let parent: Record<string | number, unknown> | undefined = copy;
      for (const key of path.slice(0, -1)) parent = typeof parent?.[key] === 'object' && parent[key] !== null ? (parent[key] as Record<string | number, unknown>) : undefined;
      const key = path[path.length - 1]!;
      if (!parent || !(key in parent)) continue; // an earlier edit removed this path
      if (value === DELETE) delete parent[key];
      else if (value === REPEAT && Array.isArray(parent)) parent.push(parent[key as number]);
      else if (value !== REPEAT) parent[key] = value;
    }
    return JSON.stringify(copy);
  });
}
const DELETE = Symbol('delete');
const REPEAT = Symbol('repeat');
