// V8 CPU profile fuzzing: mutated real recordings and structurally hostile
// trees (missing nodes, cyclic children, negative time deltas).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import t from 'tap';
import { convertV8CpuProfile, v8CpuProfileImporter } from '../../lib/importers/v8-cpuprofile.js';
import { checkProfile } from '../../lib/model/check.js';
import { PROFILES } from '../helpers.js';
import { endsCleanly, fuzzParams, mutationsOf } from './harness.js';

const text = readFileSync(join(PROFILES, 'node-hot-loop.cpuprofile'));

const viaImporter = (bytes: Uint8Array) => async () => {
  const data = Buffer.from(bytes);
  const [imported] = await v8CpuProfileImporter.parse(
    { name: 'fuzz.cpuprofile', head: data.subarray(0, 4096), readAll: async () => data, open: () => { throw new Error('not streamed'); } },
    { maxDecompressedBytes: 1 << 20, maxStackDepth: 1000, maxSamples: 100000 },
  );
  checkProfile(imported!.profile, 'fuzz.cpuprofile');
};

t.test('mutated real recording', async () => {
  await fc.assert(fc.asyncProperty(mutationsOf(text), (b) => endsCleanly(viaImporter(b))), fuzzParams);
});

t.test('hostile trees', async () => {
  const id = fc.integer({ min: -2, max: 8 });
  const node = fc.record({
    id,
    callFrame: fc.oneof(fc.record({ functionName: fc.string({ maxLength: 8 }), url: fc.string({ maxLength: 8 }), lineNumber: fc.integer({ min: -5, max: 50 }) }), fc.constant(null)),
    children: fc.option(fc.array(id, { maxLength: 4 }), { nil: undefined }),
    positionTicks: fc.option(fc.array(fc.record({ line: fc.integer({ min: -1, max: 9 }), ticks: fc.integer({ min: -3, max: 5 }) }), { maxLength: 3 }), { nil: undefined }),
  });
  const arb = fc.record({
    nodes: fc.array(node, { maxLength: 8 }),
    startTime: fc.integer(),
    endTime: fc.integer(),
    samples: fc.array(id, { maxLength: 10 }),
    timeDeltas: fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 10 }),
  });
  await fc.assert(fc.asyncProperty(arb, (p) => endsCleanly(() => checkProfile(convertV8CpuProfile(p, 'x'), 'x'))), fuzzParams);
});
