// Profile -> gzipped pprof protobuf, written straight from the model: no object
// per sample, location and label in between (pprof-format's message graph cost
// more than the import itself on a 32k-sample perf recording, and held a second
// copy of the profile in memory). Deterministic: same Profile, same bytes (gzip
// mtime is zero; the string table is filled in a fixed order: functions in frame
// order, sample types, labels in sample order with keys sorted, comments, the
// default type, the period type).

import { gzipSync } from 'node:zlib';
import type { Profile } from '../model/profile.js';
import { ProtoWriter, varintSize } from './proto-writer.js';

// Field numbers of profile.proto's messages.
const PROFILE = { sampleType: 1, sample: 2, location: 4, function: 5, stringTable: 6, timeNanos: 9, durationNanos: 10, periodType: 11, period: 12, comment: 13, defaultSampleType: 14 };
const SAMPLE = { locationId: 1, value: 2, label: 3 };
const LABEL = { key: 1, str: 2 };
const LOCATION = { id: 1, line: 4 };
const LINE = { functionId: 1, line: 2, column: 3 };
const FUNCTION = { id: 1, name: 2, systemName: 3, filename: 4 };
const VALUE_TYPE = { type: 1, unit: 2 };

class Strings {
  readonly list: string[] = [''];
  private readonly index = new Map<string, number>([['', 0]]);
  id(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return i;
  }
}

/** Size of a varint field (tag + value), 0 when the value is 0 and so left out. */
const fieldSize = (value: number) => (!value ? 0 : 1 + varintSize(value));

/** Size of a packed repeated field's body: every element is written, zeros too. */
function packedSize(values: readonly number[], offset = 0): number {
  let size = 0;
  for (let i = 0; i < values.length; i++) size += varintSize(values[i]! + offset);
  return size;
}


function writeValueType(w: ProtoWriter, field: number, type: number, unit: number): void {
  w.tagLength(field, fieldSize(type) + fieldSize(unit));
  w.field(VALUE_TYPE.type, type);
  w.field(VALUE_TYPE.unit, unit);
}

/** The protobuf bytes of `profile`, not yet gzipped. */
export function pprofMessageBytes(profile: Profile): Buffer {
  const strings = new Strings();
  // Frames become one location each; frames of one function (name + file) share a function.
  const functionIds = new Map<string, number>();
  const functionOf = new Int32Array(profile.frames.length);
  const functions: { name: number; file: number }[] = [];
  profile.frames.forEach((frame, index) => {
    const key = `${frame.name}\u0000${frame.file}`;
    let id = functionIds.get(key);
    if (id === undefined) {
      id = functions.length + 1;
      functionIds.set(key, id);
      functions.push({ name: strings.id(frame.name), file: strings.id(frame.file) });
    }
    functionOf[index] = id;
  });
  const sampleTypes = profile.sampleTypes.map((t) => [strings.id(t.type), strings.id(t.unit)] as const);
  const labelsOf = profile.samples.map((s) => {
    if (!s.labels) return undefined;
    const entries = Object.entries(s.labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return entries.length === 0 ? undefined : entries.map(([key, value]) => [strings.id(key), strings.id(value)] as const);
  });
  const comments = profile.comments.map((c) => strings.id(c));
  const defaultType = strings.id(profile.sampleTypes[profile.defaultSampleIndex]?.type ?? '');
  const periodType = profile.periodType ? ([strings.id(profile.periodType.type), strings.id(profile.periodType.unit)] as const) : undefined;

  const w = new ProtoWriter();
  for (const [type, unit] of sampleTypes) writeValueType(w, PROFILE.sampleType, type, unit);
  profile.samples.forEach((sample, index) => {
    const labels = labelsOf[index];
    const stackSize = packedSize(sample.stack, 1);
    const valuesSize = packedSize(sample.values);
    let size = 0;
    if (sample.stack.length > 0) size += 1 + varintSize(stackSize) + stackSize;
    if (sample.values.length > 0) size += 1 + varintSize(valuesSize) + valuesSize;
    if (labels) for (const [key, str] of labels) size += 1 + varintSize(fieldSize(key) + fieldSize(str)) + fieldSize(key) + fieldSize(str);
    w.tagLength(PROFILE.sample, size);
    w.packed(SAMPLE.locationId, sample.stack, 1, stackSize);
    w.packed(SAMPLE.value, sample.values, 0, valuesSize);
    if (labels) {
      for (const [key, str] of labels) {
        w.tagLength(SAMPLE.label, fieldSize(key) + fieldSize(str));
        w.field(LABEL.key, key);
        w.field(LABEL.str, str);
      }
    }
  });
  profile.frames.forEach((frame, index) => {
    const fn = functionOf[index]!;
    const line = fieldSize(fn) + fieldSize(frame.line) + fieldSize(frame.column);
    w.tagLength(PROFILE.location, fieldSize(index + 1) + 1 + varintSize(line) + line);
    w.field(LOCATION.id, index + 1);
    w.tagLength(LOCATION.line, line);
    w.field(LINE.functionId, fn);
    w.field(LINE.line, frame.line);
    w.field(LINE.column, frame.column);
  });
  functions.forEach(({ name, file }, index) => {
    const id = index + 1;
    w.tagLength(PROFILE.function, fieldSize(id) + 2 * fieldSize(name) + fieldSize(file));
    w.field(FUNCTION.id, id);
    w.field(FUNCTION.name, name);
    w.field(FUNCTION.systemName, name);
    w.field(FUNCTION.filename, file);
  });
  for (const text of strings.list) w.string(PROFILE.stringTable, text);
  w.field(PROFILE.timeNanos, profile.timeNs);
  w.field(PROFILE.durationNanos, profile.durationNs);
  if (periodType) writeValueType(w, PROFILE.periodType, periodType[0], periodType[1]);
  w.field(PROFILE.period, profile.period);
  w.packed(PROFILE.comment, comments, 0, packedSize(comments));
  w.field(PROFILE.defaultSampleType, defaultType);
  return w.finish();
}

export function encodePprof(profile: Profile): Buffer {
  return gzipSync(pprofMessageBytes(profile));
}
