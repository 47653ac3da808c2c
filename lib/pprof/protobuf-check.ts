// A structural walk over a pprof protobuf before it is decoded: every declared
// length must fit in what is actually there, every wire type must be one
// protobuf defines. pprof-format trusts declared lengths, so without this a
// corrupt file decodes into silent garbage instead of a clear error.

const WIRE_VARINT = 0;
const WIRE_I64 = 1;
const WIRE_LEN = 2;
const WIRE_I32 = 5;

/** Which length-delimited fields of which message are themselves messages. */
type Shape = { [field: number]: Shape };
const VALUE_TYPE: Shape = {};
const PROFILE_SHAPE: Shape = {
  1: VALUE_TYPE, // sample_type
  2: { 3: {} }, // sample { label }
  3: {}, // mapping
  4: { 4: {} }, // location { line }
  5: {}, // function
  11: VALUE_TYPE, // period_type
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

export function checkMessage(buf: Uint8Array, start = 0, end = buf.length, shape: Shape = PROFILE_SHAPE, depth = 0): void {
  if (depth > 8) throw new ProtobufShapeError('messages nested too deep');
  let pos = start;
  while (pos < end) {
    const [tag, afterTag] = lengthAt(buf, pos, end);
    const field = Math.floor(tag / 8);
    const wire = tag % 8;
    if (field === 0) throw new ProtobufShapeError(`field number 0 at byte ${pos}`);
    pos = afterTag;
    if (wire === WIRE_VARINT) pos = readVarint(buf, pos, end);
    else if (wire === WIRE_I64) pos += 8;
    else if (wire === WIRE_I32) pos += 4;
    else if (wire === WIRE_LEN) {
      const [length, body] = lengthAt(buf, pos, end);
      if (body + length > end) {
        throw new ProtobufShapeError(`field ${field} at byte ${pos} declares ${length} bytes but only ${end - body} remain`);
      }
      const inner = shape[field];
      if (inner) checkMessage(buf, body, body + length, inner, depth + 1);
      pos = body + length;
    } else throw new ProtobufShapeError(`unknown wire type ${wire} at byte ${pos}`);
    if (pos > end) throw new ProtobufShapeError(`field ${field} runs past the end`);
  }
}
