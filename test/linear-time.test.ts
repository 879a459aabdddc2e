import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixture } from './helpers/run-cli.js';
import { redactDeep, reportText } from '../src/redact/index.js';
import { REPORT_FORMATS, render } from '../src/report/index.js';
import type { Report } from '../src/report/model.js';
import { neutraliseCsvCell, oneLine, stripControl } from '../src/util/sanitize.js';
import { stderrLine } from '../src/util/stderr-line.js';
import { clientLine } from '../src/normalise/text/client-line.js';
import { httpxExchange, pythonNoResponse } from '../src/normalise/text/python-http-line.js';
import { unprefix } from '../src/normalise/text/wrapper-prefix.js';
import { csvField } from '../src/normalise/text/csv-raw.js';
import { readTextLine } from '../src/normalise/text/text-line.js';
import { newmanCliLine } from '../src/normalise/text/newman-cli-line.js';
import { PrettyRecords, prettyRecord } from '../src/normalise/text/pretty-records.js';
import { goPositionalInText } from '../src/normalise/text/go-positional.js';
import { goPrintedInText } from '../src/normalise/text/go-printed.js';
import { goSyntaxInText } from '../src/normalise/text/go-syntax.js';

/**
 * Each pathological text is built at 10x and 100x a base size and timed (best
 * of a few runs). Linear work grows about 10 times from one to the other,
 * quadratic work about 100 times. Texts with a match every few characters make
 * V8 allocate for each, and on a loaded machine the garbage collector alone
 * grows such runs 25-56 times (measured: even `s.replace(/\s+/g, ' ')`), so
 * growth counts only above NOISE_MS: quadratic work on 100,000 characters takes
 * seconds (7 s and 22 s in issue #10). Not a speed test: growth, and one second.
 */
const BASE = 1000;
const RUNS = 5;
const MAX_GROWTH = 50;
const NOISE_MS = 250;

const PATTERNS: Record<string, (n: number) => string> = {
  'newlines then a header name': (n) => `${'\n'.repeat(n)}cookie`,
  'C1 string introducers (U+009D)': (n) => '\u009d'.repeat(n),
  'ESC ] with no terminator': (n) => '\u001b]'.repeat(n),
  'CSI with endless parameters': (n) => `\u001b[${'1;'.repeat(n)}`,
  'header names, each on its own line': (n) => 'Cookie:\n'.repeat(n),
  'a header value with no line end': (n) => `Authorization: ${'x'.repeat(n)}`,
  'secret names with no separator': (n) => 'password '.repeat(n),
  'secret names and separators only': (n) => 'token='.repeat(n),
  'an open quote that never closes': (n) => `"password": "${'\\\\"'.repeat(n)}`,
  'escaped quotes at every depth': (n) => `access_token=\\"${'\\\\\\"a'.repeat(n)}`,
  'open brackets that never close': (n) => `cookie: ${'['.repeat(n)}`,
  'URL-encoded quotes': (n) => `%22password%22%3A${'%22'.repeat(n)}`,
  'percent escapes before names': (n) => '%aa'.repeat(n),
  'auth schemes with word credentials': (n) => 'bearer '.repeat(n),
  'an auth scheme before endless blanks': (n) => `Bearer${' '.repeat(n)}"`,
  'a JWT header with no dot': (n) => `eyJ${'a'.repeat(n)}`,
  'URL userinfo with no @': (n) => `https://${':'.repeat(n)}`,
  slashes: (n) => '/'.repeat(n),
  'identifier with no separator': (n) => 'a'.repeat(n),
  'formula starts after blank lines': (n) => `${'\n \u00a0'.repeat(n)}x`,
  'blanks before no formula': (n) => `\n${'\u00a0'.repeat(n)}x`,
  'HAR pairs as text': (n) => '{"name":"Cookie","value":"a"},'.repeat(n / 10),
  'escaped escapes of separators': (n) => 'token%25253D'.repeat(n / 10),
  'backslashes before a unicode escape': (n) => `token=${'\\'.repeat(n)}u0061`,
  'HTML references with no end': (n) => `token${'&#6'.repeat(n)}`,
  'base64 JSON starts': (n) => `token=${'eyJ'.repeat(n)}`,
  'a base64 JSON run before a dot': (n) => `token=eyJ${'A'.repeat(n)}==.`,
  'quoted secret names and commas': (n) => '["Cookie",'.repeat(n / 10),
  'quoted names at every depth': (n) => `[${'\\'.repeat(n)}"token\\",`,
};

// The stages a log text passes on its way out: ingest, each renderer's
// sanitising, and stderr.
const STAGES: Record<string, (s: string) => unknown> = {
  reportText,
  redactDeep: (s) => redactDeep({ message: s, nested: [s] }),
  stripControl,
  oneLine,
  neutraliseCsvCell,
  stderrLine,
};

/** The best of RUNS timings, or the first under `enough` ms: the best can only be lower, and `enough` settles it. */
function bestTime(fn: () => unknown, enough = 0): number {
  let best = Infinity;
  for (let i = 0; i < RUNS && best >= enough; i++) {
    const start = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

function assertLinear(label: string, fn: (s: string) => unknown, make: (n: number) => string): void {
  const small = make(10 * BASE);
  const large = make(100 * BASE);
  fn(small); // warm up the JIT on this shape
  // A 100x run under NOISE_MS passes both checks whatever the other runs take, so one such run is enough.
  const t100 = bestTime(() => fn(large), NOISE_MS);
  assert.ok(t100 < 1000, `${label}: ${t100.toFixed(0)} ms on ${large.length} characters`);
  if (t100 < NOISE_MS) return;
  const t10 = bestTime(() => fn(small));
  const growth = t100 / Math.max(t10, 0.05);
  assert.ok(
    growth < MAX_GROWTH,
    `${label}: 10x input ${t10.toFixed(2)} ms, 100x ${t100.toFixed(2)} ms (x${growth.toFixed(0)})`,
  );
}

for (const [stage, fn] of Object.entries(STAGES)) {
  test(`${stage} takes linear time on every pathological text`, () => {
    for (const [pattern, make] of Object.entries(PATTERNS)) assertLinear(`${stage}, ${pattern}`, fn, make);
  });
}

const sample = JSON.parse(readFileSync(fixture('reports', 'mixed-sync-run.json'), 'utf8')) as Report;

/** The sample report with one message, one endpoint and one input name made of `text`. */
function reportHolding(text: string): Report {
  const report = structuredClone(sample);
  const code = report.levels.response.codes[0]!;
  code.messages[0]!.message = text;
  code.endpoints[0]!.endpoint = text;
  report.inputs[0]!.name = text;
  return report;
}

for (const format of REPORT_FORMATS) {
  test(`the ${format} report takes linear time on pathological text (merge reads reports as they are)`, () => {
    const patterns = [
      'C1 string introducers (U+009D)',
      'newlines then a header name',
      'formula starts after blank lines',
    ];
    for (const pattern of patterns) {
      assertLinear(
        `${format}, ${pattern}`,
        (s) => render(format, reportHolding(s), { lang: 'en' }),
        PATTERNS[pattern]!,
      );
    }
  });
}

// A client's text lines (text/client-line.ts) are read in every text line and JSON message.
const CLIENT_TEXTS: Record<string, (n: number) => string> = {
  'calls with no status': (n) => 'GET http://a.mktorest.com/x '.repeat(n / 28),
  'calls, then a network word at the end': (n) => `${'POST https://a/b: '.repeat(n / 18)}socket hang up`,
  'one endless URL': (n) => `GET http://${'a'.repeat(n)} 20`,
  'Marketo paths with no status': (n) => 'GET /rest/v1/x '.repeat(n / 15),
  'one endless Marketo path': (n) => `POST /rest/${'a'.repeat(n)} 20`,
};

test("a client's text lines are read in linear time", () => {
  for (const [pattern, make] of Object.entries(CLIENT_TEXTS)) assertLinear(`clientLine, ${pattern}`, clientLine, make);
});

const PYTHON_TEXTS: Record<string, (n: number) => string> = {
  'httpx openings with no status': (n) => 'HTTP Request: GET http://a/b "HTTP/1.1 '.repeat(n / 40),
  'calls, then an exception name at the end': (n) => `${'GET https://a/b '.repeat(n / 16)}ReadTimeout`,
  'one endless httpx URL': (n) => `HTTP Request: GET http://${'a'.repeat(n)} "HTTP/1.1 20`,
};

test("httpx's and aiohttp's text lines are read in linear time", () => {
  for (const [pattern, make] of Object.entries(PYTHON_TEXTS)) {
    assertLinear(`httpxExchange, ${pattern}`, httpxExchange, make);
    assertLinear(`pythonNoResponse, ${pattern}`, pythonNoResponse, make);
  }
});

const NEWMAN_TEXTS: Record<string, (n: number) => string> = {
  'request lines with brackets never closed': (n) => `  GET http://a/b [200 OK, ${'1B, '.repeat(n / 4)}`,
  'one endless URL before a bracket': (n) => `  GET http://${'a'.repeat(n)} [20`,
};

test("newman's cli request lines are read in linear time", () => {
  for (const [pattern, make] of Object.entries(NEWMAN_TEXTS))
    assertLinear(`newmanCliLine, ${pattern}`, newmanCliLine, make);
});

// A platform's prefix (text/wrapper-prefix.ts) is looked for on every text line.
const PREFIXED_TEXTS: Record<string, (n: number) => string> = {
  'times, one after another': (n) => '2026-12-04T10:00:01Z '.repeat(n / 21),
  'syslog structured data that never closes': (n) => `<134>1 2026-12-04T10:00:01Z h a p m ${'['.repeat(n)}`,
  'a compose name then endless blanks': (n) => `${'a'.repeat(100)}${' '.repeat(n)}|`,
  'logcli labels that never close': (n) => `2026-12-04T10:00:01Z {${'a="b", '.repeat(n / 7)}`,
  'a dotted name with no end': (n) => `2026-12-04T10:00:01Z ${'x.'.repeat(n / 2)}Error`,
  'a monotonic time then endless blanks': (n) => `[    5.000000${' '.repeat(n)}`,
  'epoch seconds then a host with no tag': (n) => `1796378401.123456 ${'h'.repeat(n)}`,
};

test("a platform's prefix is read in linear time", () => {
  for (const [pattern, make] of Object.entries(PREFIXED_TEXTS)) assertLinear(`unprefix, ${pattern}`, unprefix, make);
  assertLinear(
    'csvField, escaped quotes',
    (s) => csvField(s, 3),
    (n) => `"${'""'.repeat(n / 2)}`,
  );
  assertLinear(
    'csvField, empty cells',
    (s) => csvField(s, 1e9),
    (n) => ','.repeat(n),
  );
});

// Lines of clients that log a call in parts (text/clients/*) and the access-log and exception texts of text-line.ts.
const CLIENT_PART_TEXTS: Record<string, (n: number) => string> = {
  '.NET elapsed time with no end': (n) => `End processing HTTP request after ${'9'.repeat(n)}`,
  'OkHttp status lines with no URL': (n) => '<-- 200 OK '.repeat(n / 11),
  'Spring prefixes with no verb': (n) => '[3f2a1b7c] '.repeat(n / 11),
  'a curl request target with no protocol': (n) => `> POST /${'a'.repeat(n)}`,
  'Apache connection ids with nothing after': (n) => 'http-outgoing-1 >> '.repeat(n / 19),
  'access-log request lines never closed': (n) => '"POST /a HTTP/1.1'.repeat(n / 17),
  'Go error openings': (n) => 'Post "https://a'.repeat(n / 15),
  'cURL errors naming no URL': (n) => 'cURL error 52: '.repeat(n / 15),
  'Guzzle errors with no status': (n) => 'Client error: `GET https://a` '.repeat(n / 30),
  'Faraday words alone': (n) => 'request: response: Status '.repeat(n / 26),
  'http.client send with no protocol': (n) => `send: b'POST /${'a'.repeat(n)}`,
  'Net::HTTP request with Host headers only': (n) => `<- "GET / HTTP/1.1${'\\r\\nHost'.repeat(n / 10)}`,
  'Net::HTTP body never closed': (n) => `-> "{${'\\"a'.repeat(n / 3)}`,
  'RestTemplate threads with no logger': (n) => '[ task-1] '.repeat(n / 10),
  'Spring exceptions with no status': (n) => 'HttpClientErrorException$X: '.repeat(n / 28),
  'Mule resources never closed': (n) => `HTTP POST on resource 'https://${'a'.repeat(n)}`,
  'Marketo host names with no path': (n) => 'https://a.mktorest.com'.repeat(n / 22),
  'Ruby Hashes with no code': (n) => '{"code"=>'.repeat(n / 9),
  'raw HTTP request lines with no protocol': (n) => `2026/12/04 17:23:46 GET /${' '.repeat(n)}`,
  'a curl write-out whose URL never ends': (n) => `200 0.01s https://${'a'.repeat(n)} x`,
  'curl write-outs one after another': (n) => '200 https://a '.repeat(n / 14),
  'JDK client requests with no method': (n) => 'REQUEST: https://a '.repeat(n / 19),
  'JDK client responses never closed': (n) => `RESPONSE: (POST https://${')'.repeat(n)}`,
  'JDK no-response exceptions, nested': (n) => 'java.util.concurrent.CompletionException: '.repeat(n / 42),
  'java.util.logging header with endless time': (n) => `Dec 04, 2026 ${'9'.repeat(n)}`,
  'WebClient exceptions with no method': (n) => 'WebClientResponseException: 413 from '.repeat(n / 38),
  'HTTParty lines never closed': (n) => `[HTTParty] [t] 401 "GET ${'a'.repeat(n)}`,
  'requests Responses with no URL': (n) => '<Response [413]> '.repeat(n / 17),
};

test('lines of clients that log a call in parts are read in linear time', () => {
  const read = (s: string) => readTextLine(s, { file: 'x', line: 1 });
  for (const [pattern, make] of Object.entries(CLIENT_PART_TEXTS)) assertLinear(`readTextLine, ${pattern}`, read, make);
});

test('pino-pretty records and newman boxes are joined in linear time', () => {
  assertLinear(
    'prettyRecord, key lines',
    (s) => prettyRecord('[11:35:19.709] INFO: x', s.split('\n')),
    (n) => '    k: 1\n'.repeat(n / 9),
  );
  assertLinear(
    'prettyRecord, a block that never closes',
    (s) => prettyRecord('[11:35:19.709] INFO: x', s.split('\n')),
    (n) => `    body: {\n${'      "stack":\n'.repeat(n / 15)}`,
  );
  assertLinear(
    'a head with an endless message',
    (s) => new PrettyRecords().take(s, 1),
    (n) => `[11:35:19.709] INFO (${'('.repeat(n)}`,
  );
});

// A value Go's fmt printed (text/go-printed.ts) is looked for in every text line that holds `map[` or `{`.
const GO_PRINTED_TEXTS: Record<string, (n: number) => string> = {
  'maps that never close': (n) => 'map[a:'.repeat(n / 6),
  'blanks before words that are no key': (n) => `map[a:${' b'.repeat(n / 2)}`,
  'keys that sort before the one they follow': (n) => `map[z:x${' a:'.repeat(n / 3)}`,
  'long words with no colon': (n) => `&{A:${` ${'a'.repeat(79)}`.repeat(n / 80)}`,
  'brackets in a value that never close': (n) => `map[a:${'['.repeat(n)}`,
  'lists of empty structs': (n) => `&{A:[${'{} '.repeat(n / 3)}`,
};

// A struct printed with %v (text/go-positional.ts): each `{` is tried as a `{CODE message}` item.
const GO_POSITIONAL_TEXTS: Record<string, (n: number) => string> = {
  'items that never close': (n) => `x: {a [${'{606 m'.repeat(n / 6)}`,
  'lists in lists': (n) => `x: {a ${'[{'.repeat(n / 2)}`,
  'record statuses before lists': (n) => `x: {a ${'skipped ['.repeat(n / 9)}`,
  'flags with no end': (n) => `x: {a [{606 m}]${' false'.repeat(n / 6)}`,
};

// Go syntax (text/go-syntax.ts): type names are looked at up to their brace, strings up to their quote.
const GO_SYNTAX_TEXTS: Record<string, (n: number) => string> = {
  'strings that never close': (n) => `main.t{A:"${'\\"'.repeat(n / 2)}`,
  'type names with no brace': (n) => `main.t{A:${'[]interface {}'.repeat(n / 14)}`,
  'structs that never close': (n) => `main.t{A:${'main.t{A:'.repeat(n / 9)}`,
  'many elements, no end': (n) => `main.t{A:[]int{${'1, '.repeat(n / 3)}`,
};

test('a value Go printed is read in linear time', () => {
  for (const [pattern, make] of Object.entries(GO_PRINTED_TEXTS))
    assertLinear(`goPrintedInText, ${pattern}`, goPrintedInText, make);
  for (const [pattern, make] of Object.entries(GO_SYNTAX_TEXTS))
    assertLinear(`goSyntaxInText, ${pattern}`, goSyntaxInText, make);
  for (const [pattern, make] of Object.entries(GO_POSITIONAL_TEXTS))
    assertLinear(`goPositionalInText, ${pattern}`, goPositionalInText, make);
});
