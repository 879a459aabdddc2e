/**
 * Whether two calls read from a log are provably different: each names a requestId (Marketo's, in its body
 * or logged beside it) and they differ. A mention of a call (its error printed after its response) joins the
 * call before it only when this is false.
 */
import type { RawCall } from '../build-exchange.js';

function requestIdOf(call: RawCall): string | undefined {
  const body = call.responseBody;
  const inBody = typeof body === 'object' && body !== null ? (body as { requestId?: unknown }).requestId : undefined;
  return typeof inBody === 'string' ? inBody : call.requestId;
}

export function differentCalls(a: RawCall, b: RawCall): boolean {
  const one = requestIdOf(a);
  const other = requestIdOf(b);
  return one !== undefined && other !== undefined && one !== other;
}
