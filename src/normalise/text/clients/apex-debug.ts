/**
 * An Apex debug log (Developer Console, `sf apex get log`, Setup > Debug Logs): `10:00:02.300 (1300234567)|EVENT|...`,
 * a time of day and the nanoseconds since the transaction began. A callout is `CALLOUT_REQUEST|[52]|System.HttpRequest[
 * Endpoint=url, Method=POST]`, then `CALLOUT_RESPONSE|[52]|System.HttpResponse[Status=..., StatusCode=413]` (the `[52]`
 * is the Apex line, not an id: callouts of a transaction run one at a time), or an `EXCEPTION_THROWN` of a
 * `System.CalloutException` when no response came. The counter gives the duration; the time of day has no date, so
 * the call gets no time. A Named Credential's endpoint (`callout:Marketo/rest/v1/leads.json`) names no host: its path
 * is the call's URL.
 */
import { type PairFacts, type PairReader, type TextPair, trace } from './pair-reader.js';

const CLIENT = 'apex';
const EVENT = /^\d\d:\d\d:\d\d(?:\.\d{1,3})? \((\d{1,19})\)\|([A-Z_]{3,40})(?:\||$)/;
const REQUEST = /^\[\d{1,7}\]\|System\.HttpRequest\[Endpoint=(\S{1,8192}), Method=([A-Z]{3,7})\]/;
const RESPONSE = /^\[\d{1,7}\]\|System\.HttpResponse\[Status=[^\]\r\n]{0,100}?, StatusCode=(\d{3})\]/;
// What Apex throws when a callout got no response: a timeout, a proxy or TLS failure, a response too big to take.
const NO_RESPONSE = /^(?:\[\d{1,7}\]\|)?System\.CalloutException: /;
// `callout:Name/path`: the Named Credential holds the host.
const NAMED_CREDENTIAL = /^callout:[^/?#\s]{1,255}(?=[/?]|$)/;

// The log's first line: the API version and the level of each category (`59.0 APEX_CODE,FINEST;CALLOUT,INFO;...`),
// then, for anonymous Apex, the code it ran (`Execute Anonymous: MarketoSync.run();`).
const HEADER = /^(?:\d{2,3}\.\d (?:[A-Z_]{2,30},[A-Z]{4,6};)+|Execute Anonymous: )/;

const part = (side: TextPair['side'], clockNs: number): TextPair => ({ client: CLIENT, side, serial: true, clockNs });

function read(line: string): PairFacts | undefined {
  const event = EVENT.exec(line);
  if (!event) return HEADER.test(line) ? trace(CLIENT) : undefined;
  const [head, nanos, name] = event;
  const rest = line.slice(head.length);
  const clockNs = Number(nanos);
  switch (name) {
    case 'CALLOUT_REQUEST': {
      const sent = REQUEST.exec(rest);
      if (!sent) return undefined;
      return { method: sent[2], url: sent[1]!.replace(NAMED_CREDENTIAL, ''), textPair: part('request', clockNs) };
    }
    case 'CALLOUT_RESPONSE': {
      const answered = RESPONSE.exec(rest);
      return answered ? { status: Number(answered[1]), textPair: part('response', clockNs) } : undefined;
    }
    case 'EXCEPTION_THROWN':
    case 'FATAL_ERROR':
      return NO_RESPONSE.test(rest) ? { noResponse: true, textPair: part('failure', clockNs) } : undefined;
    case 'USER_DEBUG':
      // The app printing its HttpRequest or HttpResponse repeats the callout's own lines; its other messages
      // (a body, a Map of Marketo's errors) are left to the other readers.
      return rest.includes('|System.HttpRe') ? trace(CLIENT) : undefined;
    default:
      // The log's own events (a method entered, a statement run, the limits used): read, and no call.
      return trace(CLIENT);
  }
}

export const apexDebug: PairReader = {
  name: 'Apex debug log',
  hints: [')|', ' APEX_CODE,', 'Execute Anonymous: '],
  read,
};
