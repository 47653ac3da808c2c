// JProfiler XML fuzzing: the real call tree and hot spots exports mutated,
// random text, and documents built from the format's own pieces (nodes with
// and without their attributes, entities, comments, mismatched tags).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import t from 'tap';
import { jprofilerImporter } from '../../lib/importers/jprofiler.js';
import { PROFILES } from '../helpers.js';
import { endsCleanly, fuzzParams, mutationsOf } from './harness.js';
import { viaImporter } from './source.js';

const decode = viaImporter(jprofilerImporter, 'fuzz.xml');

for (const name of ['hotapp-calltree.xml', 'hotapp-hotspots.xml']) {
  t.test(`mutated real export: ${name}`, async () => {
    const real = readFileSync(join(PROFILES, 'jprofiler', name));
    await fc.assert(fc.asyncProperty(mutationsOf(real), (b) => endsCleanly(decode(b))), fuzzParams);
  });
}

t.test('random text after an XML start', async () => {
  await fc.assert(fc.asyncProperty(fc.string({ maxLength: 300 }), (s) => endsCleanly(decode(`<tree>${s}`))), fuzzParams);
});

t.test('documents from the format\'s pieces', async () => {
  const piece = fc.constantFrom(
    '<node class="A" methodName="m" time="5">', '<node class="B" methodName="n" time="2" selfTime="1" count="3" lineNumber="7"/>', '</node>',
    '<hotspot class="H" methodName="h" time="9">', '</hotspot>', '<node methodName="x" time="-1"/>', '<node class="C" time="1,000"/>',
    '<!-- c -->', '<?pi x?>', '<![CDATA[<node>]]>', '&amp;', '&bogus;', '&#0;', 'text', '<', '>', '"', '\n', '<!DOCTYPE tree>', '</tree>',
  );
  const doc = fc.array(piece, { maxLength: 16 }).map((p) => `<?xml version="1.0"?>\n<tree type="Call tree">${p.join('')}</tree>`);
  await fc.assert(fc.asyncProperty(doc, (d) => endsCleanly(decode(d))), fuzzParams);
});

t.test('nesting past the stack depth limit: refused as bad input, not a stack overflow', async () => {
  const depth = 1001; // FUZZ_LIMITS.maxStackDepth + 1
  const deep = '<node class="A" methodName="m" time="1">\n'.repeat(depth) + '</node>'.repeat(depth);
  await t.rejects(decode(`<tree>\n${deep}</tree>`)(), { code: 'bad-input', message: /^fuzz\.xml:1002: elements nested more than 1000 below the root/ });
  const limit = '<node class="A" methodName="m" time="1">\n'.repeat(depth - 1) + '</node>'.repeat(depth - 1);
  await t.resolves(decode(`<tree>\n${limit}</tree>`)(), 'a call tree as deep as the limit is read');
});
