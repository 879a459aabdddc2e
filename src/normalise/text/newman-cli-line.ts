/**
 * newman's cli reporter (Postman's CLI) writes each request it ran as
 * `  POST https://host/rest/v1/leads.json [413 Payload Too Large, 280B, 65ms]`,
 * and a request that got no answer as `  GET https://... [errored]`.
 */
import type { RawCall } from '../build-exchange.js';

// The URL stops at white space; the status text and sizes stay inside one bracket.
const REQUEST = /^\s*([A-Z]+) (https?:\/\/\S+) \[(?:(\d{3})\b[^\]\r\n]{0,120}\]|(errored)\])/;

export function newmanCliLine(line: string): Pick<RawCall, 'method' | 'url' | 'status' | 'noResponse'> | undefined {
  const m = line.includes(' [') ? REQUEST.exec(line) : null;
  if (!m) return undefined;
  return m[4] ? { method: m[1]!, url: m[2]!, noResponse: true } : { method: m[1]!, url: m[2]!, status: Number(m[3]) };
}
