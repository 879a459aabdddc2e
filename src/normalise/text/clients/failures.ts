/**
 * The exceptions clients raise for a call that got no response, written by
 * the app after the client's request line: they close the request sent last,
 * whichever client sent it (line-pairs.ts), and only one sent a few lines
 * before. A status line always wins: these words are read after every reader.
 */
import type { PairFacts, PairReader } from './pair-reader.js';

const NO_RESPONSE = new RegExp(
  [
    'NoHttpResponseException', // Apache HttpClient
    'PrematureCloseException|Connection prematurely closed BEFORE response', // Reactor Netty, Spring
    'SocketTimeoutException|SocketException: Connection reset|Unexpected end of file from server', // Java
    'HttpRequestException|TaskCanceledException', // .NET
    // .NET Framework's WebException when no answer came (HttpWebRequest, Windows PowerShell)
    'The underlying connection was closed|Unable to connect to the remote server|The operation has timed out',
    'Faraday::(?:ConnectionFailed|TimeoutError)|Net::ReadTimeout|EOFError: end of file reached', // Ruby
    'Connection reset by peer',
  ].join('|'),
);

function read(line: string): PairFacts | undefined {
  return NO_RESPONSE.test(line) ? { noResponse: true, textPair: { client: '', side: 'failure' } } : undefined;
}

export const failures: PairReader = {
  name: 'no response',
  hints: [
    'Exception',
    'Connection',
    'connection',
    'Unable to connect',
    'timed out',
    'Faraday::',
    'Net::',
    'EOFError',
    'reset',
  ],
  read,
};
