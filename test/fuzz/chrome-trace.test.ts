// Chrome trace fuzzing: the real trace's Profile event and first chunks,
// mutated as bytes and as JSON (unclosed arrays, bad parents, sample/delta
// mismatches), and chunks built from hostile pieces.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import t from 'tap';
import { chromeTraceImporter } from '../../lib/importers/chrome-trace.js';
import { PROFILES } from '../helpers.js';
import { endsCleanly, fuzzParams, mutationsOf } from './harness.js';
import { jsonMutationsOf, viaImporter } from './source.js';

const decode = viaImporter(chromeTraceImporter, 'fuzz.trace.json');

/** The Profile events and the first two chunks of each profile, with the thread names: a small real trace. */
function smallTrace(): { traceEvents: unknown[] } {
  const events = JSON.parse(readFileSync(join(PROFILES, 'chrome-hot.trace.json'), 'utf8')).traceEvents as { name: string; id?: string }[];
  const chunks = new Map<string | undefined, number>();
  const kept = events.filter((e) => {
    if (e.name === 'thread_name' || e.name === 'Profile') return true;
    if (e.name !== 'ProfileChunk') return false;
    chunks.set(e.id, (chunks.get(e.id) ?? 0) + 1);
    return chunks.get(e.id)! <= 2;
  });
  return { traceEvents: kept.slice(0, 12) };
}
const doc = smallTrace();

t.test('mutated real trace, as bytes', async () => {
  await fc.assert(fc.asyncProperty(mutationsOf(Buffer.from(JSON.stringify(doc.traceEvents).replace(/\},\{/g, '},\n{'))), (b) => endsCleanly(decode(b))), fuzzParams);
});

t.test('mutated real trace, as JSON', async () => {
  await fc.assert(fc.asyncProperty(jsonMutationsOf(doc), (s) => endsCleanly(decode(s))), fuzzParams);
});

t.test('chunks from hostile pieces', async () => {
  const num = fc.oneof(fc.integer({ min: -3, max: 6 }), fc.constantFrom(1e308, 0.5, null, 'x'));
  const node = fc.oneof(fc.record({ id: num, parent: num, callFrame: fc.oneof(fc.record({ functionName: fc.constantFrom('(root)', 'f', ''), url: fc.constantFrom('', 'x.js'), lineNumber: num }), num) }, { requiredKeys: [] }), num);
  const data = fc.record({
    startTime: num,
    endTime: num,
    cpuProfile: fc.oneof(fc.record({ nodes: fc.oneof(fc.array(node, { maxLength: 5 }), num), samples: fc.oneof(fc.array(num, { maxLength: 5 }), num) }, { requiredKeys: [] }), num),
    timeDeltas: fc.oneof(fc.array(num, { maxLength: 5 }), num),
    lines: fc.oneof(fc.array(num, { maxLength: 5 }), num),
  }, { requiredKeys: [] });
  const event = fc.record({ name: fc.constantFrom('Profile', 'ProfileChunk', 'thread_name'), ph: fc.constantFrom('P', 'M'), pid: num, tid: num, ts: num, id: fc.oneof(fc.constantFrom('0x1', '0x2'), num), args: fc.oneof(fc.record({ data, name: num }, { requiredKeys: [] }), num) }, { requiredKeys: [] });
  await fc.assert(fc.asyncProperty(fc.array(event, { maxLength: 6 }), (events) => endsCleanly(decode(JSON.stringify({ traceEvents: events })))), fuzzParams);
});
