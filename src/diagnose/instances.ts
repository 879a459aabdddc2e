import { hostOf } from '../normalise/marketo-url.js';

// Enough to tell one instance from several; a log of a thousand hosts names no more.
const MAX_NAMED = 16;

/**
 * The Marketo instances (Munchkin hosts) a log's API calls went to. Marketo's limits hold per instance, while the
 * rate, concurrency and quota diagnostics count a log's calls together: with two instances or more in a
 * log, they say so (DiagnosticsState.finish). Most logs call one instance, so a URL that starts like the
 * last one is not parsed again.
 */
export class Instances {
  private readonly hosts = new Set<string>();
  private lastPrefix = '';

  add(url: string | undefined): void {
    if (url === undefined || (this.lastPrefix !== '' && url.startsWith(this.lastPrefix))) return;
    const host = hostOf(url);
    if (host === undefined) return;
    this.lastPrefix = url.slice(0, url.indexOf('://') + 3 + host.length);
    // An instance is its Munchkin host, whatever the port; a gateway's or proxy's host names no instance.
    const name = host.replace(/:\d+$/, '');
    if (name.endsWith('.mktorest.com') && this.hosts.size < MAX_NAMED) this.hosts.add(name);
  }

  get count(): number {
    return this.hosts.size;
  }

  merge(other: Instances): void {
    for (const host of other.hosts) if (this.hosts.size < MAX_NAMED) this.hosts.add(host);
  }

  toJSON(): string[] {
    return [...this.hosts];
  }

  static fromJSON(json: unknown): Instances {
    const out = new Instances();
    if (!Array.isArray(json)) return out;
    for (const h of json) if (typeof h === 'string' && h.length <= 300 && out.count < MAX_NAMED) out.hosts.add(h);
    return out;
  }
}
