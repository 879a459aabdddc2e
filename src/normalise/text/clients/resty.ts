/**
 * Go's resty client with SetDebug(true), after its middleware.go: one block a call, written when the answer
 * came, `~~~ REQUEST ~~~`, `POST  /rest/v1/leads.json  HTTP/1.1` (two blanks between the parts), `HOST   : host`,
 * the headers and body, then `~~~ RESPONSE ~~~`, `STATUS       : 413 Request Entity Too Large` and the answer's
 * headers and body (`BODY         :` on a line, the body after it). The blocks come one at a time, so their
 * lines pair in order; a call with no answer is resty's `ERROR RESTY Post "url": ...` (client-line.ts).
 */
import { type PairFacts, type PairReader, readWire, serialParts } from './pair-reader.js';

const SENT = /^([A-Z]{3,7}) {2}(\/\S*) {2}HTTP\/[12](?:\.[01])?\s*$/;
const HOST = /^HOST {3}: (\S{1,300})\s*$/;
const ANSWERED = /^STATUS {7}: (\d{3})\b/;
const WIRE = { sent: SENT, host: HOST, answered: ANSWERED };
const part = serialParts('resty');

function read(line: string): PairFacts | undefined {
  return readWire(line, WIRE, part);
}

export const resty: PairReader = { name: 'resty', hints: ['  HTTP/', 'HOST   : ', 'STATUS       : '], read };
