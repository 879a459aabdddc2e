import type { Exchange } from '../normalise/exchange.js';
import { bodyHash, fingerprintOf, fullDigest, urlDigest, urlHash } from './fingerprint.js';

/** The fingerprint of one call and its digests, each worked out on first use (fingerprint.ts). */
export class RequestPrint {
  private ex!: Exchange;
  private url = -1;
  private body = -1;
  private urlKey = -1;
  private fullKey = -1;
  private print: string | undefined;

  set(ex: Exchange): void {
    this.ex = ex;
    this.url = -1;
    this.body = -1;
    this.urlKey = -1;
    this.fullKey = -1;
    this.print = undefined;
  }

  urlDigest(): number {
    if (this.urlKey < 0) this.urlKey = urlDigest(this.ex, this.urlHash());
    return this.urlKey;
  }

  fullDigest(): number {
    if (this.fullKey < 0) this.fullKey = fullDigest(this.urlDigest(), this.bodyHash());
    return this.fullKey;
  }

  fingerprint(): string {
    this.print ??= fingerprintOf(this.ex, this.urlHash(), this.bodyHash());
    return this.print;
  }

  // Both hashes are unsigned 32-bit numbers, so -1 marks one not yet worked out.
  private urlHash(): number {
    if (this.url < 0) this.url = urlHash(this.ex);
    return this.url;
  }

  private bodyHash(): number {
    if (this.body < 0) this.body = bodyHash(this.ex);
    return this.body;
  }
}
