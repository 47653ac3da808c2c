// The NDJSON record reader: invalid JSON, huge lines, wrong types, unknown
// versions, BOM, CRLF. Every stream ends in records or one clean error.
import { Readable } from 'node:stream';
import fc from 'fast-check';
import t from 'tap';
import { readRecords } from '../../lib/records/reader.js';
import { endsCleanly, fuzzParams } from './harness.js';

const drain = (text: string) => async () => {
  const chunks = text.match(/[\s\S]{1,7}/g) ?? []; // odd chunk sizes split lines and characters
  for await (const _ of readRecords(Readable.from(chunks), { source: 'stdin', maxRecordBytes: 4096 })) {
    /* consume */
  }
};

const goodRun = '{"type":"run","v":1,"runId":"r","startedAt":"2026-01-01T00:00:00Z","tool":{"name":"a","version":"1"},"profiler":"p","command":[],"host":{"platform":"l","arch":"x","cpus":1,"node":"v"}}';

t.test('random text', async () => {
  await fc.assert(fc.asyncProperty(fc.string({ maxLength: 300 }), (s) => endsCleanly(drain(s))), fuzzParams);
});

t.test('records of random JSON values, versions and line endings', async () => {
  const value = fc.jsonValue({ maxDepth: 3 });
  const record = fc.record({ type: fc.constantFrom('run', 'metric', 'profile', 'hotspot', 'x', ''), v: fc.oneof(fc.constant(1), fc.integer(), fc.string()) }, { requiredKeys: [] });
  const line = fc.oneof(value.map((v) => JSON.stringify(v)), fc.tuple(record, fc.dictionary(fc.string({ maxLength: 5 }), value)).map(([r, extra]) => JSON.stringify({ ...extra, ...r })), fc.constant(goodRun), fc.constant('x'.repeat(5000)));
  const stream = fc.tuple(fc.boolean(), fc.array(line, { maxLength: 6 }), fc.constantFrom('\n', '\r\n')).map(([bom, lines, eol]) => (bom ? '\uFEFF' : '') + lines.join(eol) + eol);
  await fc.assert(fc.asyncProperty(stream, (s) => endsCleanly(drain(s))), fuzzParams);
});
