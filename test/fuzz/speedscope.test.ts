// speedscope fuzzing: both real files (sampled and evented) mutated as bytes
// and as JSON, and documents built from hostile pieces (frame indexes out of
// range, unbalanced events, odd units and weights).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import t from 'tap';
import { speedscopeImporter } from '../../lib/importers/speedscope.js';
import { PROFILES } from '../helpers.js';
import { endsCleanly, fuzzParams, mutationsOf } from './harness.js';
import { jsonMutationsOf, viaImporter } from './source.js';

const decode = viaImporter(speedscopeImporter, 'fuzz.speedscope.json');
const files = ['speedscope-two-sampled.speedscope.json', 'speedscope-evented.speedscope.json'].map((f) => readFileSync(join(PROFILES, f)));

t.test('mutated real files, as bytes', async () => {
  for (const real of files) await fc.assert(fc.asyncProperty(mutationsOf(real), (b) => endsCleanly(decode(b))), fuzzParams);
});

t.test('mutated real files, as JSON', async () => {
  for (const real of files) await fc.assert(fc.asyncProperty(jsonMutationsOf(JSON.parse(real.toString('utf8'))), (s) => endsCleanly(decode(s))), fuzzParams);
});

t.test('documents from hostile pieces', async () => {
  const index = fc.oneof(fc.integer({ min: -1, max: 4 }), fc.constantFrom(0.5, 2 ** 40, '0', null));
  const num = fc.oneof(fc.integer({ min: -10, max: 100 }), fc.constantFrom(1e308, -1e308, 0.25, null, 'x'));
  const profile = fc.record({
    type: fc.constantFrom('sampled', 'evented', 'other', null),
    unit: fc.constantFrom('none', 'nanoseconds', 'milliseconds', 'seconds', 'bytes', 'parsecs', null),
    startValue: num,
    endValue: num,
    samples: fc.array(fc.oneof(fc.array(index, { maxLength: 5 }), index), { maxLength: 5 }),
    weights: fc.array(num, { maxLength: 5 }),
    events: fc.array(fc.oneof(fc.record({ type: fc.constantFrom('O', 'C', 'X'), frame: index, at: num }), num), { maxLength: 8 }),
  }, { requiredKeys: [] });
  const frame = fc.oneof(fc.record({ name: fc.oneof(fc.string({ maxLength: 5 }), num), file: fc.oneof(fc.string({ maxLength: 5 }), num), line: num, col: num }, { requiredKeys: ['name'] }), num);
  const doc = fc.record({ shared: fc.record({ frames: fc.array(frame, { maxLength: 4 }) }), profiles: fc.array(profile, { maxLength: 3 }) });
  await fc.assert(fc.asyncProperty(doc, (d) => endsCleanly(decode(JSON.stringify(d)))), fuzzParams);
});
