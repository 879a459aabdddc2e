/**
 * A first-in, first-out queue read from a head index: Array.prototype.shift()
 * moves every item left on each call. A slot is cleared the moment its item
 * is taken, so the queue never keeps alive what its reader has handed on
 * (a consumed slot left filled until the next compaction kept 4,096 calls alive
 * in the call assembler, and every young-generation GC copied them again).
 * The array is compacted once the taken slots outnumber the waiting ones.
 */
export class Fifo<T> {
  private items: Array<T | undefined> = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  /** The oldest item, left in place. */
  first(): T | undefined {
    return this.items[this.head];
  }

  /** The newest item, left in place. */
  last(): T | undefined {
    return this.size > 0 ? this.items[this.items.length - 1] : undefined;
  }

  /** Takes the oldest item out. */
  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) this.clear();
    else if (this.head > 1_024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  /** The waiting items, oldest first. */
  *[Symbol.iterator](): IterableIterator<T> {
    for (let i = this.head; i < this.items.length; i++) yield this.items[i]!;
  }

  clear(): void {
    this.items = [];
    this.head = 0;
  }

  /** Empties the queue and fills it with `items`, in their order. */
  refill(items: Iterable<T>): void {
    this.items = [...items];
    this.head = 0;
  }
}
