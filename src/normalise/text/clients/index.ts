/**
 * The clients whose calls take two lines or more, in the order they are
 * tried: the first reader that knows a line has it. Add a client with one file
 * (a PairReader, see pair-reader.ts), its test and fixture, and one line here.
 * The exception words of failures.ts are tried apart, after every other text
 * reader (text-line.ts): a Python traceback says `Connection reset` too.
 */
import { apache } from './apache.js';
import { curl } from './curl.js';
import { dotnet } from './dotnet.js';
import { failures } from './failures.js';
import { faraday } from './faraday.js';
import { httpClient } from './http-client.js';
import { netHttp } from './net-http.js';
import { okhttp } from './okhttp.js';
import { restTemplate } from './rest-template.js';
import type { PairFacts, PairReader } from './pair-reader.js';
import { spring } from './spring.js';

export const PAIR_READERS: readonly PairReader[] = [
  dotnet,
  okhttp,
  spring,
  restTemplate,
  apache,
  curl,
  faraday,
  httpClient,
  netHttp,
];

/** The part of a call a line of a two-line client shows, or undefined. */
export function readPairLine(line: string, readers = PAIR_READERS): PairFacts | undefined {
  for (const reader of readers) {
    if (!reader.hints.some((hint) => line.includes(hint))) continue;
    const facts = reader.read(line);
    if (facts) return facts;
  }
  return undefined;
}

const LAST = [failures];

/** Words that prove the request sent last got no response, or undefined. */
export function readNoResponseWords(line: string): PairFacts | undefined {
  return readPairLine(line, LAST);
}
