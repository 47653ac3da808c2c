// A table from byte strings to numbers, looked up by a range of a Buffer without
// decoding it. The text importers key their frames by the raw bytes of a frame's
// text: a recording repeats a few thousand distinct frame texts millions of
// times, so only the first sight of each is decoded and parsed into a Frame.
// Open addressing over typed arrays, keys copied into one growing arena. Keys are
// hashed and compared four bytes at a time through DataViews: byte by byte, the
// compare alone cost three times as much (0.19 s vs 0.06 s on 1.7M frame lines).

const EMPTY = -1;

export class ByteKeyTable {
  private slots = new Int32Array(1024).fill(EMPTY);
  private hashes = new Int32Array(512);
  private keyStarts = new Int32Array(512);
  private keyLengths = new Int32Array(512);
  private values = new Int32Array(512);
  private arena = Buffer.allocUnsafe(16 * 1024);
  private arenaView = viewOf(this.arena);
  private arenaUsed = 0;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The value stored for buf[start, end), or -1. */
  get(buf: Buffer, start: number, end: number, hash = hashBytes(buf, start, end)): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === EMPTY) return -1;
      if (this.hashes[entry] === hash && this.sameKey(entry, buf, start, end)) return this.values[entry]!;
    }
  }

  /** Store a value (a whole number >= 0) for a key known to be absent. */
  add(buf: Buffer, start: number, end: number, value: number, hash = hashBytes(buf, start, end)): void {
    if ((this.count + 1) * 2 > this.slots.length) this.grow();
    const entry = this.count++;
    if (entry >= this.values.length) this.growEntries();
    const length = end - start;
    if (this.arenaUsed + length > this.arena.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.arena.length * 2, this.arenaUsed + length));
      this.arena.copy(bigger, 0, 0, this.arenaUsed);
      this.arena = bigger;
      this.arenaView = viewOf(bigger);
    }
    buf.copy(this.arena, this.arenaUsed, start, end);
    this.hashes[entry] = hash;
    this.keyStarts[entry] = this.arenaUsed;
    this.keyLengths[entry] = length;
    this.values[entry] = value;
    this.arenaUsed += length;
    this.place(entry);
  }

  private sameKey(entry: number, buf: Buffer, start: number, end: number): boolean {
    const length = end - start;
    if (this.keyLengths[entry] !== length) return false;
    const arena = this.arenaView;
    const view = viewOfChunk(buf);
    const at = this.keyStarts[entry]!;
    let i = 0;
    for (; i + 4 <= length; i += 4) if (arena.getInt32(at + i) !== view.getInt32(start + i)) return false;
    for (; i < length; i++) if (this.arena[at + i] !== buf[start + i]) return false;
    return true;
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[entry]! & mask;
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    for (let entry = 0; entry < this.count; entry++) this.place(entry);
  }

  private growEntries(): void {
    const widen = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.hashes = widen(this.hashes);
    this.keyStarts = widen(this.keyStarts);
    this.keyLengths = widen(this.keyLengths);
    this.values = widen(this.values);
  }
}

const viewOf = (buf: Buffer) => new DataView(buf.buffer, buf.byteOffset, buf.length);

// The view of the buffer last asked about: lines come in runs from one chunk.
let lastBuf: Buffer | undefined;
let lastView: DataView = viewOf(Buffer.alloc(0));
export function viewOfChunk(buf: Buffer): DataView {
  if (buf !== lastBuf) {
    lastBuf = buf;
    lastView = viewOf(buf);
  }
  return lastView;
}

/**
 * FNV-1a over the bytes taken four at a time, then the tail, as a signed 32-bit
 * number, finished with murmur3's mix: a product's low bits depend only on its
 * factors' low bits, so without the mix the table's slot (the low bits) would
 * depend on only the last byte or two of each four.
 */
export function hashBytes(buf: Buffer, start: number, end: number): number {
  const view = viewOfChunk(buf);
  let h = 0x811c9dc5 | 0;
  let i = start;
  for (; i + 4 <= end; i += 4) h = Math.imul(h ^ view.getInt32(i), 0x01000193);
  for (; i < end; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
  return finish(h, end - start);
}

/** Bytes hashEnds reads at each end of a long key. */
const END_BYTES = 32;

/**
 * A hash of a key's first and last 32 bytes and its length, for long keys that
 * differ near their ends (a call frame's function name first, its script, line
 * and column last): half the work of hashBytes on them. Keys that differ only in
 * the middle share a hash and are told apart by the table's compare.
 */
export function hashEnds(buf: Buffer, start: number, end: number): number {
  if (end - start <= 2 * END_BYTES) return hashBytes(buf, start, end);
  const view = viewOfChunk(buf);
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < start + END_BYTES; i += 4) h = Math.imul(h ^ view.getInt32(i), 0x01000193);
  for (let i = end - END_BYTES; i < end; i += 4) h = Math.imul(h ^ view.getInt32(i), 0x01000193);
  return finish(h, end - start);
}

function finish(hash: number, length: number): number {
  let h = hash ^ length;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
