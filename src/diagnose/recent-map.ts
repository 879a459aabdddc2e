import { Fifo } from '../util/fifo.js';

/** A set() in order: stale once its key is deleted or set again (a newer `seq`). */
interface Entry {
  key: string;
  seq: number;
}

/** The digests of a key (ExchangeInput): equal whenever keys are equal. */
export interface Digests {
  urlDigest(): number;
  fullDigest(): number;
}

interface Held<V> {
  value: V;
  seq: number;
  /** -1 when set without digests (a state read back from JSON). */
  url: number;
  full: number;
}

/**
 * A map that forgets: entries older than maxAgeMs (by their own time) or past
 * maxSize are dropped oldest first. Re-setting a key moves it to the back, so
 * the order of sets is recency order for nearly time-ordered input.
 *
 * The order is kept in a queue of its own, read from a head index: evicting
 * from the front of a Map with delete() leaves holes that every later walk from
 * the front steps over again (300,000 sets with 10,000 live keys took 2.6 CPU-s).
 */
export class RecentMap<V extends { t: number }> {
  private readonly map = new Map<string, Held<V>>();
  private readonly queue = new Fifo<Entry>();
  private seq = 0;
  /** How many held keys have each digest (Digests), and how many were set without them. */
  private readonly byUrl = new Map<number, number>();
  private readonly byFull = new Map<number, number>();
  private undigested = 0;

  constructor(
    private readonly maxAgeMs: number,
    private readonly maxSize = 50_000,
  ) {}

  get(key: string, now: number): V | undefined {
    const e = this.map.get(key);
    if (e !== undefined && now - e.value.t > this.maxAgeMs) {
      this.drop(key, e);
      return undefined;
    }
    return e?.value;
  }

  /** `digests`: those of `key`, so that mayHold can rule keys out; without them mayHold says yes. */
  set(key: string, value: V, digests?: Digests): void {
    const seq = ++this.seq;
    // Delete first, so that the map's own order is recency order too (the queue is rebuilt from it).
    this.delete(key);
    const held: Held<V> = { value, seq, url: -1, full: -1 };
    if (digests === undefined) this.undigested++;
    else {
      held.url = digests.urlDigest();
      held.full = digests.fullDigest();
      count(this.byUrl, held.url, 1);
      count(this.byFull, held.full, 1);
    }
    this.map.set(key, held);
    this.queue.push({ key, seq });
    this.evict(value.t);
  }

  delete(key: string): void {
    const e = this.map.get(key);
    if (e !== undefined) this.drop(key, e);
  }

  /** False when no key with these digests is held, so the caller need not work out its key. */
  mayHold(digests: Digests): boolean {
    if (this.map.size === 0) return false;
    if (this.undigested > 0) return true;
    return this.byUrl.has(digests.urlDigest()) && this.byFull.has(digests.fullDigest());
  }

  /** Sets every entry of `other`, oldest first, with its digests. */
  setAll(other: RecentMap<V>): void {
    for (const [key, e] of other.map) {
      this.set(key, e.value, e.url < 0 ? undefined : { urlDigest: () => e.url, fullDigest: () => e.full });
    }
  }

  private drop(key: string, e: Held<V>): void {
    this.map.delete(key);
    if (e.url < 0) this.undigested--;
    else {
      count(this.byUrl, e.url, -1);
      count(this.byFull, e.full, -1);
    }
  }

  /** The entries not yet forgotten, oldest set first (some may be past maxAgeMs: get() drops those). */
  entries(): Array<[string, V]> {
    return [...this.map].map(([key, e]) => [key, e.value]);
  }

  /** True while some entry is younger than maxAgeMs at `now`; forgets the older ones. */
  active(now: number): boolean {
    this.evict(now);
    return this.map.size > 0;
  }

  private evict(now: number): void {
    const q = this.queue;
    for (let next = q.first(); next !== undefined; next = q.first()) {
      const e = this.map.get(next.key);
      if (e !== undefined && e.seq === next.seq) {
        if (this.map.size <= this.maxSize && now - e.value.t <= this.maxAgeMs) break;
        this.drop(next.key, e);
      }
      q.shift();
    }
    if (q.size > 2 * this.map.size + 4_096) {
      // Stale entries behind a live front pile up when one key is set again and again: rebuild from the map.
      q.refill([...this.map].map(([key, e]) => ({ key, seq: e.seq })));
    }
  }
}

function count(counts: Map<number, number>, key: number, by: number): void {
  const n = (counts.get(key) ?? 0) + by;
  if (n === 0) counts.delete(key);
  else counts.set(key, n);
}
