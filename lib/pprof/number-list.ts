// A growable list of doubles in one Float64Array: the decoder's per-sample
// tables (location ids, values, labels) hold millions of numbers on a large
// profile, and a typed array keeps them unboxed, contiguous and out of the GC's way.

export class NumberList {
  private items = new Float64Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.items.length) this.grow();
    this.items[this.length++] = value;
  }

  at(index: number): number {
    return this.items[index]!;
  }

  private grow(): void {
    const bigger = new Float64Array(this.items.length * 2);
    bigger.set(this.items);
    this.items = bigger;
  }
}
