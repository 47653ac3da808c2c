// A structural walk over a pprof protobuf before it is decoded: every declared
// length must fit in what is actually there, every varint must end within ten
// bytes, and every field profile.proto knows must come with its wire type. The
// decoder then reads without bounds checks, and a corrupt file is one clear
// error instead of silent garbage (a length-delimited blob where a number
// belongs, a packed list cut inside a varint).

const WIRE_VARINT = 0;
const WIRE_I64 = 1;
const WIRE_LEN = 2;
const WIRE_I32 = 5;
/** protobuf's largest field number; with it every tag fits in 32 bits, so readers can use bit operations. */
const MAX_FIELD = 2 ** 29 - 1;

/** What profile.proto says a field holds. */
type Field = 'number' | 'numbers' | 'bytes' | Shape;
type Shape = { [field: number]: Field };

const VALUE_TYPE: Shape = { 1: 'number', 2: 'number' };
const LABEL: Shape = { 1: 'number', 2: 'number', 3: 'number', 4: 'number' };
const SAMPLE: Shape = { 1: 'numbers', 2: 'numbers', 3: LABEL };
const MAPPING: Shape = { 1: 'number', 2: 'number', 3: 'number', 4: 'number', 5: 'number', 6: 'number', 7: 'number', 8: 'number', 9: 'number', 10: 'number' };
const LINE: Shape = { 1: 'number', 2: 'number', 3: 'number' };
const LOCATION: Shape = { 1: 'number', 2: 'number', 3: 'number', 4: LINE, 5: 'number' };
const FUNCTION: Shape = { 1: 'number', 2: 'number', 3: 'number', 4: 'number', 5: 'number' };
const PROFILE_SHAPE: Shape = {
  1: VALUE_TYPE,
  2: SAMPLE,
  3: MAPPING,
  4: LOCATION,
  5: FUNCTION,
  6: 'bytes', // string_table
  7: 'number',
  8: 'number',
  9: 'number',
  10: 'number',
  11: VALUE_TYPE,
  12: 'number',
  13: 'numbers', // comment
  14: 'number',
  15: 'number',
};

export class ProtobufShapeError extends Error {}

function readVarint(buf: Uint8Array, pos: number, end: number): number {
  for (let shift = 0; shift < 70; shift += 7) {
    if (pos >= end) throw new ProtobufShapeError(`varint runs past the end at byte ${pos}`);
    if ((buf[pos++]! & 0x80) === 0) return pos;
  }
  throw new ProtobufShapeError(`varint longer than 10 bytes at byte ${pos}`);
}

function lengthAt(buf: Uint8Array, pos: number, end: number): [length: number, next: number] {
  let length = 0;
  let scale = 1;
  let p = pos;
  for (;;) {
    if (p >= end) throw new ProtobufShapeError(`length runs past the end at byte ${pos}`);
    const b = buf[p++]!;
    length += (b & 0x7f) * scale;
    if ((b & 0x80) === 0) break;
    scale *= 128;
    if (scale > 2 ** 49) throw new ProtobufShapeError(`length too large at byte ${pos}`);
  }
  return [length, p];
}

/** The wire types a field of this kind may come with; a number list may be packed or not. */
function wireFits(kind: Field, wire: number): boolean {
  if (kind === 'number') return wire === WIRE_VARINT;
  if (kind === 'numbers') return wire === WIRE_VARINT || wire === WIRE_LEN;
  return wire === WIRE_LEN;
}

export function checkMessage(buf: Uint8Array, start = 0, end = buf.length, shape: Shape = PROFILE_SHAPE, depth = 0): void {
  if (depth > 8) throw new ProtobufShapeError('messages nested too deep');
  let pos = start;
  while (pos < end) {
    const [tag, afterTag] = lengthAt(buf, pos, end);
    const field = Math.floor(tag / 8);
    const wire = tag % 8;
    if (field === 0 || field > MAX_FIELD) throw new ProtobufShapeError(`field number ${field} at byte ${pos} is outside 1..${MAX_FIELD}`);
    const kind = shape[field];
    if (kind !== undefined && !wireFits(kind, wire)) throw new ProtobufShapeError(`field ${field} at byte ${pos} has wire type ${wire}, not the one profile.proto gives it`);
    pos = afterTag;
    if (wire === WIRE_VARINT) pos = readVarint(buf, pos, end);
    else if (wire === WIRE_I64 || wire === WIRE_I32) {
      // profile.proto has no fixed-width fields, so this is corruption, not a newer producer.
      throw new ProtobufShapeError(`fixed-width field ${field} at byte ${pos} (profile.proto has none)`);
    } else if (wire === WIRE_LEN) {
      const [length, body] = lengthAt(buf, pos, end);
      if (body + length > end) {
        throw new ProtobufShapeError(`field ${field} at byte ${pos} declares ${length} bytes but only ${end - body} remain`);
      }
      if (kind === 'numbers') for (let p = body; p < body + length; ) p = readVarint(buf, p, body + length);
      else if (typeof kind === 'object') checkMessage(buf, body, body + length, kind, depth + 1);
      pos = body + length;
    } else throw new ProtobufShapeError(`unknown wire type ${wire} at byte ${pos}`);
    if (pos > end) throw new ProtobufShapeError(`field ${field} runs past the end`);
  }
}
