// JFR JSON (`jfr print --json` export) fuzzing: a few real events mutated as
// bytes and as JSON (wrong types, deleted fields, repeated events), and events
// built from hostile pieces (durations, frames, byte counts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import t from 'tap';
import { jfrImporter } from '../../lib/importers/jfr.js';
import { PROFILES } from '../helpers.js';
import { endsCleanly, fuzzParams, mutationsOf } from './harness.js';
import { jsonMutationsOf, viaImporter } from './source.js';

const decode = viaImporter(jfrImporter, 'fuzz.jfr.json');

/** Two real events of each type, frames cut to four: small enough for 10,000 cases. */
function realEvents(): { recording: { events: unknown[] } } {
  const all = JSON.parse(readFileSync(join(PROFILES, 'java-hotapp-lock-io.json'), 'utf8')).recording.events as { type: string; values: { stackTrace?: { frames: unknown[] } } }[];
  const kept = [...new Set(all.map((e) => e.type))].flatMap((type) => all.filter((e) => e.type === type).slice(0, 2));
  for (const e of kept) if (e.values.stackTrace) e.values.stackTrace.frames = e.values.stackTrace.frames.slice(0, 4);
  return { recording: { events: kept } };
}
const doc = realEvents();

t.test('mutated real events, as bytes', async () => {
  await fc.assert(fc.asyncProperty(mutationsOf(Buffer.from(JSON.stringify(doc, null, 1))), (b) => endsCleanly(decode(b))), fuzzParams);
});

t.test('mutated real events, as JSON', async () => {
  await fc.assert(fc.asyncProperty(jsonMutationsOf(doc), (s) => endsCleanly(decode(s))), fuzzParams);
});

t.test('events from hostile pieces', async () => {
  const anything = fc.constantFrom(null, -1, 0, 1e300, 'x', [], {}, 'PT', 'PT1M2.5S', '-PT1S', 'P1D');
  const frame = fc.record({
    method: fc.oneof(fc.record({ type: fc.oneof(fc.record({ name: fc.string({ maxLength: 6 }) }), anything), name: fc.oneof(fc.string({ maxLength: 6 }), anything) }), anything),
    lineNumber: fc.oneof(fc.integer({ min: -5, max: 50 }), anything),
  }, { requiredKeys: [] });
  const event = fc.record({
    type: fc.constantFrom('jdk.ExecutionSample', 'jdk.ObjectAllocationSample', 'jdk.ObjectAllocationInNewTLAB', 'jdk.JavaMonitorEnter', 'jdk.FileWrite', 'jdk.GC', 7),
    values: fc.oneof(
      fc.record({
        duration: anything,
        weight: anything,
        tlabSize: anything,
        stackTrace: fc.oneof(fc.record({ frames: fc.oneof(fc.array(fc.oneof(frame, anything), { maxLength: 4 }), anything), truncated: fc.boolean() }), anything),
        sampledThread: fc.oneof(fc.record({ javaName: fc.oneof(fc.string({ maxLength: 4 }), anything) }), anything),
      }, { requiredKeys: [] }),
      anything,
    ),
  }, { requiredKeys: [] });
  await fc.assert(fc.asyncProperty(fc.array(event, { maxLength: 5 }), (events) => endsCleanly(decode(JSON.stringify({ recording: { events } })))), fuzzParams);
});
