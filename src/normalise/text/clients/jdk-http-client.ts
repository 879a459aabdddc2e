/**
 * The JDK's own HttpClient log (`-Djdk.httpclient.HttpClient.log=requests,...`), through
 * java.util.logging: `REQUEST: http://host/rest/v1/leads.json POST` when a request goes out, then
 * `RESPONSE: (POST http://host/rest/v1/leads.json) 413 HTTP_1_1 Local port:  55094` when its status came.
 * Requests may run at once (sendAsync): each response line names its request by method and URL. Its
 * `HEADERS:` dumps are read by the raw HTTP dump reader; a request that got no response is closed
 * by the app's exception, not by a line of the client's.
 */
import { type PairFacts, type PairReader, trace } from './pair-reader.js';

const REQUEST = /\bREQUEST: (https?:\/\/\S+) ([A-Z]{3,7})\s*$/;
const RESPONSE = /\bRESPONSE: \(([A-Z]{3,7}) (https?:\/\/\S+)\) (\d{3}) HTTP_/;
// The line that opens a dump of a request's or response's headers.
const HEADERS = /\bHEADERS: (?:REQUEST|RESPONSE) HEADERS:\s*$/;
const CLIENT = 'jdk.httpclient';

function read(line: string): PairFacts | undefined {
  const sent = REQUEST.exec(line);
  if (sent) {
    const [, url, method] = sent;
    return { method, url, textPair: { client: CLIENT, side: 'request', id: `${method} ${url}` } };
  }
  const answered = RESPONSE.exec(line);
  if (!answered) return HEADERS.test(line) ? trace(CLIENT) : undefined;
  const [, method, url, status] = answered;
  return {
    method,
    url,
    status: Number(status),
    textPair: { client: CLIENT, side: 'response', id: `${method} ${url}` },
  };
}

export const jdkHttpClient: PairReader = {
  name: 'JDK HttpClient',
  hints: ['REQUEST: ', 'RESPONSE: (', 'HEADERS: '],
  read,
};
