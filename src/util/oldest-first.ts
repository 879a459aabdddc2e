import { Fifo } from './fifo.js';

/**
 * The keys of a Set or Map in the order they were added, for dropping the
 * oldest one still there. Walking a Set or Map from its front after deleting
 * from it steps over every hole left by earlier deletes until V8 rehashes it,
 * so evicting with `set.values().next()` costs in proportion to the window
 * (test/oldest-first.test.ts counts the steps). This queue is read from its front and
 * rebuilt when the keys deleted elsewhere pile up in it.
 */
export class OldestFirst<K> {
  private readonly queue = new Fifo<K>();

  add(key: K): void {
    this.queue.push(key);
  }

  /**
   * The oldest key still in `live`, or undefined; keys before it are forgotten.
   * `live.size` tells when stale keys outnumber the live ones: the queue is then rebuilt from `live`.
   */
  oldest(live: { has(key: K): boolean; size: number; keys(): Iterable<K> }): K | undefined {
    const q = this.queue;
    while (q.size > 0 && !live.has(q.first()!)) q.shift();
    const key = q.first();
    this.compact(live);
    return key;
  }

  /** Call after deleting from `live` outside `oldest`, so that the queue stays within twice its size. */
  compact(live: { size: number; keys(): Iterable<K> }): void {
    if (this.queue.size > 2 * live.size + 4_096) this.queue.refill(live.keys());
  }
}
