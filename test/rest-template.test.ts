import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';

// Spring's RestTemplate at DEBUG through Spring Boot's console pattern, and the exceptions it raises; the
// recording in that format: fixtures/clients/resttemplate-documented.log.
const URL_ = 'https://284-rpr-133.mktorest.com/rest/v1/leads.json';
const line = (thread: string, logger: string, message: string): string =>
  `2026-12-04T16:57:35.010Z DEBUG 4242 --- [marketo-sync] [${thread.padStart(15)}] ${logger.padEnd(40)} : ${message}`;
const template = (thread: string, message: string): string => line(thread, 'o.s.web.client.RestTemplate', message);
const app = (thread: string, message: string): string => line(thread, 'c.e.sync.MarketoClient', message);
const TOO_LARGE = 'org.springframework.web.client.HttpClientErrorException$PayloadTooLarge: 413 Payload Too Large';

test('RestTemplate: request and response pair by thread; the exception after it is the same call', () => {
  const report = analyseLines('text', [
    template('task-1', `HTTP POST ${URL_}`),
    template('task-2', `HTTP GET ${URL_}?filterType=id&filterValues=4101`),
    template('task-1', 'Accept=[application/json, application/*+json]'),
    template('task-2', 'Response 200 OK'),
    template('task-2', 'Reading to [java.lang.String] as "application/json;charset=UTF-8"'),
    template('task-1', 'Response 413 PAYLOAD_TOO_LARGE'),
    app('task-1', 'Marketo call failed'),
    `${TOO_LARGE}: [no body]`,
    '\tat org.springframework.web.client.HttpClientErrorException.create(HttpClientErrorException.java:106)',
  ]);
  assert.equal(report.totals.marketoCalls, 2);
  assert.deepEqual(codeCounts(report, 'http'), [['413', 1]]);
  assert.equal(report.levels.http.codes[0]!.endpoints[0]!.endpoint, '/rest/v1/leads.json');
});

test("with RestTemplate's logger off, the exception is a call to the URL the app's line before named", () => {
  const report = analyseLines('text', [
    app('task-1', `Upserting 400 leads to ${URL_}`),
    app('task-1', 'Marketo call failed'),
    `${TOO_LARGE}: [no body]`,
    app('task-1', `Looking up leads at ${URL_.replace('leads', 'lists')}`),
    'org.springframework.web.client.HttpServerErrorException$ServiceUnavailable: 503 Service Unavailable: "<html>"',
  ]);
  assert.equal(report.totals.marketoCalls, 2);
  assert.deepEqual(
    report.levels.http.codes.map((c) => [c.code, c.endpoints[0]!.endpoint]),
    [
      ['413', '/rest/v1/leads.json'],
      ['503', '/rest/v1/lists.json'],
    ],
  );
});

test('a ResourceAccessException names the call that got no response', () => {
  const report = analyseLines('text', [
    'org.springframework.web.client.ResourceAccessException: I/O error on GET request for ' +
      `"${URL_}?nextPageToken=GIYDAOBNGEYS2MBW": Unexpected end of file from server`,
  ]);
  assert.equal(report.totals.marketoCalls, 1);
  assert.equal(report.totals.noResponse, 1);
});

// log4j2's JsonTemplateLayout with its ECS template (EcsLayout.json): flat dotted keys, the exception apart.
test('log4j2 ECS records of RestTemplate are read as the lines they stand for, the exception with them', () => {
  const ecs = (logger: string, message: string, error?: { message: string; stack: string }): string =>
    JSON.stringify({
      '@timestamp': '2026-12-04T16:57:35.010Z',
      'ecs.version': '1.2.0',
      'log.level': error ? 'ERROR' : 'DEBUG',
      message,
      'process.thread.name': 'task-1',
      'log.logger': logger,
      ...(error && { 'error.type': 'x', 'error.message': error.message, 'error.stack_trace': error.stack }),
    });
  const report = analyseLines('ndjson', [
    ecs('org.springframework.web.client.RestTemplate', `HTTP POST ${URL_}`),
    ecs('org.springframework.web.client.RestTemplate', 'Response 413 PAYLOAD_TOO_LARGE'),
    ecs('com.example.sync.MarketoClient', 'Marketo call failed', {
      message: '413 Payload Too Large: [no body]',
      stack: `${TOO_LARGE}: [no body]\n\tat com.example.sync.MarketoClient.call(MarketoClient.java:57)`,
    }),
  ]);
  assert.equal(report.totals.marketoCalls, 1);
  assert.deepEqual(codeCounts(report, 'http'), [['413', 1]]);
  assert.equal(report.levels.http.codes[0]!.endpoints[0]!.endpoint, '/rest/v1/leads.json');
});
