// Profile -> gzipped pprof protobuf. Deterministic: same Profile, same bytes
// (gzip mtime is zero, tables are emitted in first-use order).

import { gzipSync } from 'node:zlib';
import {
  Function as PFunction,
  Label,
  Line,
  Location,
  Profile as PProfile,
  Sample as PSample,
  StringTable,
  ValueType as PValueType,
} from 'pprof-format';
import type { Profile } from '../model/profile.js';

export function toPprofMessage(profile: Profile): PProfile {
  const strings = new StringTable();
  const functionIds = new Map<string, number>();
  const functions: PFunction[] = [];
  const locations: Location[] = profile.frames.map((frame, index) => {
    const key = `${frame.name}\u0000${frame.file}`;
    let functionId = functionIds.get(key);
    if (functionId === undefined) {
      functionId = functions.length + 1;
      functionIds.set(key, functionId);
      functions.push(
        new PFunction({
          id: functionId,
          name: strings.dedup(frame.name),
          systemName: strings.dedup(frame.name),
          filename: strings.dedup(frame.file),
        }),
      );
    }
    return new Location({
      id: index + 1,
      line: [new Line({ functionId, line: frame.line, column: frame.column })],
    });
  });
  const sampleTypes = profile.sampleTypes.map(
    (t) => new PValueType({ type: strings.dedup(t.type), unit: strings.dedup(t.unit) }),
  );
  const samples = profile.samples.map(
    (s) =>
      new PSample({
        locationId: s.stack.map((id) => id + 1),
        value: s.values,
        label: Object.entries(s.labels ?? {})
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([key, value]) => new Label({ key: strings.dedup(key), str: strings.dedup(value) })),
      }),
  );
  const message = new PProfile({
    sampleType: sampleTypes,
    sample: samples,
    location: locations,
    function: functions,
    stringTable: strings,
    timeNanos: profile.timeNs,
    durationNanos: profile.durationNs,
    period: profile.period,
    comment: profile.comments.map((c) => strings.dedup(c)),
    defaultSampleType: strings.dedup(profile.sampleTypes[profile.defaultSampleIndex]?.type ?? ''),
  });
  if (profile.periodType) {
    message.periodType = new PValueType({
      type: strings.dedup(profile.periodType.type),
      unit: strings.dedup(profile.periodType.unit),
    });
  }
  return message;
}

export function encodePprof(profile: Profile): Buffer {
  return gzipSync(toPprofMessage(profile).encode());
}
