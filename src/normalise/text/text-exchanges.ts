/**
 * A call logged as text is often mentioned more than once: urllib3's line,
 * then the client's printed error dict, then the exception, then backoff's
 * `Giving up` notice. Each real call must be counted once, so a mention is
 * joined to the open call when it names the same code (or status) in a way
 * not yet seen for that call, within a few lines. A repeat in the same way is
 * a new call (the next attempt), and backoff's `Backing off` notice closes its
 * call: the retry that follows is another call.
 */
import type { RawCall } from '../build-exchange.js';
import { bodyOfTextCode } from '../ndjson/line-fields.js';
import type { TextMention } from './text-line.js';

// Mentions of one call are written together; further apart they are different calls.
const MAX_LINES_APART = 20;

interface Open {
  call: RawCall;
  code?: string;
  status?: number;
  kinds: Set<string>;
  line: number;
  closed: boolean;
}

function kindOf(m: TextMention): string {
  return m.kind === 'code' ? m.code.kind : 'http-error';
}

export class TextExchanges {
  private open: Open | undefined;
  /** Mentions joined to a call already counted. */
  joined = 0;

  /** Calls that are complete; the last one may wait for more mentions of itself. */
  push(call: RawCall, mention?: TextMention): RawCall[] {
    const m: TextMention | undefined = mention ?? (call.textCode ? { kind: 'code', code: call.textCode } : undefined);
    const open = this.open;
    if (m && open && this.joins(open, m, call.source.line)) {
      this.joined++;
      open.kinds.add(kindOf(m));
      open.line = call.source.line;
      if (m.kind === 'code' && open.code === undefined) {
        open.code = m.code.code;
        open.call.responseBody = bodyOfTextCode(m.code);
        open.call.textCode = m.code;
      }
      if (m.kind === 'code' && m.code.kind === 'retry') open.closed = true;
      return [];
    }
    const out = this.flush();
    // A call with a status and no body may still be explained by the lines after it.
    if (m || (call.status !== undefined && call.url !== undefined && call.responseBody === undefined && !call.noResponse)) {
      this.open = {
        call,
        code: m?.kind === 'code' ? m.code.code : undefined,
        status: m?.kind === 'http-error' ? m.status : call.status,
        kinds: new Set(m ? [kindOf(m)] : []),
        line: call.source.line,
        closed: m?.kind === 'code' && m.code.kind === 'retry',
      };
    } else out.push(call);
    return out;
  }

  flush(): RawCall[] {
    const open = this.open;
    this.open = undefined;
    return open ? [open.call] : [];
  }

  private joins(open: Open, m: TextMention, line: number): boolean {
    if (open.closed || line - open.line > MAX_LINES_APART || open.kinds.has(kindOf(m))) return false;
    if (m.kind === 'http-error') return open.status === m.status;
    return open.code === undefined ? open.status === undefined || open.status === 200 : open.code === m.code.code;
  }
}
