import { sourceLabel, type Exchange } from '../normalise/exchange.js';

/** A pointer to one exchange a reader can look up: Marketo's requestId and file:line. */
export interface Sample {
  requestId: string | null;
  source: string;
}

/** Keeps the first few samples in log order; later input only fills free places. */
export class Samples {
  private items: Sample[] = [];
  constructor(private readonly max = 5) {}

  get full(): boolean {
    return this.items.length >= this.max;
  }

  add(ex: Exchange): void {
    if (this.items.length < this.max) this.items.push(sampleOf(ex));
  }

  /** A sample kept elsewhere (a detector's own), in log order after the ones held. */
  push(sample: Sample): void {
    if (this.items.length < this.max) this.items.push(sample);
  }

  merge(other: Samples): void {
    for (const s of other.items) if (this.items.length < this.max) this.items.push(s);
  }

  list(): Sample[] {
    return this.items.slice();
  }

  toJSON(): Sample[] {
    return this.items;
  }

  static fromJSON(json: unknown, max = 5): Samples {
    const s = new Samples(max);
    if (Array.isArray(json)) {
      for (const item of json.slice(0, max)) {
        if (item === null || typeof item !== 'object') continue;
        const { requestId, source } = item as Record<string, unknown>;
        if (typeof source !== 'string') continue;
        s.items.push({
          requestId: typeof requestId === 'string' ? requestId.slice(0, 100) : null,
          source: source.slice(0, 300),
        });
      }
    }
    return s;
  }
}

export function sampleOf(ex: Exchange): Sample {
  return { requestId: ex.requestId ?? null, source: sourceLabel(ex.source) };
}
