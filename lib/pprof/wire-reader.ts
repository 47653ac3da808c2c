// Reads the protobuf wire format from a buffer whose shape protobuf-check has
// already walked: lengths fit, varints end, wire types are the ones profile.proto
// gives each field. So reading never has to check bounds, only to be exact.

const TWO_28 = 2 ** 28;
const TWO_32 = 2 ** 32;

export class WireReader {
  pos: number;
  constructor(
    readonly buf: Uint8Array,
    start = 0,
  ) {
    this.pos = start;
  }

  /**
   * An unsigned varint as the nearest double: exact below 2^53, and beyond it
   * rounded once (the high bits are summed exactly, then added), as reading the
   * whole number and converting it would.
   */
  uint(): number {
    const buf = this.buf;
    let b = buf[this.pos++]!;
    if (b < 0x80) return b;
    let low = b & 0x7f;
    for (let shift = 7; shift < 28; shift += 7) {
      b = buf[this.pos++]!;
      low |= (b & 0x7f) << shift;
      if (b < 0x80) return low;
    }
    let high = 0;
    let scale = 1;
    do {
      b = buf[this.pos++]!;
      high += (b & 0x7f) * scale;
      scale *= 128;
    } while (b >= 0x80);
    return high * TWO_28 + low;
  }

  /** A signed int64 varint (two's complement, ten bytes when negative) as the nearest double. */
  int64(): number {
    const buf = this.buf;
    const first = buf[this.pos]!;
    if (first < 0x80) {
      this.pos++;
      return first;
    }
    let low = 0;
    let high = 0;
    let b: number;
    let i = 0;
    do {
      b = buf[this.pos++]!;
      const bits = b & 0x7f;
      if (i < 4) low |= bits << (7 * i);
      else if (i === 4) {
        low |= bits << 28;
        high = bits >>> 4;
      } else if (i < 10) high |= bits << (7 * i - 32);
      i++;
    } while (b >= 0x80);
    low >>>= 0;
    if (high & 0x80000000) return -((~high >>> 0) * TWO_32 + ((~low >>> 0) + 1));
    return (high >>> 0) * TWO_32 + low;
  }

  /** Steps over a field's value of wire type `wire` (0 varint, 1 fixed64, 2 length-delimited, 5 fixed32). */
  skip(wire: number): void {
    if (wire === 0) {
      while (this.buf[this.pos++]! >= 0x80);
    } else if (wire === 2) {
      const length = this.uint();
      this.pos += length;
    } else this.pos += wire === 1 ? 8 : 4;
  }
}
