// The reference reader for the direct decoder's tests: pprof-format's decoder
// (an independent implementation of profile.proto) with its message laid out as
// the same flat tables, so both paths share the checks, the resolution and the
// errors, and differ only in how the bytes are read.
import { Profile as PProfile, type Sample } from 'pprof-format';
import { emptyRawProfile, type RawProfile, type SampleNumbers, type SampleSource } from '../../lib/pprof/raw-profile.js';

const num = (v: number | bigint): number => Number(v);

class DecodedSamples implements SampleSource {
  constructor(private readonly samples: Sample[]) {}
  get count(): number {
    return this.samples.length;
  }
  read(index: number, into: SampleNumbers): void {
    const s = this.samples[index]!;
    into.locationIds = s.locationId.map(num);
    into.values = s.value.map(num);
    into.labels = s.label.flatMap((l) => [num(l.key), num(l.str)]);
  }
}

export function scanWithPprofFormat(bytes: Uint8Array): RawProfile {
  const message = PProfile.decode(bytes);
  const raw = emptyRawProfile(new DecodedSamples(message.sample));
  raw.strings = message.stringTable.strings;
  for (const t of message.sampleType) raw.sampleTypes.push(num(t.type), num(t.unit));
  for (const f of message.function) raw.functions.push(num(f.id), num(f.name), num(f.filename));
  for (const m of message.mapping) raw.mappings.push(num(m.id), num(m.filename));
  for (const loc of message.location) {
    raw.locations.push(num(loc.id), num(loc.mappingId), raw.lines.length / 3, loc.line.length);
    for (const line of loc.line) raw.lines.push(num(line.functionId), num(line.line), num(line.column));
  }
  if (message.periodType) raw.periodType = [num(message.periodType.type), num(message.periodType.unit)];
  raw.period = num(message.period);
  raw.timeNanos = num(message.timeNanos);
  raw.durationNanos = num(message.durationNanos);
  raw.comments = message.comment.map(num);
  raw.defaultSampleType = num(message.defaultSampleType);
  return raw;
}
