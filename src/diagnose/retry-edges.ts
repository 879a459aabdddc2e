import type { Exchange } from '../normalise/exchange.js';
import { asNumber, asObject } from './json.js';
import { type Sample, sampleOf } from './samples.js';

/**
 * What a part of a log needs to count a pointless retry that crosses its cut:
 * the first call of each request near its start (it may retry a failure at the
 * end of the part before), kept until the part's first time plus the retry
 * horizon. The failures still waiting for a retry at its end are the detector's
 * own map. A first try megabytes before the cut is thus matched at merge time,
 * where a context of a few MiB around the cut would miss it.
 */
export interface HeadCall {
  fp: string;
  t: number;
  sample: Sample;
  /** Pointless retries this part counted before this call: where its sample goes among the part's. */
  before: number;
}

/** Marketo allows about 4,500 calls in 15 minutes (100 per 20 s): more distinct requests are not kept. */
const MAX_HEAD = 10_000;

export class RetryEdges {
  head: HeadCall[] = [];
  private readonly headFps = new Set<string>();
  firstT: number | undefined;
  lastT: number | undefined;
  /** Another log began inside this part: later calls cannot retry anything of the part before. */
  closed = false;

  constructor(private readonly horizonMs: number) {}

  /** Notes a call's time; true while its first call of a request must be kept. */
  inHead(t: number): boolean {
    this.firstT ??= t;
    if (this.lastT === undefined || t > this.lastT) this.lastT = t;
    return !this.closed && t - this.firstT <= this.horizonMs && this.head.length < MAX_HEAD;
  }

  /** The first call of request `fp` in this part (later ones see this part's own state). */
  firstCall(fp: string, t: number, ex: Exchange, before: number): void {
    if (this.headFps.has(fp)) return;
    this.headFps.add(fp);
    this.head.push({ fp, t, sample: sampleOf(ex), before });
  }

  /**
   * The calls of `later`'s head that are also first calls of the part both make: those within the
   * horizon of this part's start, when this part was shorter than that. `offset(h)` rebases `before`.
   */
  carry(later: RetryEdges, offset: (h: HeadCall) => number): void {
    if (this.firstT === undefined) {
      this.firstT = later.firstT;
      this.closed = later.closed;
    }
    for (const h of later.head) {
      if (this.closed || this.firstT === undefined || h.t - this.firstT > this.horizonMs) break;
      if (this.headFps.has(h.fp) || this.head.length >= MAX_HEAD) continue;
      this.headFps.add(h.fp);
      this.head.push({ ...h, before: offset(h) });
    }
    if (later.lastT !== undefined && (this.lastT === undefined || later.lastT > this.lastT)) this.lastT = later.lastT;
    if (later.closed) this.closed = true;
  }

  close(): void {
    this.closed = true;
  }

  toJSON(): unknown {
    return {
      head: this.head.map((h) => [h.fp, h.t, h.before, h.sample.requestId, h.sample.source]),
      firstT: this.firstT ?? null,
      lastT: this.lastT ?? null,
      closed: this.closed,
    };
  }

  static fromJSON(json: unknown, horizonMs: number): RetryEdges {
    const o = asObject(json);
    const e = new RetryEdges(horizonMs);
    if (typeof o.firstT === 'number' && Number.isFinite(o.firstT)) e.firstT = o.firstT;
    if (typeof o.lastT === 'number' && Number.isFinite(o.lastT)) e.lastT = o.lastT;
    e.closed = o.closed === true;
    const head = Array.isArray(o.head) ? o.head.slice(0, MAX_HEAD) : [];
    for (const item of head) {
      if (!Array.isArray(item)) continue;
      const [fp, t, before, requestId, source] = item as unknown[];
      if (typeof fp !== 'string' || typeof t !== 'number' || !Number.isFinite(t) || typeof source !== 'string')
        continue;
      const key = fp.slice(0, 200);
      if (e.headFps.has(key)) continue;
      e.headFps.add(key);
      const sample = {
        requestId: typeof requestId === 'string' ? requestId.slice(0, 100) : null,
        source: source.slice(0, 300),
      };
      e.head.push({ fp: key, t, before: Math.max(0, asNumber(before)), sample });
    }
    return e;
  }
}
