// Well-formed pprof messages with out-of-range ids and string indexes, labels
// and odd periods, for the decoder fuzz tests: the bytes are valid protobuf, the
// references in them need not be.
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { Function as PFunction, Label, Line, Location, Profile as PProfile, Sample, StringTable, ValueType } from 'pprof-format';

const index = fc.oneof(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 2 ** 31 }));

const spec = fc.record({
  types: fc.array(fc.tuple(index, index), { maxLength: 3 }),
  functions: fc.array(fc.tuple(index, index, index), { maxLength: 4 }),
  locations: fc.array(fc.tuple(index, fc.array(fc.tuple(index, index), { maxLength: 3 })), { maxLength: 4 }),
  // pprof-format 2.3 cannot encode a sample with neither locations nor values, so values are never empty here.
  samples: fc.array(fc.tuple(fc.array(index, { maxLength: 4 }), fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), fc.array(fc.tuple(index, index), { maxLength: 2 })), { maxLength: 4 }),
  defaultType: index,
  period: fc.integer(),
});

/** Gzipped messages; the ones pprof-format 2.3 cannot encode (some empty repeated fields) are left out. */
export const wellFormedPprof: fc.Arbitrary<Buffer> = spec
  .map((s): Buffer | undefined => {
    const strings = new StringTable();
    for (const text of ['cpu', 'nanoseconds', 'main', 'file.go', 'thread']) strings.dedup(text);
    const message = new PProfile({
      sampleType: s.types.map(([type, unit]) => new ValueType({ type, unit })),
      function: s.functions.map(([id, name, filename]) => new PFunction({ id, name, filename })),
      location: s.locations.map(([id, lines]) => new Location({ id, line: lines.map(([functionId, line]) => new Line({ functionId, line })) })),
      sample: s.samples.map(([locationId, value, labels]) => new Sample({ locationId, value, label: labels.map(([key, str]) => new Label({ key, str })) })),
      stringTable: strings,
      defaultSampleType: s.defaultType,
      period: s.period,
    });
    try {
      return gzipSync(message.encode());
    } catch {
      return undefined;
    }
  })
  .filter((bytes): bytes is Buffer => bytes !== undefined);
