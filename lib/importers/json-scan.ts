// A strict JSON cursor over bytes, for readers that take a few fields out of a
// large document without building it: a 62 MiB .cpuprofile parsed whole is
// 1.5 million objects, and collecting them cost more than the parse (profiled:
// GC was half of the import). Anything this cursor does not handle the plain way
// (escapes in keys, deep nesting, a value of an unexpected type, bad JSON) ends
// the fast read with NOT_FAST; the caller then parses the ordinary way, so
// errors and odd inputs behave exactly as before.

/** The one value thrown for "read this the ordinary way" (no stack captured: it is control flow). */
export const NOT_FAST: unique symbol = Symbol('not fast');

/** Nesting a skipped value may have before the ordinary parse takes over. */
const MAX_SKIP_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
/** The bytes an escape may name after its backslash: " \ / b f n r t (u is handled apart). */
const SIMPLE_ESCAPES = new Set([0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]);

export class JsonCursor {
  pos: number;

  constructor(
    readonly buf: Buffer,
    start = 0,
    readonly end = buf.length,
  ) {
    this.pos = start;
  }

  /** The next byte after JSON whitespace, not consumed; -1 at the end. */
  peek(): number {
    const { buf, end } = this;
    let p = this.pos;
    for (; p < end; p++) {
      const c = buf[p]!;
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    }
    this.pos = p;
    return p < end ? buf[p]! : -1;
  }

  expect(byte: number): void {
    if (this.peek() !== byte) throw NOT_FAST;
    this.pos++;
  }

  /** Consume `byte` if it comes next. */
  eat(byte: number): boolean {
    if (this.peek() !== byte) return false;
    this.pos++;
    return true;
  }

  /** After a container's first element: true when another follows (a comma), false at `close`. */
  more(close: number): boolean {
    if (this.eat(COMMA)) return true;
    this.expect(close);
    return false;
  }

  /** An object key and its colon: the index of the key in `names`, or -1 for another key. Keys with escapes are not fast. */
  key(names: readonly Buffer[]): number {
    this.expect(QUOTE);
    const { buf, end } = this;
    const start = this.pos;
    let stop = start;
    for (; stop < end; stop++) {
      const c = buf[stop]!;
      if (c === QUOTE) break;
      if (c === BACKSLASH || c < 0x20) throw NOT_FAST;
    }
    if (stop >= end) throw NOT_FAST;
    this.pos = stop + 1;
    this.expect(COLON);
    const length = stop - start;
    for (let i = 0; i < names.length; i++) if (sameBytes(names[i]!, buf, start, length)) return i;
    return -1;
  }

  /** A number as JSON.parse reads it (the grammar checked, the value by Number of the same text). */
  number(): number {
    if (this.peek() === -1) throw NOT_FAST;
    const { buf, end } = this;
    let p = this.pos;
    const start = p;
    if (buf[p] === MINUS) p++;
    if (p >= end || !isDigit(buf[p]!)) throw NOT_FAST;
    let value = 0;
    let digits = 0;
    if (buf[p] === 0x30) p++;
    else for (; p < end && isDigit(buf[p]!); p++, digits++) value = value * 10 + buf[p]! - 0x30;
    let plain = digits <= 15;
    if (p < end && buf[p] === 0x2e) {
      plain = false;
      p++;
      if (p >= end || !isDigit(buf[p]!)) throw NOT_FAST;
      while (p < end && isDigit(buf[p]!)) p++;
    }
    if (p < end && (buf[p] === 0x65 || buf[p] === 0x45)) {
      plain = false;
      p++;
      if (p < end && (buf[p] === 0x2b || buf[p] === MINUS)) p++;
      if (p >= end || !isDigit(buf[p]!)) throw NOT_FAST;
      while (p < end && isDigit(buf[p]!)) p++;
    }
    this.pos = p;
    if (!plain) return Number(buf.toString('latin1', start, p));
    return buf[start] === MINUS ? -value : value;
  }

  /** `[n, n, ...]` of numbers only, each added to `into`. */
  numbers(into: number[]): void {
    this.expect(0x5b);
    if (this.eat(0x5d)) return;
    for (;;) {
      into.push(this.number());
      const next = this.buf[this.pos];
      if (next === COMMA) this.pos++;
      else if (next === 0x5d) {
        this.pos++;
        return;
      } else if (!this.more(0x5d)) return; // whitespace before the comma or bracket
    }
  }

  /**
   * Step over an object whose validity will be checked another way (it is
   * parsed, or its bytes equal ones parsed before): only strings and nesting are
   * followed, so this finds the end that a parser would, for valid JSON.
   */
  skipObjectUnchecked(): void {
    if (this.peek() !== 0x7b) throw NOT_FAST;
    const { buf, end } = this;
    let depth = 0;
    for (let p = this.pos; p < end; p++) {
      const c = buf[p]!;
      if (c === QUOTE) {
        for (p++; p < end; p++) {
          const d = buf[p]!;
          if (d === BACKSLASH) p++;
          else if (d === QUOTE) break;
        }
      } else if (c === 0x7b || c === 0x5b) depth++;
      else if ((c === 0x7d || c === 0x5d) && --depth === 0) {
        this.pos = p + 1;
        return;
      }
    }
    throw NOT_FAST;
  }

  /** Step over one value of any type, checking it is valid JSON. */
  skip(depth = 0): void {
    const c = this.peek();
    if (c === QUOTE) return this.skipString();
    if (c === 0x7b || c === 0x5b) {
      if (depth >= MAX_SKIP_DEPTH) throw NOT_FAST;
      const close = c === 0x7b ? 0x7d : 0x5d;
      this.pos++;
      if (this.eat(close)) return;
      do {
        if (close === 0x7d) {
          this.skipString();
          this.expect(COLON);
        }
        this.skip(depth + 1);
      } while (this.more(close));
      return;
    }
    if (c === MINUS || isDigit(c)) return void this.number();
    for (const word of LITERALS) {
      if (this.pos + word.length <= this.end && sameBytes(word, this.buf, this.pos, word.length)) {
        this.pos += word.length;
        return;
      }
    }
    throw NOT_FAST;
  }

  /** Step over a string, escapes checked; control characters, as JSON forbids them, are not fast. */
  skipString(): void {
    this.expect(QUOTE);
    const { buf, end } = this;
    for (let p = this.pos; p < end; p++) {
      const c = buf[p]!;
      if (c === QUOTE) {
        this.pos = p + 1;
        return;
      }
      if (c < 0x20) throw NOT_FAST;
      if (c === BACKSLASH) {
        const e = buf[++p] ?? -1;
        if (e === 0x75) {
          for (let i = 0; i < 4; i++) if (!isHex(buf[++p] ?? -1)) throw NOT_FAST;
        } else if (!SIMPLE_ESCAPES.has(e)) throw NOT_FAST;
      }
    }
    throw NOT_FAST;
  }
}

const LITERALS = ['true', 'false', 'null'].map((w) => Buffer.from(w));

/** `word` equals buf[start, start + length) (compared here: Buffer.compare's call cost more than short keys). */
function sameBytes(word: Buffer, buf: Buffer, start: number, length: number): boolean {
  if (word.length !== length) return false;
  for (let i = 0; i < length; i++) if (word[i] !== buf[start + i]) return false;
  return true;
}
