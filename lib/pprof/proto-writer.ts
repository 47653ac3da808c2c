// The protobuf wire format as pprof needs it, written into one growing Buffer:
// varints (numbers as int64: truncated, negatives as ten-byte two's complement),
// varint fields left out when zero (proto3), length-delimited fields whose
// length the caller has measured, and strings.

const TWO_32 = 4294967296;
const VARINT = 0;
const LENGTH_DELIMITED = 2;

/** The 64-bit two's complement halves of a number, truncated toward zero; NaN and infinities are 0. */
function int64Halves(n: number): [hi: number, lo: number] {
  if (!Number.isFinite(n)) return [0, 0];
  const negative = n < 0;
  const a = Math.trunc(negative ? -n : n);
  let lo = a >>> 0;
  let hi = Math.floor(a / TWO_32) >>> 0;
  if (negative) {
    hi = ~hi >>> 0;
    lo = ~lo >>> 0;
    if (++lo > 0xffffffff) {
      lo = 0;
      hi = (hi + 1) >>> 0;
    }
  }
  return [hi, lo];
}

/** Bytes a varint of `n` takes. */
export function varintSize(n: number): number {
  if (n >= 0 && n < 0x80000000 && (n | 0) === n) {
    if (n < 0x80) return 1;
    if (n < 0x4000) return 2;
    if (n < 0x200000) return 3;
    if (n < 0x10000000) return 4;
    return 5;
  }
  let [hi, lo] = int64Halves(n);
  let size = 1;
  while (hi !== 0 || lo > 127) {
    lo = ((lo >>> 7) | (hi << 25)) >>> 0;
    hi >>>= 7;
    size++;
  }
  return size;
}

export class ProtoWriter {
  private buf = Buffer.allocUnsafe(64 * 1024);
  private pos = 0;

  private room(bytes: number): void {
    if (this.pos + bytes <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + bytes));
    this.buf.copy(bigger, 0, 0, this.pos);
    this.buf = bigger;
  }

  varint(n: number): void {
    this.room(10);
    this.varintInRoom(n);
  }

  /**
   * A packed repeated field of `values[i] + offset`, whose body the caller has
   * measured (`bodySize`): room is made once, not per element.
   */
  packed(field: number, values: readonly number[], offset: number, bodySize: number): void {
    if (values.length === 0) return;
    this.tagLength(field, bodySize);
    this.room(bodySize);
    for (let i = 0; i < values.length; i++) this.varintInRoom(values[i]! + offset);
  }

  private varintInRoom(n: number): void {
    const buf = this.buf;
    if (n >= 0 && n < 0x80000000 && (n | 0) === n) {
      while (n > 127) {
        buf[this.pos++] = (n & 127) | 128;
        n >>>= 7;
      }
      buf[this.pos++] = n;
      return;
    }
    let [hi, lo] = int64Halves(n);
    while (hi !== 0) {
      buf[this.pos++] = (lo & 127) | 128;
      lo = ((lo >>> 7) | (hi << 25)) >>> 0;
      hi >>>= 7;
    }
    while (lo > 127) {
      buf[this.pos++] = (lo & 127) | 128;
      lo >>>= 7;
    }
    buf[this.pos++] = lo;
  }

  /** A varint field; left out when the value is 0 (or not a number), as proto3 does. */
  field(field: number, value: number): void {
    if (!value) return;
    this.varint((field << 3) | VARINT);
    this.varint(value);
  }

  /** The tag and length of a length-delimited field whose body the caller writes next. */
  tagLength(field: number, length: number): void {
    this.varint((field << 3) | LENGTH_DELIMITED);
    this.varint(length);
  }

  string(field: number, text: string): void {
    const bytes = Buffer.byteLength(text, 'utf8');
    this.tagLength(field, bytes);
    this.room(bytes);
    this.pos += this.buf.write(text, this.pos, 'utf8');
  }

  finish(): Buffer {
    return this.buf.subarray(0, this.pos);
  }
}
