/**
 * A binary min-heap of numbers, each with an optional second number and a small
 * integer riding along, kept in typed arrays: no object per item and nothing for
 * the collector. It sifts exactly as MinHeap (heap.ts) does, so items with equal
 * keys come out in the same order.
 */
export class NumberHeap {
  private keys = new Float64Array(256);
  private values = new Float64Array(256);
  private tags = new Uint8Array(256);
  size = 0;
  /** The value and tag of the item the last pop() took. */
  poppedValue = 0;
  poppedTag = 0;

  /** The smallest key; the heap must not be empty. */
  peek(): number {
    return this.keys[0]!;
  }

  push(key: number, value = 0, tag = 0): void {
    if (this.size === this.keys.length) this.grow();
    const keys = this.keys;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent]! <= key) break;
      this.move(parent, i);
      i = parent;
    }
    this.put(i, key, value, tag);
  }

  /** Takes the smallest key (its value and tag in poppedValue, poppedTag); the heap must not be empty. */
  pop(): number {
    const keys = this.keys;
    const top = keys[0]!;
    this.poppedValue = this.values[0]!;
    this.poppedTag = this.tags[0]!;
    const n = --this.size;
    if (n === 0) return top;
    const key = keys[n]!;
    const value = this.values[n]!;
    const tag = this.tags[n]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const child = r < n && keys[r]! < keys[l]! ? r : l;
      if (keys[child]! >= key) break;
      this.move(child, i);
      i = child;
    }
    this.put(i, key, value, tag);
    return top;
  }

  private move(from: number, to: number): void {
    this.keys[to] = this.keys[from]!;
    this.values[to] = this.values[from]!;
    this.tags[to] = this.tags[from]!;
  }

  private put(i: number, key: number, value: number, tag: number): void {
    this.keys[i] = key;
    this.values[i] = value;
    this.tags[i] = tag;
  }

  private grow(): void {
    const cap = this.keys.length * 2;
    const keys = new Float64Array(cap);
    const values = new Float64Array(cap);
    const tags = new Uint8Array(cap);
    keys.set(this.keys);
    values.set(this.values);
    tags.set(this.tags);
    this.keys = keys;
    this.values = values;
    this.tags = tags;
  }
}
