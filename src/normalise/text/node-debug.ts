/**
 * Debug output of Node's HTTP stack: Node's own (NODE_DEBUG=http, net, tls: `HTTP 14219: createConnection
 * host:port: [Object: null prototype] {`, `HTTP 14219: AGENT incoming response!`), and follow-redirects' through
 * the debug module (DEBUG=follow-redirects, which axios's Node adapter uses: `follow-redirects options {` and the
 * request's options). It tells of sockets and of requests about to go out, never of a status or a body: no call
 * can be counted from it. The options it dumps are no call (read as requests, each would pass for a call that got
 * no response), and an input of nothing else is said to be unreadable, with what to log instead, rather than
 * given as a clean log.
 */
import { msg, renderMessage } from '../../errors/words.js';
import type { InputReport } from '../../aggregate/report-model.js';

// util.debuglog's prefix: the section in capitals, the process id. The debug module's: a time (no terminal) or
// an indent and a colour (a terminal), then the namespace.
const DEBUGLOG = /^[A-Z][A-Z0-9_]{1,15} \d{1,10}: /;
const FOLLOW_REDIRECTS = /^(?:\d{4}-\d\d-\d\dT[\d:.]{8,18}Z |\s*(?:\x1b\[[\d;]{1,12}m)*)follow-redirects /;

export const isNodeDebugLine = (text: string): boolean => DEBUGLOG.test(text) || FOLLOW_REDIRECTS.test(text);

/** The input's note when nothing but Node's debug output was in it (`line`: its first such line). */
export function nodeDebugOnly(report: InputReport, line: number | undefined): InputReport['truncated'] {
  if (line === undefined || report.exchanges > 0 || report.truncated) return report.truncated;
  const words = msg('nodeDebugOnly');
  return { line, reason: renderMessage(words, 'en'), words };
}
