/**
 * The clients whose calls take two lines or more, in the order they are
 * tried: the first reader that knows a line has it. Add a client with one file
 * (a PairReader, see pair-reader.ts), its test and fixture, and one line here.
 * The exception words of failures.ts are tried apart, after every other text
 * reader (text-line.ts): a Python traceback says `Connection reset` too.
 */
import { apache } from './apache.js';
import { apexDebug } from './apex-debug.js';
import { curl } from './curl.js';
import { curlWriteOut } from './curl-write-out.js';
import { dotnet } from './dotnet.js';
import { failures } from './failures.js';
import { faraday } from './faraday.js';
import { feign } from './feign.js';
import { httpClient } from './http-client.js';
import { httpDump } from './http-dump.js';
import { jdkHttpClient } from './jdk-http-client.js';
import { julHeader } from './jul-header.js';
import { minimarketo } from './minimarketo.js';
import { netHttp } from './net-http.js';
import { okhttp } from './okhttp.js';
import { powershell } from './powershell.js';
import { restTemplate } from './rest-template.js';
import { resty } from './resty.js';
import type { PairFacts, PairReader } from './pair-reader.js';
import { wget } from './wget.js';
import { spring } from './spring.js';

export const PAIR_READERS: readonly PairReader[] = [
  dotnet,
  okhttp,
  feign,
  powershell,
  spring,
  restTemplate,
  apache,
  curl,
  curlWriteOut,
  wget,
  faraday,
  httpClient,
  netHttp,
  httpDump,
  resty,
  jdkHttpClient,
  julHeader,
  minimarketo,
  apexDebug,
];

// Every hint of a list of readers in one pattern: most lines of a text log hold none, and one native scan
// rules them out where a dozen includes() did (13% of the CPU on a recorded requests log).
const anyHints = new WeakMap<readonly PairReader[], RegExp>();
const escaped = (hint: string): string => hint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function anyHintOf(readers: readonly PairReader[]): RegExp {
  let pattern = anyHints.get(readers);
  if (!pattern) {
    pattern = new RegExp(readers.flatMap((r) => r.hints.map(escaped)).join('|'));
    anyHints.set(readers, pattern);
  }
  return pattern;
}

/** The part of a call a line of a two-line client shows, or undefined. */
export function readPairLine(line: string, readers = PAIR_READERS): PairFacts | undefined {
  if (!anyHintOf(readers).test(line)) return undefined;
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
