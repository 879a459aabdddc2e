import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sniffFormat } from '../src/input/source.js';
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

// The same three lines as journalctl's other outputs print them (journalctl --file ... -o FORMAT).
const APP = ['Traceback (most recent call last):', LOST];
const HOST_TAG = 'worker-2 lead_sync[4187]:';
const OUTPUTS: Record<string, (line: string, i: number) => string[]> = {
  'short-precise': (l, i) => [`Dec 04 10:00:0${i + 1}.123456 ${HOST_TAG} ${l}`],
  'short-full': (l, i) => [`Fri 2026-12-04 10:00:0${i + 1} UTC ${HOST_TAG} ${l}`],
  'with-unit': (l, i) => [`Fri 2026-12-04 10:00:0${i + 1} UTC worker-2 lead-sync.service[4187]: ${l}`],
  'short-unix': (l, i) => [`179637840${i + 1}.123456 ${HOST_TAG} ${l}`],
  'short-monotonic': (l, i) => [`[    ${i + 5}.000000] ${HOST_TAG} ${l}`],
  'short-delta': (l, i) => [`[    ${i + 5}.000000 <    1.000000 >] ${HOST_TAG} ${l}`],
  verbose: (l, i) => [
    `Fri 2026-12-04 10:00:0${i + 1}.123456 UTC [s=69812ac0;i=${i + 1};b=9b1d3c5e;m=4c4b40;t=661cbf07b2c80;x=2af3]`,
    '    _BOOT_ID=9b1d3c5e7f0a4b2c8d6e1f3a5b7c9d0e',
    '    PRIORITY=6',
    `    MESSAGE=${l}`,
  ],
  'json-sse': (l, i) => [
    `data: ${JSON.stringify({ __REALTIME_TIMESTAMP: `179637840${i + 1}123456`, MESSAGE: l })}`,
    '',
  ],
};

for (const [format, print] of Object.entries(OUTPUTS)) {
  test(`journalctl -o ${format}: the app's lines are read as the log itself, none left unrecognised`, () => {
    const report = analyseLines('text', [URLLIB3, ...APP].flatMap(print));
    assert.equal(report.totals.marketoCalls, 2, format);
    assert.equal(report.totals.noResponse, 1, format);
    assert.equal(report.totals.unrecognised + report.totals.malformed, 0, format);
    // Where the output has the wall-clock time, it is the time of the line that has none of its own.
    if (!/monotonic|delta|precise/.test(format))
      assert.match(String(report.levels.http.codes[0]!.firstSeen), /^2026-12-04T10:00:01/);
  });
}

test('-o short-monotonic and short-delta lines open with a number in brackets: a text log, not a JSON array', () => {
  for (const format of ['short-monotonic', 'short-delta']) {
    const text = `${[URLLIB3, ...APP].flatMap(OUTPUTS[format]!).join('\n')}\n`;
    assert.equal(sniffFormat(Buffer.from(text)), 'text', format);
  }
  // An array of numbers still is one.
  assert.equal(sniffFormat(Buffer.from('[5.000000]\n')), 'json');
  assert.equal(sniffFormat(Buffer.from('[5, 6,\n 7]\n')), 'json');
});
