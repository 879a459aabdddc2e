/**
 * Counts per time bucket in bounded memory. Buckets start as wide as the first
 * width of a ladder; when a new bucket would pass `maxBuckets` (or make the
 * span from the first to the last bucket longer than `maxSpan` buckets), every
 * bucket widens to the next width. Each width divides the next (past the ladder's end
 * the width doubles), so widening adds whole buckets together and loses
 * nothing but resolution, and two parts merge into exactly what one pass over
 * both would hold: the width is always the narrowest that fits the data.
 */
export class TimeBuckets {
  private buckets = new Map<number, number[]>();
  private step = 0;
  /** Starts of the first and the last bucket. */
  private first = Number.POSITIVE_INFINITY;
  private last = Number.NEGATIVE_INFINITY;

  /**
   * `arity`: how many counts a bucket holds. Times are integers in the ladder's unit (ms, s or h);
   * times further than `limit` from 0 are left out (JavaScript's date range, so every bucket can be dated).
   */
  constructor(
    private readonly ladder: readonly number[],
    readonly arity: number,
    readonly maxBuckets: number,
    readonly maxSpan = Number.POSITIVE_INFINITY,
    readonly limit = Number.POSITIVE_INFINITY,
  ) {}

  get width(): number {
    return widthAt(this.ladder, this.step);
  }

  get size(): number {
    return this.buckets.size;
  }

  /**
   * The counts of the bucket that holds time t (made on first use); undefined
   * for a time that is not finite or past `limit`.
   */
  slot(t: number): number[] | undefined {
    if (!Number.isFinite(t) || Math.abs(t) > this.limit) return undefined;
    for (;;) {
      const key = startOf(t, this.width);
      const counts = this.buckets.get(key);
      if (counts !== undefined) return counts;
      const first = Math.min(this.first, key);
      const last = Math.max(this.last, key);
      if (this.buckets.size < this.maxBuckets && (last - first) / this.width < this.maxSpan) {
        const fresh = new Array<number>(this.arity).fill(0);
        this.buckets.set(key, fresh);
        this.first = first;
        this.last = last;
        return fresh;
      }
      this.widen(this.step + 1);
    }
  }

  add(t: number, index = 0, n = 1): void {
    const counts = this.slot(t);
    if (counts !== undefined) counts[index]! += n;
  }

  /** Adds the counts of a bucket starting at t that is `width` wide (from a merge or a saved state). */
  addBucket(t: number, width: number, counts: readonly number[]): void {
    if (!Number.isFinite(t)) return;
    // A bucket at least as wide as the incoming one holds it whole (ladder widths divide each other).
    let step = this.step;
    while (widthAt(this.ladder, step) < width) step++;
    if (step > this.step) this.widen(step);
    const mine = this.slot(t);
    if (mine === undefined) return;
    for (let i = 0; i < this.arity; i++) {
      const n = counts[i];
      if (typeof n === 'number' && Number.isFinite(n)) mine[i]! += n;
    }
  }

  /** `other` may be narrower or wider: the result has the width one pass over both would have. */
  merge(other: TimeBuckets): void {
    if (other.step > this.step) this.widen(other.step);
    const width = other.width;
    for (const [t, counts] of other.buckets) this.addBucket(t, width, counts);
  }

  /** [start, counts] in time order. */
  sorted(): Array<[number, number[]]> {
    return [...this.buckets].sort((a, b) => a[0] - b[0]);
  }

  /** Flat and delta-coded: [start, ...counts, startStep, ...counts, ...]; with arity 1, the pairs of json.ts. */
  toFlat(): number[] {
    const out: number[] = [];
    let prev = 0;
    for (const [t, counts] of this.sorted()) {
      out.push(t - prev, ...counts);
      prev = t;
    }
    return out;
  }

  /**
   * Reads what toFlat wrote for buckets `width` wide; stops at the first value that is not a finite
   * number, or at a start past `limit` (a Date must be able to hold it).
   */
  readFlat(v: unknown, width: unknown): void {
    if (!Array.isArray(v)) return;
    const w = typeof width === 'number' && Number.isFinite(width) && width > 0 ? width : widthAt(this.ladder, 0);
    const stride = this.arity + 1;
    let t = 0;
    for (let i = 0; i + stride <= v.length; i += stride) {
      const row = v.slice(i, i + stride);
      if (!row.every((x) => typeof x === 'number' && Number.isFinite(x))) return;
      // Starts rise (the first is absolute and may be negative); counts are never negative.
      if ((i > 0 && row[0] <= 0) || row.slice(1).some((x) => x < 0)) return;
      t += row[0] as number;
      if (Math.abs(t) > this.limit) return;
      this.addBucket(t, w, row.slice(1) as number[]);
    }
  }

  private widen(step: number): void {
    while (this.step < step) {
      this.step++;
      const width = this.width;
      const wider = new Map<number, number[]>();
      for (const [t, counts] of this.buckets) {
        const key = startOf(t, width);
        const into = wider.get(key);
        if (into === undefined) wider.set(key, counts);
        else for (let i = 0; i < this.arity; i++) into[i]! += counts[i]!;
      }
      this.buckets = wider;
      if (wider.size > 0) {
        this.first = startOf(this.first, width);
        this.last = startOf(this.last, width);
      }
    }
  }
}

function widthAt(ladder: readonly number[], step: number): number {
  const last = ladder.length - 1;
  return step <= last ? ladder[step]! : ladder[last]! * 2 ** (step - last);
}

function startOf(t: number, width: number): number {
  return Math.floor(t / width) * width;
}
