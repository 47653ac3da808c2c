// perf script fuzzing: a slice of the real recording mutated, and sample
// blocks built from header and frame pieces (missing periods, odd events,
// frames before headers, inlined frames, blank-line placement).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import t from 'tap';
import { perfScriptImporter } from '../../lib/importers/perf-script.js';
import { PROFILES } from '../helpers.js';
import { endsCleanly, fuzzParams, mutationsOf } from './harness.js';
import { viaImporter } from './source.js';

const decode = viaImporter(perfScriptImporter, 'fuzz.perf-script.txt');

/** The first few samples of the real recording: small enough for 10,000 cases, real in every byte. */
function firstSamples(text: string, count: number): Buffer {
  const blocks = text.split('\n\n');
  return Buffer.from(`${blocks.slice(0, count).join('\n\n')}\n\n`);
}

t.test('mutated real recording', async () => {
  const real = firstSamples(readFileSync(join(PROFILES, 'c-hot.perf-script.txt'), 'utf8'), 6);
  await fc.assert(fc.asyncProperty(mutationsOf(real), (b) => endsCleanly(decode(b))), fuzzParams);
});

t.test('sample blocks from the format\'s pieces', async () => {
  const header = fc.tuple(
    fc.constantFrom('c-hot', 'a b', ' lead', ':', ''),
    fc.constantFrom(' 12/13', ' 12', ' x', ''),
    fc.constantFrom(' [001]', ' [x]', ''),
    fc.constantFrom(' 1.000001:', ' 1:', ''),
    fc.constantFrom(' 250000', ' 99999999999999999999999', ' -5', ''),
    fc.constantFrom(' cpu-clock:', ' cycles:u:', ' cpu-clock:ppp:', ' :', ''),
    fc.constantFrom('', ' 4005d6 main+0x10 (/bin/x)', ' (inlined)'),
  ).map((p) => p.join(''));
  const frame = fc.tuple(
    fc.constantFrom('\t', ' ', ''),
    fc.constantFrom('4005d6 ', 'zz ', ''),
    fc.constantFrom('main+0x1f', '[unknown]', 'f (x) y', ''),
    fc.constantFrom(' (/lib/libc.so.6)', ' ([unknown])', ' (inlined)', ' ()', ' (', ''),
  ).map((p) => p.join(''));
  const block = fc.tuple(header, fc.array(frame, { maxLength: 5 })).map(([h, f]) => [h, ...f].join('\n'));
  const text = fc.array(fc.tuple(block, fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n# comment\n')), { maxLength: 5 }).map((bs) => bs.flat().join(''));
  await fc.assert(fc.asyncProperty(text, (s) => endsCleanly(decode(s))), fuzzParams);
});
