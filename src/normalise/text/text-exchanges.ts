/**
 * A call logged as text is often mentioned more than once: urllib3's line,
 * then the client's printed error dict, then the exception, then backoff's
 * `Giving up` notice. Each real call must be counted once, so a mention is
 * joined to the open call when it names the same code (or status) in a way
 * not yet seen for that call, within a few lines. A repeat in the same way is
 * a new call (the next attempt), and backoff's `Backing off` notice closes its
 * call: the retry that follows is another call. Skipped records are the
 * exception: one line per record of the same batch is usual, so they join.
 */
import { differentCalls } from './call-identity.js';
import type { RawCall } from '../build-exchange.js';
import { answersFailedCall, firstErrorCode, isBareBody, namesPath, reasonsElided, samePath } from './call-facts.js';
import { bodyOfTextCode, type TextBody } from './codes-in-text.js';
import type { TextMention } from './text-line.js';
import { LinePairs } from './line-pairs.js';
import type { PairedCall } from './clients/pair-reader.js';
import { StdoutBehind } from './stdout-behind.js';

// Mentions of one call are written together; further apart they are different calls.
const MAX_LINES_APART = 20;
// The open call is always the last call read, so the lines between it and a mention are no calls; they
// may still be many: a traceback, or the rest of a record pino-pretty printed a key a line.
const MAX_MENTION_APART = 2000;
// A batch holds at most 300 records; more reasons than that are not one call's.
const MAX_RECORDS = 300;
// curl's write-out comes on the line after the body it printed, or after a blank line when the body ended in one.
const MAX_BODY_TO_WRITE_OUT = 2;
// A code alone after a line that named a URL: an HTML error page may come between (nginx's is 7 lines).
const MAX_NAMED_TO_WRITE_OUT = 50;

interface Open {
  call: RawCall;
  code?: string;
  status?: number;
  /** The body was made from skipped-record mentions, and more may join it. */
  recordBody?: Extract<TextBody, { success: true }>;
  /** How this call was mentioned so far: a second mention the same way is the next call. */
  ways: Set<string>;
  line: number;
  closed: boolean;
}

export class TextExchanges {
  private open: Open | undefined;
  /** Mentions joined to a call already counted. */
  joined = 0;
  /** The last connection urllib3 opened (scheme://host:port), for a failure that names no URL. */
  origin: string | undefined;
  /** The Marketo URL a line that named nothing else named, when no call came after it. */
  private namedUrl: string | undefined;
  private namedLine = 0;
  /** The URL of the last call, the next best guess at where such a failure went. */
  private lastUrl: string | undefined;
  /** Clients that log a call over several lines: their parts wait here for each other. */
  private readonly pairs = new LinePairs();
  /** The last call joined from a client's parts, which the next line may log again. */
  private paired: RawCall | undefined;
  /** The time java.util.logging wrote on a line of its own, for the calls of the lines after it. */
  private recordTime: { at: string | number; line: number } | undefined;
  /** A body with nothing else of its call, held one call: a write-out line right after it is its status. */
  private body: RawCall | undefined;
  /** A code alone has followed a body: the log is a curl script's, and a code alone after nothing is one too. */
  private codesAlone = false;
  /** The app's calls whose http.client debug lines a buffered stdout writes later (stdout-behind.ts). */
  private readonly behind = new StdoutBehind();

  /** Calls that are complete; the last one may wait for more mentions of itself. */
  push(line: RawCall): RawCall[] {
    const pair = (line as PairedCall).textPair;
    if (pair?.side === 'time' && line.startedAt !== undefined) {
      this.recordTime = { at: line.startedAt, line: line.source.line };
      return [];
    }
    const time = this.recordTime;
    if (time && line.startedAt === undefined && line.source.line - time.line <= MAX_LINES_APART)
      line.startedAt = time.at;
    if (pair?.side === 'write-out') return this.writeOut(line, pair.alone === true);
    if (!pair) return this.behind.noted(this.repeatsPaired(line) ? [] : this.pushCall(line));
    const out: RawCall[] = [];
    for (const call of this.pairs.take(line, pair)) {
      this.behind.debugCall(call);
      if (pair.client === 'http.client') {
        out.push(...this.behind.noted(this.flush()));
        if (this.behind.repeats(call)) continue;
      }
      this.paired = call;
      out.push(...this.pushCall(call));
    }
    return this.behind.noted(out);
  }

  /**
   * An exchange line right after a call's debug lines is the same call again: urllib3's
   * `"POST /rest/v1/leads.json HTTP/1.1" 413 ...` after http.client's `send:`/`reply:` lines.
   */
  private repeatsPaired(call: RawCall): boolean {
    const paired = this.paired;
    if (paired === undefined || call.source.line - paired.source.line > MAX_LINES_APART) return false;
    if (call.textMention || call.responseBody !== undefined || call.status !== paired.status) return false;
    if (call.method !== paired.method || !samePath(call.url, paired.url)) return false;
    this.paired = undefined;
    return true;
  }

  /** curl's write-out line (`413 0.01s https://...`): the body printed right before it is its call's. */
  private writeOut(line: RawCall, alone: boolean): RawCall[] {
    const { textPair: _, ...call } = line as PairedCall;
    const body = this.body;
    const joins =
      body !== undefined &&
      call.responseBody === undefined &&
      !call.noResponse &&
      call.source.line - body.source.line <= MAX_BODY_TO_WRITE_OUT;
    // A number alone on its line is curl's code only right after a body, or a line that named where a call went.
    const named = this.namedUrl !== undefined && call.source.line - this.namedLine <= MAX_NAMED_TO_WRITE_OUT;
    if (alone && !joins && !named && !this.codesAlone) return [];
    if (alone && joins) this.codesAlone = true;
    this.body = undefined;
    if (joins) {
      for (const [key, value] of Object.entries(body))
        if (value !== undefined && call[key as keyof RawCall] === undefined) Object.assign(call, { [key]: value });
    }
    // `-w '%{http_code}'` prints no URL: the one a line named before (`set -x` prints each curl command) is its.
    if (call.url === undefined && this.namedUrl !== undefined) call.url = this.namedUrl;
    const out = this.flush();
    if (body !== undefined && !joins) out.push(body);
    if (call.url !== undefined) {
      this.lastUrl = call.url;
      this.namedUrl = undefined;
    }
    out.push(call);
    return out;
  }

  private pushCall(call: RawCall): RawCall[] {
    const held = this.body;
    this.body = undefined;
    // A body printed alone, then the app's words about it (`lead 1 skipped: ...`): the same call, when they agree.
    const m = call.textMention;
    if (held !== undefined && m && call.url === undefined && call.status === undefined && !call.noResponse) {
      const code = firstErrorCode(held.responseBody);
      this.open = { call: held, code, ways: new Set(), line: held.source.line, closed: false };
      return this.readCall(call);
    }
    const out = this.readCall(call);
    if (held !== undefined) out.unshift(held);
    return out;
  }

  private readCall(call: RawCall): RawCall[] {
    if (call.namedUrl !== undefined) {
      this.namedUrl = call.namedUrl;
      this.namedLine = call.source.line;
      return [];
    }
    if (this.takesBody(call) || this.repeatsOpen(call)) return [];
    if (call.url !== undefined) {
      this.lastUrl = call.url;
      this.namedUrl = undefined;
    } else if (this.namedUrl !== undefined && call.textMention && (call.noResponse || call.status !== undefined)) {
      // The URL an app's line named last (`Upserting 400 leads to https://...`), right before the error.
      call.url = this.namedUrl;
    } else if (call.textMention && (call.noResponse || call.status !== undefined)) {
      const origin =
        this.origin ?? (this.lastUrl === undefined ? undefined : /^[a-z]+:\/\/[^/?#]+/i.exec(this.lastUrl)?.[0]);
      if (origin !== undefined) call.url = `${origin}/`;
    }
    const m = call.textMention;
    const open = this.open;
    if (m && open && this.joins(open, m, call.source.line) && !differentCalls(open.call, call)) {
      this.join(open, m, call.source.line);
      // The first mention named no URL of its own (axios's `AxiosError: Request failed with status code 413`,
      // then the error's printed config): where the call went is the later mention's.
      if (call.url !== undefined && !namesPath(open.call.url))
        [open.call.url, open.call.method] = [call.url, call.method];
      return [];
    }
    const out = this.flush();
    // A call with a status may be mentioned again (its error printed, its exception logged) by the lines after it.
    if (m || (call.status !== undefined && call.url !== undefined && !call.noResponse)) {
      const body = call.responseBody as TextBody | undefined;
      this.open = {
        call,
        code: m?.code?.code ?? firstErrorCode(call.responseBody),
        status: m?.status ?? call.status,
        recordBody: m?.code?.level === 'record' && body?.success ? body : undefined,
        ways: new Set(m ? [m.way] : []),
        line: call.source.line,
        closed: m?.way === 'retry',
      };
    } else if (isBareBody(call)) this.body = call;
    else out.push(call);
    return out;
  }

  flush(): RawCall[] {
    const open = this.open;
    const body = this.body;
    this.open = undefined;
    this.body = undefined;
    const out = open ? [open.call] : [];
    if (body !== undefined) out.push(body);
    return out;
  }

  /**
   * A body printed on its own after the status line of a text log (curl -v, OkHttp's BODY level,
   * Faraday's `response:` lines) answered the call that line opened.
   */
  private takesBody(call: RawCall): boolean {
    const open = this.open;
    if (!open || call.responseBody === undefined || call.source.line - open.line > MAX_LINES_APART) return false;
    if (call.url !== undefined || call.status !== undefined || call.method !== undefined || call.textMention)
      return false;
    const opened = open.call;
    if (opened.responseBody !== undefined || opened.noResponse) return false;
    if (opened.status! >= 400 && !answersFailedCall(call.responseBody)) return false;
    opened.responseBody = call.responseBody;
    open.code = firstErrorCode(call.responseBody);
    open.line = call.source.line;
    return true;
  }

  /**
   * The app's own record of a call right after the client's line of it (urllib3's `"POST /rest/v1/leads.json
   * HTTP/1.1" 200`, then loguru's or structlog's line with the method, URL, status and body): the same call,
   * and the body is its. A call whose body is known already is not logged again: the record is the next call.
   */
  private repeatsOpen(call: RawCall): boolean {
    const open = this.open;
    if (!open || call.responseBody === undefined || call.textMention || open.call.responseBody !== undefined)
      return false;
    const opened = open.call;
    if (call.source.line - open.line > MAX_LINES_APART || call.status !== opened.status || opened.noResponse)
      return false;
    if (call.method !== opened.method || !samePath(call.url, opened.url)) return false;
    for (const [key, value] of Object.entries(call)) {
      if (value !== undefined && opened[key as keyof RawCall] === undefined) Object.assign(opened, { [key]: value });
    }
    open.code = firstErrorCode(call.responseBody);
    open.line = call.source.line;
    return true;
  }

  private join(open: Open, m: TextMention, line: number): void {
    this.joined++;
    open.ways.add(m.way);
    open.line = line;
    const code = m.code;
    if (code?.level === 'record') {
      const reasons = bodyOfTextCode(code);
      if (open.recordBody && reasons.success) open.recordBody.result.push(...reasons.result);
      else if ((open.call.responseBody === undefined || reasonsElided(open.call.responseBody)) && reasons.success) {
        open.recordBody = reasons;
        open.call.responseBody = reasons;
        open.call.textMention = m;
      }
      return;
    }
    if (code && open.code === undefined) {
      open.code = code.code;
      open.call.responseBody = bodyOfTextCode(code);
      open.call.textMention = m;
    }
    if (m.way === 'retry') open.closed = true;
  }

  private joins(open: Open, m: TextMention, line: number): boolean {
    if (open.closed || line - open.line > MAX_MENTION_APART) return false;
    if (m.code?.level === 'record') {
      if (open.recordBody) return open.recordBody.result.length < MAX_RECORDS;
      // A logged body already holds the records: the lines about them add nothing.
      return (open.status === undefined || open.status === 200) && open.code === undefined;
    }
    if (open.ways.has(m.way) || open.recordBody) return false;
    if (!m.code) return open.status === m.status;
    return open.code === undefined ? open.status === undefined || open.status === 200 : open.code === m.code.code;
  }
}
