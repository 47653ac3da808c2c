// The direct pprof decoder: one pass over the protobuf bytes into flat tables
// (raw-profile.ts), no object per sample, location or line; a sample is only
// where its bytes are, read when it is resolved. Only after protobuf-check has
// walked the same bytes, so no read here needs a bounds check.
// Field numbers are profile.proto's; unknown fields are stepped over, repeated
// scalars keep the last value, as protobuf says.
//
// Which fields are signed: sample values, line numbers, times and the period are
// int64 and may be negative (a `go tool pprof -diff_base` profile); ids and
// string indexes are read unsigned.

import { NumberList } from './number-list.js';
import { emptyRawProfile, type RawProfile, type SampleNumbers, type SampleSource } from './raw-profile.js';
import { WireReader } from './wire-reader.js';

const WIRE_LEN = 2;
const utf8 = new TextDecoder();

/** Calls `each(field, wire)` for every field of the message that ends at `end`; `each` must read or skip the value. */
function fields(r: WireReader, end: number, each: (field: number, wire: number) => void): void {
  while (r.pos < end) {
    const tag = r.uint(); // below 2^32: protobuf-check allows no larger field number
    each(tag >>> 3, tag & 7);
  }
}

/** Reads a length-delimited field's length and returns where its body ends. */
function bodyEnd(r: WireReader): number {
  const length = r.uint();
  return r.pos + length;
}

/** A repeated unsigned field, packed (length-delimited) or one value at a time, onto `into`. */
function uints(r: WireReader, wire: number, into: number[]): void {
  if (wire !== WIRE_LEN) into.push(r.uint());
  else for (let end = bodyEnd(r); r.pos < end; ) into.push(r.uint());
}

/** The same for a repeated int64 field. */
function int64s(r: WireReader, wire: number, into: number[]): void {
  if (wire !== WIRE_LEN) into.push(r.int64());
  else for (let end = bodyEnd(r); r.pos < end; ) into.push(r.int64());
}


function valueType(r: WireReader): [number, number] {
  const pair: [number, number] = [0, 0];
  fields(r, bodyEnd(r), (field, wire) => {
    if (field === 1 || field === 2) pair[field - 1] = r.uint();
    else r.skip(wire);
  });
  return pair;
}

/** Samples as the byte ranges of their messages, read one at a time (the hot loop, so no callbacks). */
class ScannedSamples implements SampleSource {
  private readonly bounds = new NumberList();
  private readonly r: WireReader;
  count = 0;
  constructor(buf: Uint8Array) {
    this.r = new WireReader(buf);
  }

  add(start: number, end: number): void {
    this.bounds.push(start);
    this.bounds.push(end);
    this.count++;
  }

  read(index: number, into: SampleNumbers): void {
    const { locationIds, values, labels } = into;
    locationIds.length = 0;
    values.length = 0;
    labels.length = 0;
    const r = this.r;
    r.pos = this.bounds.at(2 * index);
    const end = this.bounds.at(2 * index + 1);
    while (r.pos < end) {
      const tag = r.uint();
      const field = tag >>> 3;
      const wire = tag & 7;
      if (field === 1) uints(r, wire, locationIds);
      else if (field === 2) int64s(r, wire, values);
      else if (field === 3) {
        let key = 0;
        let str = 0;
        fields(r, bodyEnd(r), (f, w) => {
          if (f === 1) key = r.uint();
          else if (f === 2) str = r.uint();
          else r.skip(w);
        });
        labels.push(key, str);
      } else r.skip(wire);
    }
  }
}

function location(r: WireReader, raw: RawProfile): void {
  let id = 0;
  let mappingId = 0;
  const firstLine = raw.lines.length / 3;
  fields(r, bodyEnd(r), (field, wire) => {
    if (field === 1) id = r.uint();
    else if (field === 2) mappingId = r.uint();
    else if (field === 4) {
      let functionId = 0;
      let line = 0;
      let column = 0;
      fields(r, bodyEnd(r), (f, w) => {
        if (f === 1) functionId = r.uint();
        else if (f === 2) line = r.int64();
        else if (f === 3) column = r.int64();
        else r.skip(w);
      });
      raw.lines.push(functionId, line, column);
    } else r.skip(wire);
  });
  raw.locations.push(id, mappingId, firstLine, raw.lines.length / 3 - firstLine);
}

/** Reads the listed varint fields of a small message (function, mapping) into `into`, by position. */
function picked(r: WireReader, wanted: readonly number[], into: number[]): void {
  const values = wanted.map(() => 0);
  fields(r, bodyEnd(r), (field, wire) => {
    const at = wanted.indexOf(field);
    if (at >= 0) values[at] = r.uint();
    else r.skip(wire);
  });
  into.push(...values);
}

const FUNCTION_FIELDS = [1, 2, 4]; // id, name, filename
const MAPPING_FIELDS = [1, 5]; // id, filename

/** The pprof message in `buf` (not gzipped, already shape-checked) as flat tables. */
export function scanProfile(buf: Uint8Array): RawProfile {
  const samples = new ScannedSamples(buf);
  const raw = emptyRawProfile(samples);
  const r = new WireReader(buf);
  let strings: string[] | undefined;
  fields(r, buf.length, (field, wire) => {
    switch (field) {
      case 1:
        raw.sampleTypes.push(...valueType(r));
        break;
      case 2: {
        const end = bodyEnd(r);
        samples.add(r.pos, end);
        r.pos = end;
        break;
      }
      case 3:
        picked(r, MAPPING_FIELDS, raw.mappings);
        break;
      case 4:
        location(r, raw);
        break;
      case 5:
        picked(r, FUNCTION_FIELDS, raw.functions);
        break;
      case 6: {
        const end = bodyEnd(r);
        (strings ??= []).push(utf8.decode(buf.subarray(r.pos, end)));
        r.pos = end;
        break;
      }
      case 9:
        raw.timeNanos = r.int64();
        break;
      case 10:
        raw.durationNanos = r.int64();
        break;
      case 11:
        raw.periodType = valueType(r);
        break;
      case 12:
        raw.period = r.int64();
        break;
      case 13:
        uints(r, wire, raw.comments);
        break;
      case 14:
        raw.defaultSampleType = r.uint();
        break;
      default:
        r.skip(wire);
    }
  });
  // A profile without a string table still has string 0, the empty string.
  if (strings) raw.strings = strings;
  return raw;
}
