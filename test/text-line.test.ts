import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawCall } from '../src/normalise/build-exchange.js';
import { TextExchanges } from '../src/normalise/text/text-exchanges.js';
import { readTextLine, timeOfTextLine } from '../src/normalise/text/text-line.js';

const at = (line: number) => ({ file: 'app.log', line });
const HOST = '284-rpr-133.mktorest.com';

test("urllib3's connection-pool line is an exchange: method, URL (default port dropped), status, time", () => {
  const r = readTextLine(
    `2026-12-01 19:02:14,512 DEBUG urllib3.connectionpool https://${HOST}:443 ` +
      '"POST /rest/v1/leads.json?x=1 HTTP/1.1" 200 119',
    at(1),
  );
  assert.ok(r.kind === 'call');
  assert.deepEqual(
    [r.call.method, r.call.url, r.call.status, r.call.startedAt],
    ['POST', `https://${HOST}/rest/v1/leads.json?x=1`, 200, '2026-12-01 19:02:14,512'],
  );
  assert.equal(readTextLine(`Starting new HTTPS connection (1): ${HOST}:443`, at(2)).kind, 'connection');
  assert.equal(readTextLine('INFO sync started', at(3)).kind, 'unrecognised');
});

test('time prefixes: ISO (docker, kubectl), Python asctime, bracketed', () => {
  assert.equal(timeOfTextLine('2024-06-10T14:00:00.123456789Z stdout F hello'), '2024-06-10T14:00:00.123456789Z');
  assert.equal(timeOfTextLine('[2026-12-01 19:02:14,383] ERROR x'), '2026-12-01 19:02:14,383');
  // Go's log package, and Ruby's Logger (Faraday's logger writes through it).
  assert.equal(timeOfTextLine('2026/12/04 11:35:21.123456 POST https://x 413'), '2026-12-04 11:35:21.123456');
  assert.equal(timeOfTextLine('I, [2026-12-04T11:35:21.730123 #4242]  INFO -- x'), '2026-12-04T11:35:21.730123');
  assert.equal(timeOfTextLine('2026/12-04 11:35:21 mixed separators'), undefined);
  assert.equal(timeOfTextLine('Dec  1 19:02:14 host app[12]: x'), undefined);
});

function feed(lines: string[]): RawCall[] {
  const t = new TextExchanges();
  const out: RawCall[] = [];
  lines.forEach((text, i) => {
    const r = readTextLine(text, at(i + 1));
    if (r.kind === 'call') out.push(...t.push(r.call));
  });
  return [...out, ...t.flush()];
}

const pool = (status: number) => `https://${HOST}:443 "POST /rest/v1/leads.json HTTP/1.1" ${status} 119`;
const dict = `error from http_lib.py: {'code': '606', 'message': "Max rate limit '100' exceeded with in '20' secs"}`;
const exc = "Marketo API Error Code 606: Max rate limit '100' exceeded with in '20' secs";

test('mentions of one call are one exchange: urllib3 line, printed dict, backoff notice', () => {
  const calls = feed([
    pool(200),
    dict,
    `Backing off f(...) for 0.5s (MarketoException: ${exc})`,
    pool(200),
    dict,
    `Giving up f(...) after 2 tries (MarketoException: ${exc})`,
    `MarketoException: ${exc}`,
  ]);
  assert.equal(calls.length, 2);
  for (const c of calls)
    assert.deepEqual([c.status, c.textMention?.code?.code, c.url], [200, '606', `https://${HOST}/rest/v1/leads.json`]);
});

test('without urllib3 lines: each retry notice is an attempt, the give-up and the exception after it one more', () => {
  const calls = feed([
    `Backing off f(...) for 0.5s (MarketoException: ${exc})`,
    `Backing off f(...) for 1.0s (MarketoException: ${exc})`,
    `Giving up f(...) after 3 tries (MarketoException: ${exc})`,
    `ERROR sync failed: ${exc}`,
  ]);
  assert.equal(calls.length, 3);
});

test('the same kind of mention twice is two calls; an HTTPError repeats the urllib3 line of its status', () => {
  assert.equal(feed([dict, dict]).length, 2);
  const calls = feed([
    pool(413),
    'requests.exceptions.HTTPError: 413 Client Error: Request Entity Too Large ' +
      `for url: https://${HOST}/rest/v1/leads.json`,
  ]);
  assert.deepEqual(
    calls.map((c) => c.status),
    [413],
  );
});

test("got's HTTPError message names status, method and URL, and repeats the response line of its call", () => {
  const url = `https://${HOST}/identity/oauth/token?grant_type=client_credentials`;
  const message = `Request failed with status code 401 (Unauthorized): GET ${url}`;
  const r = readTextLine(`2026-12-04T11:10:23.190Z ERROR token failed: ${message}`, at(1));
  assert.ok(r.kind === 'call');
  assert.deepEqual([r.call.method, r.call.url, r.call.status], ['GET', url, 401]);
  // afterResponse logged the response, beforeError the HTTPError of the same call: one call.
  const t = new TextExchanges();
  const calls = [
    ...t.push({ source: at(1), method: 'GET', url, status: 401 }),
    ...t.push(r.call),
    ...t.push({ ...r.call, source: at(3) }), // a second HTTPError with no response line: the next attempt
    ...t.flush(),
  ];
  assert.deepEqual(
    calls.map((c) => [c.status, c.source.line]),
    [
      [401, 1],
      [401, 3],
    ],
  );
});

test("a client line `METHOD url STATUS` is an exchange; a JSON body after it is the caller's to read", () => {
  const url = `http://${HOST}:43611/rest/v1/leads.json?filterType=id&filterValues=4102`;
  const r = readTextLine(`2026-12-04T11:10:23.697Z INFO GET ${url} 503 1ms "<html>..."`, at(1));
  assert.ok(r.kind === 'call');
  assert.deepEqual([r.call.method, r.call.url, r.call.status], ['GET', url, 503]);
  // A number after a URL that is not a status, or no method before it, is not an exchange: the line only names
  // the URL (where an error written later with no URL of its own went).
  for (const [i, text] of [`INFO fetched ${url} 503 times`, `INFO GET ${url} took 12 ms`].entries()) {
    assert.deepEqual(readTextLine(text, at(i + 2)), { kind: 'call', call: { source: at(i + 2), namedUrl: url } });
  }
});

test("Node's network errors after `METHOD url` are calls with no response, one per line", () => {
  const url = `http://${HOST}:43611/rest/v1/activities.json?nextPageToken=GIYDAOBNGEYS2MBW`;
  const lines = [
    `2026-12-04T11:10:24.243Z WARN retry 1 of GET ${url}: socket hang up`,
    `2026-12-04T11:10:24.382Z WARN retry 2 of GET ${url}: read ECONNRESET`,
    `2026-12-04T11:10:24.385Z ERROR GET ${url} failed: socket hang up`,
  ];
  const calls = feed(lines);
  assert.deepEqual(
    calls.map((c) => [c.method, c.url, c.noResponse, c.status]),
    lines.map(() => ['GET', url, true, undefined]),
  );
});

test("Go's log package writes log.SetPrefix's text before the date unless Lmsgprefix is set", () => {
  assert.equal(timeOfTextLine('marketo: 2026/12/04 21:42:37 GET https://x 200'), '2026-12-04 21:42:37');
  assert.equal(timeOfTextLine('[sync] 2026/12/04 21:42:37.123456 main.go:12: x'), '2026-12-04 21:42:37.123456');
  // Only Go's own date after a short prefix: a date deep in a message is not the line's time.
  assert.equal(timeOfTextLine(`${'x'.repeat(60)} 2026/12/04 21:42:37 x`), undefined);
  assert.equal(timeOfTextLine('retry after 2026-12-04 21:42:37'), undefined);
});
