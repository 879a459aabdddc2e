/**
 * SpeakData/minimarketo, a small Go client for Marketo's REST API, with Debug on: through Go's log package
 * `[minimarketo/do] URL: <url>` when a call goes out, `[minimarketo/do] DONE: body <body>` when it is over (the
 * body as it came; empty when no answer came), and around a token `[minimarketo/RefreshToken] start`, `... New
 * token: {...}`. A status other than 200 is only in the error it returns, which the app logs:
 * `Unexpected status code[413] with body[...]`, `Authentication error: 401 {...}`. One call at a time: in order.
 */
import { type PairFacts, type PairReader, serialParts, trace } from './pair-reader.js';

const CLIENT = 'minimarketo';
const SENT = /\[minimarketo\/do\] URL: (https?:\/\/\S+)/;
const DONE = /\[minimarketo\/do\] DONE: body ?(\S)?/;
const UNEXPECTED = /\bUnexpected status code\[(\d{3})\] with body\[/;
const AUTH_ERROR = /\bAuthentication error: (\d{3}) /;
const NOTE = /\[minimarketo\/\w{1,40}\] /;

const pair = serialParts(CLIENT);

function read(line: string): PairFacts | undefined {
  const sent = SENT.exec(line);
  if (sent) return { url: sent[1], textPair: pair('request') };
  const done = DONE.exec(line);
  // The body of a 200 (a JSON body is read beside this line); any other status is in the error that follows.
  if (done) return done[1] === '{' ? { status: 200, textPair: pair('response') } : trace(CLIENT);
  const failed = UNEXPECTED.exec(line) ?? AUTH_ERROR.exec(line);
  if (failed) return { status: Number(failed[1]), textPair: pair('response') };
  if (line.includes('[minimarketo/RefreshToken] start'))
    return { method: 'GET', url: '/identity/oauth/token', textPair: pair('request') };
  if (line.includes('[minimarketo/RefreshToken] New token: ')) return { status: 200, textPair: pair('response') };
  return NOTE.test(line) ? trace(CLIENT) : undefined;
}

export const minimarketo: PairReader = {
  name: 'minimarketo',
  hints: ['[minimarketo/', 'Unexpected status code[', 'Authentication error: '],
  read,
};
