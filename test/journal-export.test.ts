import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseBytes, analyseLines } from './helpers/analyse-lines.js';

// journalctl's other outputs: -o export (KEY=value lines, an empty line after each entry) and -o json-seq
// (RFC 7464: each record after an RS byte). fixtures/wrappers/*-journalctl-* are the real tool's output.
const URLLIB3 =
  'DEBUG urllib3.connectionpool http://284-rpr-133.mktorest.com:80 "POST /rest/v1/leads.json HTTP/1.1" 413 183';
const LOST =
  "requests.exceptions.ConnectionError: ('Connection aborted.', RemoteDisconnected('Remote end closed connection'))";
const entry = (i: number, message: string): string[] => [
  `__CURSOR=s=0fab4994a61a48f2baddbc63ad366d1f;i=${i};b=9b1d3c5e;m=4c4b40;t=661cbf07b2c80;x=2af320a0cea0a975`,
  `__REALTIME_TIMESTAMP=${1796378401123456 + i * 1_000_000}`,
  '__MONOTONIC_TIMESTAMP=5000000',
  '_BOOT_ID=9b1d3c5e7f0a4b2c8d6e1f3a5b7c9d0e',
  'PRIORITY=6',
  'SYSLOG_IDENTIFIER=lead_sync',
  '_TRANSPORT=stdout',
  `MESSAGE=${message}`,
  '_HOSTNAME=worker-2',
  '',
];

test("journalctl -o export: each entry's MESSAGE is the app's line at the entry's time; other fields are read", () => {
  const report = analyseLines('text', [
    ...entry(1, URLLIB3),
    ...entry(2, 'Traceback (most recent call last):'),
    ...entry(3, LOST),
  ]);
  assert.equal(report.totals.marketoCalls, 2);
  assert.equal(report.totals.noResponse, 1);
  assert.equal(report.levels.http.codes[0]!.firstSeen, '2026-12-04T10:00:02.123Z');
  // The fields around MESSAGE are the journal's, not lines nobody could read.
  assert.equal(report.totals.unrecognised, 0);
});

test('journalctl -o json-seq: a record after its RS byte is read as the same record without it', () => {
  const record = (i: number, message: string): string =>
    `\u001e${JSON.stringify({ __REALTIME_TIMESTAMP: String(1796378401123456 + i * 1_000_000), MESSAGE: message })}`;
  const report = analyseLines('text', [
    record(1, URLLIB3),
    record(2, 'Traceback (most recent call last):'),
    record(3, LOST),
  ]);
  assert.equal(report.totals.marketoCalls, 2);
  assert.equal(report.totals.noResponse, 1);
  assert.equal(report.levels.http.codes[0]!.firstSeen, '2026-12-04T10:00:02.123Z');
});

test('a KEY=value line outside a journal export is not taken for one', () => {
  const report = analyseLines('text', [`MESSAGE=${URLLIB3}`, 'PRIORITY=6']);
  // No export began (no __CURSOR line): the lines are read as they stand, the urllib3 line within its text.
  assert.equal(report.totals.marketoCalls, 1);
  assert.equal(report.totals.unrecognised, 1);
});

test('journalctl -o export: a MESSAGE journald wrote as binary (coloured) is read; one cut apart is not lost', () => {
  const coloured = `\u001b[37m2026-12-04 08:25:59,809 DEBUG\u001b[0m ${URLLIB3.slice(6)}`;
  const data = Buffer.from(coloured);
  const size = Buffer.alloc(8);
  size.writeBigUInt64LE(BigInt(data.length));
  const head = entry(1, 'x').slice(0, 7);
  const analyzer = [...head.map((l) => Buffer.from(l)), Buffer.from('MESSAGE'), Buffer.concat([size, data])];
  const report = analyseBytes(analyzer);
  assert.equal(report.totals.marketoCalls, 1);
  assert.equal(report.levels.http.codes[0]!.firstSeen, '2026-12-04T08:25:59.809Z');
  // The size says more bytes than the line holds (the message held a line end): the line is read as it stands.
  size.writeBigUInt64LE(BigInt(data.length + 40));
  const cut = analyseBytes([...head.map((l) => Buffer.from(l)), Buffer.from('MESSAGE'), Buffer.concat([size, data])]);
  assert.equal(cut.totals.marketoCalls, 1);
});
