/**
 * The app's lines inside a platform's prefixed lines (wrapper-prefix.ts), one
 * input at a time: containerd's `P` parts are joined to the `F` line that ends them; and the
 * line a platform's JSON record holds (shapes/envelope.ts).
 */
import { decodeText } from '../../input/decode.js';
import { lineInEnvelope } from '../shapes/envelope.js';
import { unprefix, withTime } from './wrapper-prefix.js';

// The kubelet cuts at 16 KiB; a run of parts longer than this is read as it stands rather than held.
const MAX_JOINED = 8 * 1024 * 1024;
// A platform's prefix around another's (a compose service's syslog line).
const MAX_PREFIXES = 2;

export class PlatformLines {
  private parts: string[] = [];
  private partBytes = 0;

  /** The app's line: undefined when the line has no prefix, null for a part that waits for its end. */
  unwrap(bytes: Buffer): Buffer | null | undefined {
    let text = decodeText(bytes);
    let found = unprefix(text);
    if (!found) return undefined;
    if (found.partial || this.parts.length > 0) return this.join(found.rest, found.partial, found.line);
    for (let n = 1; n < MAX_PREFIXES; n++) {
      text = found.line;
      const again = unprefix(text);
      if (!again || again.partial) break;
      found = again;
    }
    return Buffer.from(found.line);
  }

  /** The app's line a platform's record holds in one field (journald, GELF, Loki, Splunk), if any. */
  held(record: unknown): Buffer | undefined {
    return lineInEnvelope(record);
  }

  private join(rest: string, partial: boolean, line: string): Buffer | null {
    this.parts.push(rest);
    this.partBytes += rest.length;
    if (partial && this.partBytes < MAX_JOINED) return null;
    const joined = this.parts.join('');
    this.parts = [];
    this.partBytes = 0;
    // The time the F line carried, put back when the joined line has none of its own.
    const time = line === rest ? undefined : line.slice(0, line.length - rest.length - 1);
    return Buffer.from(withTime(joined, time));
  }
}
