/**
 * The contract of a client that logs a call as two lines or more (a request
 * line, later a status line): a reader turns one line into the part of a call
 * it shows, and line-pairs.ts joins the parts. Readers are listed in index.ts.
 */
import type { RawCall } from '../../build-exchange.js';

export type PairSide =
  /** A call was sent: method and URL (or a path, its host to come). */
  | 'request'
  /** The host of the request just sent on the same channel (curl's `> Host:` header). */
  | 'host'
  /** The status of a request sent earlier (with its URL when the client prints it again). */
  | 'response'
  /** Proof that a request sent earlier got no response (a reset, a timeout, an empty reply). */
  | 'failure'
  /** The body of the response whose status line came last (Ruby Net::HTTP's debug output prints it). */
  | 'body'
  /** The time of the record whose message comes on the next lines (java.util.logging's header line). */
  | 'time'
  /** A status printed after the body it answered (curl's `--write-out`): the body on the line before is its. */
  | 'write-out'
  /** Another line the client writes about its calls (a header, a connection note): read, and nothing to count. */
  | 'trace';

/** Where a line belongs: the client, the id it prints (else its lines pair in order), and the part. */
export interface TextPair {
  client: string;
  side: PairSide;
  /** Spring's log prefix, Apache's connection, a .NET client's name, OkHttp's URL. */
  id?: string;
  /** One call at a time on a channel (curl, an HTTP connection): a new request ends the one before. */
  serial?: true;
  /** A monotonic clock the client prints on each line, in ns (Apex's counter): a response's minus its request's. */
  clockNs?: number;
  /** A status alone on its line (curl's `-w '\n%{http_code}\n'`): it may be any number, unless a call comes before. */
  alone?: true;
}

/** A call read from text, with the part of a call its line shows when a client logs calls in parts. */
export type PairedCall = RawCall & { textPair?: TextPair };

export type PairFacts = Pick<
  RawCall,
  'method' | 'url' | 'host' | 'status' | 'durationMs' | 'noResponse' | 'responseBody' | 'textMention' | 'startedAt'
> & {
  textPair: TextPair;
};

export interface PairReader {
  name: string;
  /** Texts one of which every line of this client holds: a cheap test before the patterns. */
  hints: string[];
  read(line: string): PairFacts | undefined;
}

/** The parts of a client that runs one request at a time on a channel and prints no id. */
export const serialParts =
  (client: string) =>
  (side: PairSide): TextPair => ({ client, side, serial: true });

/** How a wire dump writes a request line (method, target, the host when on the same line), Host and status. */
export interface WirePatterns {
  sent: RegExp;
  host?: RegExp;
  answered: RegExp;
}

/** The request, Host header or status a line of a wire dump (curl -v, Go's httputil, http.client) shows. */
export function readWire(line: string, p: WirePatterns, part: (side: PairSide) => TextPair): PairFacts | undefined {
  const sent = p.sent.exec(line);
  if (sent) {
    const facts: PairFacts = { method: sent[1], url: sent[2], textPair: part('request') };
    if (sent[3] !== undefined) facts.host = sent[3];
    return facts;
  }
  const host = p.host?.exec(line);
  if (host) return { host: host[1], textPair: part('host') };
  const answered = p.answered.exec(line);
  return answered ? { status: Number(answered[1]), textPair: part('response') } : undefined;
}

/** A line of `client` that adds nothing to its call. */
export const trace = (client: string): PairFacts => ({ textPair: { client, side: 'trace' } });

/** Milliseconds as a client prints them (`415.2`), or undefined past any plausible call. */
export function millis(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const ms = Number(text);
  return Number.isFinite(ms) ? ms : undefined;
}
