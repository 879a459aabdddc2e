/**
 * A JSON object read from a text line, and the text beside it: a logger that prints the message and
 * then its fields as JSON (winston's `simple` format: `error: Request failed ...: POST https://... {..}`),
 * or a client's line with the body after it (`POST https://... 413 {...}`). The text is read as a JSON
 * record's message is: it names the call the object answered, or repeats a call logged before.
 */
import type { RawCall } from '../build-exchange.js';
import { isMarketoShaped, parseBody } from '../marketo-body.js';
import { callNamed, clientLine } from './client-line.js';
import { readPairLine } from './clients/index.js';
import type { PairedCall } from './clients/pair-reader.js';
import { writeOutAfterBody } from './clients/curl-write-out.js';
import { readTextFacts, timeOfTextLine } from './text-line.js';

function fillFromTextBeside(call: RawCall, text: string): void {
  // curl's `-w '%{http_code}'` glued to the end of the body it printed.
  const writeOut = call.status === undefined && call.url === undefined ? writeOutAfterBody(text) : undefined;
  if (writeOut) return void Object.assign(call, writeOut);
  // The time the line starts with (Go's log package: `2026/12/04 21:42:37 POST ... &{...}`), when the object has none.
  if (call.startedAt === undefined && call.endedAt === undefined) {
    const time = timeOfTextLine(text);
    if (time !== undefined) call.startedAt = time;
  }
  // A client that logs a call in parts, its body on the part with the status (minimarketo's `DONE: body {...}`):
  // that part. A body on a line that is no part of its own (Faraday's `response: {...}`) joins the call as before.
  const part = call.url === undefined && call.status === undefined ? readPairLine(text) : undefined;
  if (part?.status !== undefined || part?.url !== undefined) {
    for (const [key, value] of Object.entries(part))
      if (call[key as keyof RawCall] === undefined) Object.assign(call, { [key]: value });
    (call as PairedCall).textPair = part.textPair;
    return;
  }
  if (call.url === undefined && !call.noResponse) {
    const facts = clientLine(text);
    if (facts?.status !== undefined) {
      call.url = facts.url;
      call.method ??= facts.method;
      call.status ??= facts.status;
    } else if (call.status === undefined && isMarketoShaped(parseBody(call.responseBody))) {
      // `POST https://... answered {...}`: Marketo's body beside the call the text names, its status not written.
      const named = callNamed(text);
      if (named) Object.assign(call, { url: named.url, method: call.method ?? named.method });
    }
  }
  // got's error text beside the error's fields is the response logged before it, told again
  // (text-exchanges.ts joins such a mention): only when it names the status the object holds.
  if (call.textMention !== undefined || call.noResponse) return;
  const facts = readTextFacts(text);
  if (facts === undefined || 'origin' in facts) return;
  const mention = facts.textMention;
  if (mention?.status === undefined || mention.code !== undefined) return;
  if (call.status !== undefined) {
    if (mention.status === call.status) call.textMention = mention;
    return;
  }
  // An axios config printed beside axios's error text (tslog's pretty error line): the call it failed, told again.
  if (facts.url !== undefined) return;
  if (mention.status === 0) call.noResponse = true;
  else call.status = mention.status;
  call.textMention = mention;
}

/** The same for a line's result: a request's config beside the text of its failure is a whole call. */
export function fillResultFromTextBeside(result: { call: RawCall; part: string }, text: string): void {
  fillFromTextBeside(result.call, text);
  if (result.part === 'request' && result.call.textMention !== undefined) result.part = 'whole';
}
