import type { Level } from '../catalog/types.js';
import type { Finding } from '../classify/finding.js';
import type { SourceRef } from '../normalise/exchange.js';

export const MAX_SAMPLES = 5;
export const MAX_VARIANTS = 100;
export const MAX_RECORDS = 200;
export const OTHER_VARIANTS = '(other variants)';
export const MAX_ENDPOINTS = 100;
export const OTHER_ENDPOINTS = '(other endpoints)';

export interface Variant {
  message: string;
  params: string[];
  count: number;
}

/** Everything counted for one level+code; merges exactly with another tally of the same key. */
export class CodeTally {
  readonly level: Level;
  readonly code: string;
  documented = false;
  count = 0;
  exchanges = 0;
  firstSeen: number | undefined;
  lastSeen: number | undefined;
  readonly endpoints = new Map<string, number>();
  readonly messages = new Map<string, Variant>();
  samples: Array<{ requestId: string | null; source: SourceRef }> = [];
  records: Array<{ index: number; key: string; source: SourceRef }> = [];

  constructor(level: Level, code: string) {
    this.level = level;
    this.code = code;
  }

  static key(level: Level, code: string): string {
    return `${level}:${code}`;
  }

  /** Adds one exchange's occurrences of this code. */
  addExchange(
    findings: Finding[],
    endpoint: string,
    time: number | undefined,
    requestId: string | undefined,
    source: SourceRef,
  ): void {
    this.exchanges++;
    this.count += findings.length;
    this.documented ||= findings[0]!.documented;
    this.seen(time, time);
    this.addEndpoint(endpoint, findings.length);
    for (const f of findings) {
      this.addVariant(f.message, f.params, 1);
      if (f.recordKey !== undefined && this.records.length < MAX_RECORDS) {
        this.records.push({ index: f.recordIndex ?? -1, key: f.recordKey, source });
      }
    }
    if (this.samples.length < MAX_SAMPLES) this.samples.push({ requestId: requestId ?? null, source });
  }

  /** `other` covers input after this tally's input: samples keep the earliest. */
  merge(other: CodeTally): void {
    this.count += other.count;
    this.exchanges += other.exchanges;
    this.documented ||= other.documented;
    this.seen(other.firstSeen, other.lastSeen);
    for (const [endpoint, n] of other.endpoints) this.addEndpoint(endpoint, n);
    for (const v of other.messages.values()) this.addVariant(v.message, v.params, v.count);
    this.samples = this.samples.concat(other.samples).slice(0, MAX_SAMPLES);
    this.records = this.records.concat(other.records).slice(0, MAX_RECORDS);
  }

  private seen(first: number | undefined, last: number | undefined): void {
    if (first !== undefined && (this.firstSeen === undefined || first < this.firstSeen)) this.firstSeen = first;
    if (last !== undefined && (this.lastSeen === undefined || last > this.lastSeen)) this.lastSeen = last;
  }

  private addEndpoint(endpoint: string, n: number): void {
    const key = this.endpoints.has(endpoint) || this.endpoints.size < MAX_ENDPOINTS ? endpoint : OTHER_ENDPOINTS;
    bump(this.endpoints, key, n);
  }

  private addVariant(message: string, params: string[], count: number): void {
    let key = message;
    if (!this.messages.has(key) && this.messages.size >= MAX_VARIANTS) key = OTHER_VARIANTS;
    const current = this.messages.get(key);
    if (current) current.count += count;
    else this.messages.set(key, { message: key, params: key === OTHER_VARIANTS ? [] : params, count });
  }
}

function bump(map: Map<string, number>, key: string, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

/** Map entries as a list, most frequent first, ties by name for a stable order. */
export function ranked<T extends { count: number }>(items: Iterable<T>, name: (t: T) => string): T[] {
  return [...items].sort((a, b) => b.count - a.count || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
}
