import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseLines } from './helpers/analyse-lines.js';
import { analyseRecorded, assertTimedWithin } from './helpers/recorded.js';

// A Java app on the JDK's own HttpClient, logging through java.util.logging's SimpleFormatter
// (fixtures/java/*.log are the recorded ones, checked against the mock in java-fixtures).
const B = 'http://284-rpr-133.mktorest.com:34727';
const header = (time: string, where: string): string => `Dec 04, 2026 ${time} PM ${where}`;
const failed = (body: string): string =>
  `Marketo answered {"requestId":"a4c2#18f3c203dde","success":false,"errors":[{"code":"606","message":"${body}"}]}`;
const STACK = [
  'java.io.IOException: HTTP/1.1 header parser received no bytes',
  '\tat java.net.http/jdk.internal.net.http.HttpClientImpl.send(HttpClientImpl.java:591)',
  '\tat MarketoSync.call(MarketoSync.java:29)',
  'Caused by: java.io.IOException: HTTP/1.1 header parser received no bytes',
  '\tat java.net.http/jdk.internal.net.http.common.Utils.wrapWithExtraDetail(Utils.java:348)',
  'Caused by: java.io.EOFException: EOF reached while reading',
  '\tat java.net.http/jdk.internal.net.http.Http1AsyncReceiver$Http1TubeSubscriber.onComplete(Http1AsyncReceiver.java)',
  '',
];

test("java.util.logging's two-line records: the time on the header line is the call's", () => {
  const report = analyseLines('text', [
    header('9:03:20', 'MarketoSync call'),
    `WARNING: POST ${B}/rest/v1/leads.json -> 413 (3 ms)`,
    header('9:03:21', 'MarketoSync call'),
    `INFO: POST ${B}/rest/v1/leads.json -> 200 (7 ms)`,
    header('9:03:21', 'MarketoSync call'),
    `WARNING: ${failed("Max rate limit '100' exceeded with in '20' secs")}`,
  ]);
  assert.equal(report.totals.marketoCalls, 2);
  assert.equal(report.levels.http.codes[0]!.firstSeen, '2026-12-04T21:03:20.000Z');
  assert.equal(report.levels.response.codes[0]!.firstSeen, '2026-12-04T21:03:21.000Z');
  // The header lines are read (as the time of the next record), not left unrecognised.
  assert.equal(report.totals.unrecognised, 0);
});

test('the JDK HttpClient: an IOException after the line that named the call is a call with no response', () => {
  for (const lines of [
    [header('9:03:22', 'MarketoSync call'), `SEVERE: POST ${B}/rest/v1/activities.json?_method=GET failed`, ...STACK],
    [`2026-12-04 21:03:16.989 SEVERE [MarketoSync] POST ${B}/rest/v1/activities.json?_method=GET failed`, ...STACK],
  ]) {
    const report = analyseLines('text', [header('9:03:21', 'MarketoSync main'), 'INFO: lead sync started', ...lines]);
    assert.equal(report.totals.marketoCalls, 1, lines[0]);
    assert.equal(report.totals.noResponse, 1);
    const dropped = analyseLines('text', lines, 'app.log', { endpoint: '/rest/v1/activities.json' });
    assert.equal(dropped.totals.noResponse, 1);
  }
  // The client's other exceptions for no response: a timeout, a refused connection, from sendAsync too.
  for (const exception of [
    'java.net.http.HttpTimeoutException: request timed out',
    'java.net.http.HttpConnectTimeoutException: HTTP connect timed out',
    'java.util.concurrent.CompletionException: java.net.ConnectException: Connection refused',
  ]) {
    const report = analyseLines('text', [
      `2026-12-04 21:03:16.989 SEVERE [MarketoSync] GET ${B}/rest/v1/lists.json failed`,
      exception,
    ]);
    assert.equal(report.totals.noResponse, 1, exception);
  }
  // An exception that says a response came is no such call.
  const answered = analyseLines('text', [
    `SEVERE: GET ${B}/rest/v1/lists.json failed`,
    'java.io.IOException: Stream closed',
  ]);
  assert.equal(answered.totals.noResponse, 0);
});

test("-Djdk.httpclient.HttpClient.log=requests,headers: the client's lines and the app's line are one call", () => {
  const auth = 'Authorization: Bearer 5f2b6c1e-7a4d-4e0b-9c3a-fa4e0000c0de:ab';
  const report = analyseLines('text', [
    header('9:03:20', 'jdk.internal.net.http.Http1Request headers'),
    `INFO: REQUEST: ${B}/rest/v1/leads.json POST`,
    header('9:03:20', 'jdk.internal.net.http.Http1Request logHeaders'),
    'INFO: HEADERS: REQUEST HEADERS:',
    'POST /rest/v1/leads.json HTTP/1.1',
    'Content-Length: 21034',
    'Host: 284-rpr-133.mktorest.com:34727',
    auth,
    '',
    header('9:03:20', 'jdk.internal.net.http.Http1Response lambda$readHeadersAsync$0'),
    'INFO: HEADERS: RESPONSE HEADERS:',
    '    content-type: text/html',
    '',
    header('9:03:20', 'jdk.internal.net.http.Exchange lambda$wrapForLog$13'),
    `INFO: RESPONSE: (POST ${B}/rest/v1/leads.json) 413 HTTP_1_1 Local port:  55094`,
    header('9:03:20', 'MarketoSync call'),
    `WARNING: POST ${B}/rest/v1/leads.json -> 413 (3 ms)`,
    header('9:03:21', 'jdk.internal.net.http.Http1Request headers'),
    `INFO: REQUEST: ${B}/rest/v1/activities.json?_method=GET POST`,
    header('9:03:21', 'MarketoSync call'),
    `SEVERE: POST ${B}/rest/v1/activities.json?_method=GET failed`,
    ...STACK,
  ]);
  assert.equal(report.totals.marketoCalls, 2);
  assert.equal(report.totals.noResponse, 1);
  assert.deepEqual(
    report.levels.http.codes.map((c) => [c.code, c.count]),
    [['413', 1]],
  );
  // The lines that open the client's header dumps are its own, read for nothing.
  const dumps = analyseLines('text', ['INFO: HEADERS: REQUEST HEADERS:', 'INFO: HEADERS: RESPONSE HEADERS:']);
  assert.equal(dumps.totals.unrecognised, 0);
  assert.doesNotMatch(JSON.stringify(report), /5f2b6c1e/);
});

// SimpleFormatter writes the header in the JVM's locale: its month names and its AM/PM words (Swedish FM/EM).
test("java.util.logging's header in German and Swedish (and the JDK's other common locales) is the call's time", () => {
  const cases: [string, string][] = [
    ['Dez. 04, 2026 9:03:20 PM MarketoSync call', '2026-12-04T21:03:20.000Z'],
    ['dec. 05, 2026 12:48:05 FM MarketoSync call', '2026-12-05T00:48:05.000Z'],
    ['März 29, 2026 1:02:03 EM MarketoSync call', '2026-03-29T13:02:03.000Z'],
    ['maj 04, 2026 11:00:00 FM MarketoSync call', '2026-05-04T11:00:00.000Z'],
    ['Sept. 04, 2026 9:03:20 AM MarketoSync call', '2026-09-04T09:03:20.000Z'],
    // JDK 8's own locale data, before CLDR: no dot.
    ['Dez 04, 2026 9:03:20 PM MarketoSync call', '2026-12-04T21:03:20.000Z'],
    ['okt 04, 2026 9:03:20 EM MarketoSync call', '2026-10-04T21:03:20.000Z'],
    ['déc. 04, 2026 9:03:20 PM MarketoSync call', '2026-12-04T21:03:20.000Z'],
    ['dic 04, 2026 9:03:20 P. M. MarketoSync call', '2026-12-04T21:03:20.000Z'],
    ['mrt. 04, 2026 9:03:20 A.M. MarketoSync call', '2026-03-04T09:03:20.000Z'],
  ];
  for (const [head, time] of cases) {
    const report = analyseLines('text', [head, `WARNUNG: POST ${B}/rest/v1/leads.json -> 413 (3 ms)`]);
    assert.equal(report.levels.http.codes[0]?.firstSeen, time, head);
    assert.equal(report.totals.unrecognised, 0, head);
  }
});

test('a line that looks like a header but names no month, or a day the month lacks, sets no time', () => {
  for (const head of ['Foo. 04, 2026 9:03:20 PM MarketoSync call', 'Feb. 30, 2026 9:03:20 PM MarketoSync call']) {
    const report = analyseLines('text', [head, `WARNING: POST ${B}/rest/v1/leads.json -> 413 (3 ms)`]);
    assert.equal(report.levels.http.codes[0]?.firstSeen, null, head);
  }
});

// Recorded with -Duser.language=de and with -Duser.language=sv -Duser.timezone=Europe/Stockholm (record-java.mjs):
// each finding's time lies within the seconds the mock answered in, shifted by the JVM's zone for Stockholm, since
// SimpleFormatter writes local time with no offset and the analyzer takes it as UTC.
for (const [log, offsetMs] of [
  ['jul-simple-de.log', 0],
  ['jul-simple-sv-stockholm.log', 3_600_000], // Stockholm in December: UTC+1
] as const) {
  test(`java/${log}: every finding is timed, within the mock's answers as the log's clock shows them`, async () => {
    const { report, want } = await analyseRecorded('java', log);
    // The header has whole seconds.
    assertTimedWithin(report, want, offsetMs, 1000);
  });
}
