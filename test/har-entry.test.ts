import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harEntryToRawCall } from '../src/normalise/har-entry.js';
import { buildExchange } from '../src/normalise/build-exchange.js';

const SRC = { file: 'x.har', line: 7 };
const HOST = 'https://123-ABC-456.mktorest.com';

test('not an entry gives null', () => {
  for (const value of [null, 3, 'x', [], {}, { request: 'GET /' }]) assert.equal(harEntryToRawCall(value, SRC), null);
});

test('a Chrome DevTools entry: method, URL, status, body, timing; headers left behind', () => {
  const entry = {
    startedDateTime: '2026-03-02T10:00:00.123Z',
    time: 84.2,
    request: {
      method: 'GET',
      url: `${HOST}/rest/v1/leads.json?filterType=email&filterValues=a%40x.com`,
      headers: [
        { name: 'authorization', value: 'Bearer 0e9d8c7b-6a59-4837:ab' },
        { name: 'cookie', value: 'BIGipServer=abc123' },
      ],
      cookies: [{ name: 'BIGipServer', value: 'abc123' }],
      queryString: [{ name: 'filterType', value: 'email' }],
    },
    response: {
      status: 200,
      content: {
        mimeType: 'application/json',
        text:
          '{"requestId":"a1#b2","success":false,' +
          '"errors":[{"code":"606","message":"Max rate limit \'100\' exceeded with in \'20\' secs"}]}',
      },
    },
  };
  const raw = harEntryToRawCall(entry, SRC)!;
  assert.equal(raw.method, 'GET');
  assert.equal(raw.url, entry.request.url); // query already there: not appended twice
  assert.equal(raw.host, '123-abc-456.mktorest.com');
  assert.equal(raw.status, 200);
  assert.equal(raw.noResponse, undefined);
  assert.equal(raw.durationMs, 84.2);
  assert.equal(raw.startedAt, entry.startedDateTime);
  assert.deepEqual(raw.source, SRC);
  const text = JSON.stringify(raw);
  assert.ok(!text.includes('0e9d8c7b') && !text.includes('abc123'));
  const ex = buildExchange(raw);
  assert.equal(ex.api, 'rest');
  assert.equal(ex.requestId, 'a1#b2');
  assert.equal(ex.startedAt, Date.UTC(2026, 2, 2, 10, 0, 0, 123));
});

test('a query kept only in queryString is put back on the URL, and its token redacted later', () => {
  const raw = harEntryToRawCall(
    {
      request: {
        method: 'GET',
        url: `${HOST}/rest/v1/lists.json`,
        queryString: [
          { name: 'access_token', value: 'cdf01657-110d:ab' },
          { name: 'name', value: 'A & B' },
        ],
      },
      response: { status: 200, content: {} },
    },
    SRC,
  )!;
  assert.equal(raw.url, `${HOST}/rest/v1/lists.json?access_token=cdf01657-110d%3Aab&name=A%20%26%20B`);
  const ex = buildExchange(raw);
  assert.ok(!JSON.stringify(ex).includes('cdf01657'));
  assert.equal(ex.path, '/rest/v1/lists.json');
});

test('form posts: postData.text, or postData.params when a tool gives only those', () => {
  const withText = harEntryToRawCall(
    {
      request: {
        method: 'POST',
        url: `${HOST}/rest/v1/leads.json?_method=GET`,
        postData: {
          mimeType: 'application/x-www-form-urlencoded',
          text: 'filterType=email&filterValues=a%40x.com',
          params: [],
        },
      },
      response: { status: 200 },
    },
    SRC,
  )!;
  assert.equal(withText.requestBody, 'filterType=email&filterValues=a%40x.com');
  const onlyParams = harEntryToRawCall(
    {
      request: {
        method: 'POST',
        url: `${HOST}/rest/v1/leads.json?_method=GET`,
        postData: {
          mimeType: 'application/x-www-form-urlencoded',
          params: [
            { name: 'filterType', value: 'email' },
            { name: 'filterValues', value: 'a@x.com,b@x.com' },
          ],
        },
      },
      response: { status: 200 },
    },
    SRC,
  )!;
  assert.deepEqual(buildExchange(onlyParams).request, { filterType: 'email', filterValues: 'a@x.com,b@x.com' });
});

test('failed requests have no response: Chrome _error, Playwright -1 with _failureText, status 0, no response', () => {
  const request = { method: 'GET', url: `${HOST}/rest/v1/leads.json` };
  const cases = [
    { request, response: { status: 0, _error: 'net::ERR_CONNECTION_RESET', content: { size: 0 } } },
    {
      request,
      response: { status: -1, _failureText: 'net::ERR_EMPTY_RESPONSE', content: { size: -1, mimeType: 'x-unknown' } },
    },
    { request, response: { status: 0, content: {} } },
    { request },
  ];
  for (const entry of cases) {
    const raw = harEntryToRawCall(entry, SRC)!;
    assert.equal(raw.noResponse, true);
    assert.equal(raw.status, undefined);
    const ex = buildExchange(raw);
    assert.equal(ex.noResponse, true);
    assert.equal(ex.status, undefined);
  }
});

test('base64 bodies are decoded when they are text, dropped when binary', () => {
  const body = '{"requestId":"e42b#1","success":true,"result":[{"id":1,"firstName":"Zoë"}]}';
  const text = harEntryToRawCall(
    {
      request: { url: `${HOST}/rest/v1/leads.json` },
      response: {
        status: 200,
        content: { mimeType: 'application/json', encoding: 'base64', text: Buffer.from(body).toString('base64') },
      },
    },
    SRC,
  )!;
  assert.equal(text.responseBody, body);
  assert.equal(buildExchange(text).requestId, 'e42b#1');
  const binary = harEntryToRawCall(
    {
      request: { url: `${HOST}/favicon.ico` },
      response: {
        status: 200,
        content: {
          mimeType: 'image/x-icon',
          encoding: 'base64',
          text: Buffer.from([0, 0, 1, 0, 0xff, 0xfe, 0x89]).toString('base64'),
        },
      },
    },
    SRC,
  )!;
  assert.equal(binary.responseBody, undefined);
});

test('duration: time, or the sum of non-negative phases (ssl is inside connect)', () => {
  const base = { request: { url: `${HOST}/rest/v1/leads.json` }, response: { status: 200 } };
  const timings = {
    blocked: 1.5,
    dns: -1,
    connect: 30,
    ssl: 20,
    send: 0.5,
    wait: 100,
    receive: 8,
    _blocked_queueing: 1.2,
  };
  assert.equal(harEntryToRawCall({ ...base, time: -1, timings }, SRC)!.durationMs, 140);
  assert.equal(harEntryToRawCall({ ...base, timings }, SRC)!.durationMs, 140);
  assert.equal(harEntryToRawCall({ ...base, time: 55, timings }, SRC)!.durationMs, 55);
  assert.equal(harEntryToRawCall({ ...base, timings: { dns: -1 } }, SRC)!.durationMs, undefined);
});

test('a page or script entry is still returned as api other, without its bodies', () => {
  const raw = harEntryToRawCall(
    {
      request: { method: 'POST', url: 'https://app.example.com/main.js', postData: { text: 'x=1' } },
      response: {
        status: 200,
        content: { mimeType: 'text/javascript', text: "login('sync-user', 'hunter2-in-a-bundle')" },
      },
    },
    SRC,
  )!;
  const ex = buildExchange(raw);
  assert.equal(ex.api, 'other');
  assert.equal(ex.status, 200);
  assert.equal(ex.response, undefined);
  assert.equal(ex.request, undefined);
});
