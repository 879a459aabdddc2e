/**
 * OkHttp's HttpLoggingInterceptor: `--> POST https://... (182-byte body)`,
 * then `<-- 413 Payload Too Large https://... (415ms, 183-byte body)` (HTTP/2
 * leaves the reason out), or `<-- HTTP FAILED: java.net.SocketException: ...`
 * for a call that got no response. Headers and bodies come between at the
 * HEADERS and BODY levels; `--> END POST` and `<-- END HTTP` close them.
 */
import { millis, type PairFacts, type PairReader, trace } from './pair-reader.js';

const SENT = /(?:^|\s)--> ([A-Z]{3,7}) (https?:\/\/[^\s"'<>]+)/;
const ANSWERED = /(?:^|\s)<-- (\d{3})\b[^\r\n]{0,80}? (https?:\/\/[^\s"'<>]+)(?: \((\d{1,9})ms\b)?/;
const FAILED = /(?:^|\s)<-- HTTP FAILED: /;
const END = /(?:^|\s)(?:--> END [A-Z]{3,7}\b|<-- END HTTP\b)/;

function read(line: string): PairFacts | undefined {
  const sent = SENT.exec(line);
  // The response prints the request's URL again: it pairs by it.
  if (sent) return { method: sent[1], url: sent[2], textPair: { client: 'okhttp', side: 'request', id: sent[2] } };
  if (!line.includes('<-- ')) return undefined;
  if (FAILED.test(line)) return { noResponse: true, textPair: { client: 'okhttp', side: 'failure' } };
  const answered = ANSWERED.exec(line);
  if (!answered) return END.test(line) ? trace('okhttp') : undefined;
  const [, status, url, ms] = answered;
  return {
    url,
    status: Number(status),
    durationMs: millis(ms),
    textPair: { client: 'okhttp', side: 'response', id: url },
  };
}

export const okhttp: PairReader = { name: 'OkHttp', hints: ['--> ', '<-- '], read };
