// Folded stacks fuzzing: the real recording mutated, random text, and lines
// built from the format's own pieces (separators, annotations, locations, counts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import t from 'tap';
import { foldedImporter } from '../../lib/importers/folded.js';
import { PROFILES } from '../helpers.js';
import { endsCleanly, fuzzParams, mutationsOf } from './harness.js';
import { viaImporter } from './source.js';

const decode = viaImporter(foldedImporter, 'fuzz.folded');

t.test('mutated real recording', async () => {
  const real = readFileSync(join(PROFILES, 'c-hot.folded'));
  await fc.assert(fc.asyncProperty(mutationsOf(real), (b) => endsCleanly(decode(b))), fuzzParams);
});

t.test('random text', async () => {
  await fc.assert(fc.asyncProperty(fc.string({ maxLength: 300 }), (s) => endsCleanly(decode(s))), fuzzParams);
});

t.test('lines from the format\'s pieces', async () => {
  const piece = fc.constantFrom(';', ' ', '\t', '\r', '\n', '\uFEFF', '_[j]', '_[k]', ' (a.py:12)', ' (:1:2)', ' x.js:3:4', '()', '0', '7', '99999999999999999999', '-1', 'main', '[unknown]', '');
  const line = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
  await fc.assert(fc.asyncProperty(fc.array(line, { maxLength: 8 }), (lines) => endsCleanly(decode(lines.join('\n')))), fuzzParams);
});
