/**
 * Node's own debug output (NODE_DEBUG=http, net, tls): `HTTP 14219: createConnection host:port: [Object: null
 * prototype] {`, `HTTP 14219: AGENT incoming response!`. It tells of sockets and connections, never of a
 * request's path, its status or its body: no call can be read from it. The options it dumps are no call (they
 * name a host and a method), and an input of nothing else is said to be unreadable, with what to log instead,
 * rather than given as a clean log.
 */
import { msg, renderMessage } from '../../errors/words.js';
import type { InputReport } from '../../aggregate/report-model.js';

// util.debuglog's prefix: the section in capitals, the process id.
const DEBUGLOG = /^[A-Z][A-Z0-9_]{1,15} \d{1,10}: /;

export const isNodeDebugLine = (text: string): boolean => DEBUGLOG.test(text);

/** The input's note when nothing but Node's debug output was in it (`line`: its first such line). */
export function nodeDebugOnly(report: InputReport, line: number | undefined): InputReport['truncated'] {
  if (line === undefined || report.exchanges > 0 || report.truncated) return report.truncated;
  const words = msg('nodeDebugOnly');
  return { line, reason: renderMessage(words, 'en'), words };
}
