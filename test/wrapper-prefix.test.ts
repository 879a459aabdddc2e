import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unprefix } from '../src/normalise/text/wrapper-prefix.js';
import { lineInEnvelope } from '../src/normalise/shapes/envelope.js';
import { PlatformLines } from '../src/normalise/text/platform-lines.js';
import { csvDelimiterOf, csvField, rawColumnOf } from '../src/normalise/text/csv-raw.js';
import { ShapeCensus } from '../src/normalise/shape-census.js';

const JSON_LINE = '{"level":"warn","msg":"marketo","status":413}';
const PY_LINE = '2026-12-04 08:25:59,810 ERROR lead_sync token request failed: 401 Client Error';

test('each platform prefix gives back the app line, with the prefix time when the line has none', () => {
  const cases: Array<[string, string]> = [
    [`2026-12-04T10:00:01.123456789Z stdout F ${JSON_LINE}`, JSON_LINE],
    [`2026-12-04T10:00:01.123456789Z ${PY_LINE}`, PY_LINE],
    [`lead-sync-1  | ${JSON_LINE}`, JSON_LINE],
    [`lead-sync-1  | 2026-12-04T10:00:01.123456789Z ${JSON_LINE}`, JSON_LINE],
    [`2026-12-04T10:00:01+0000 worker-2 lead-sync[4187]: ${JSON_LINE}`, JSON_LINE],
    [`<134>Dec  4 10:00:01 worker-2 lead-sync[4187]: ${JSON_LINE}`, JSON_LINE],
    [`Dec 14 10:00:01 worker-2 lead-sync: ${PY_LINE}`, PY_LINE],
    [`<134>1 2026-12-04T10:00:01.123Z worker-2 lead-sync 4187 - [meta sequenceId="1"] ${JSON_LINE}`, JSON_LINE],
    [`<134>1 2026-12-04T10:00:01.123Z worker-2 lead-sync 4187 ID47 - ${JSON_LINE}`, JSON_LINE],
    [`2026-12-04T10:00:01.123Z\tc0ffee00-1b2c-4d5e-8f90-1234567890ab\tINFO\t${JSON_LINE}`, JSON_LINE],
    [`2026-12-04T10:00:01.123456+00:00 app[web.1]: ${JSON_LINE}`, JSON_LINE],
    [`2026-12-04T10:00:01Z {app="lead-sync", namespace="sync"} ${JSON_LINE}`, JSON_LINE],
    [`2026-12-04T10:00:01+00:00\tkube.lead-sync\t${JSON_LINE}`, JSON_LINE],
    ['2026-12-04T10:00:01.1Z requests.exceptions.ConnectionError: (x)', 'requests.exceptions.ConnectionError: (x)'],
    ['2026-12-04T10:00:01.1Z   File "a.py", line 3', '  File "a.py", line 3'],
    [
      '2026-12-04T10:00:01.1Z POST https://x.mktorest.com/rest/v1/leads.json 413',
      '2026-12-04T10:00:01.1Z POST https://x.mktorest.com/rest/v1/leads.json 413',
    ],
    [
      'lead-sync-1  | POST https://x.mktorest.com/rest/v1/leads.json 413',
      'POST https://x.mktorest.com/rest/v1/leads.json 413',
    ],
  ];
  for (const [wrapped, inner] of cases) assert.equal(unprefix(wrapped)?.line, inner, wrapped);
});

test('an app line that only starts with a time is not a platform prefix: it reads as it was', () => {
  // Python's own format: the rest does not stand alone, so the line is given back whole.
  assert.equal(unprefix(PY_LINE)?.line ?? PY_LINE, PY_LINE);
  assert.equal(unprefix('sync_client.MarketoError: Marketo API Error Code 606'), undefined);
  assert.equal(unprefix(JSON_LINE), undefined);
  assert.equal(unprefix('ERROR lead_sync: 2026-12-04T10:00:01Z'), undefined);
});

test("containerd's P parts join to the F line that ends them; a line with no prefix is left alone", () => {
  const lines = new PlatformLines();
  const t = '2026-12-04T10:00:01.123456789Z stdout';
  assert.equal(lines.unwrap(Buffer.from(`${t} P {"msg":"mark`)), null);
  assert.equal(lines.unwrap(Buffer.from(`${t} P eto","sta`)), null);
  assert.equal(lines.unwrap(Buffer.from(`${t} F tus":413}`))?.toString(), '{"msg":"marketo","status":413}');
  assert.equal(lines.unwrap(Buffer.from(JSON_LINE)), undefined);
});

test('an envelope gives the line its message field holds: journald bytes, GELF, Loki, Splunk one level down', () => {
  assert.equal(lineInEnvelope({ __REALTIME_TIMESTAMP: '1', MESSAGE: JSON_LINE })?.toString(), JSON_LINE);
  const bytes = lineInEnvelope({ MESSAGE: [0x61, 0xe9] });
  assert.deepEqual(bytes && [...bytes], [0x61, 0xe9]);
  assert.equal(lineInEnvelope({ MESSAGE: [1, 256] }), undefined, 'not bytes');
  assert.equal(lineInEnvelope({ short_message: 'a', full_message: 'a b' })?.toString(), 'a b');
  assert.equal(lineInEnvelope({ labels: {}, line: PY_LINE })?.toString(), PY_LINE);
  assert.equal(lineInEnvelope({ preview: false, result: { _raw: PY_LINE, _time: 'x' } })?.toString(), PY_LINE);
  assert.equal(lineInEnvelope({ status: 413 }), undefined);
  assert.equal(lineInEnvelope('text'), undefined);
});

test("a CSV export's _raw column is the line, a quoted field over several lines included", () => {
  const lines = new PlatformLines();
  const unwrap = (text: string) => lines.unwrap(Buffer.from(text))?.toString() ?? null;
  assert.equal(unwrap('"_serial","_time","host","_raw"'), null, 'the header is read, not counted');
  assert.equal(unwrap(`"0","2026-12-04T10:00:01.123Z","w2","${JSON_LINE.replaceAll('"', '""')}"`), JSON_LINE);
  assert.equal(unwrap('1,2026-12-04T10:00:01.123Z,w2,"Traceback (most recent call last):'), null);
  assert.equal(unwrap('  File ""a.py"", line 3'), null);
  assert.equal(
    unwrap('requests.exceptions.ConnectionError: x"'),
    ['Traceback (most recent call last):', '  File "a.py", line 3', 'requests.exceptions.ConnectionError: x'].join(
      '\n',
    ),
  );
  assert.equal(unwrap('2,t,w2,plain'), 'plain');
  // Other stores name the line's column otherwise; a header without one is no export of lines.
  assert.equal(rawColumnOf('_time,host,message'), 2);
  assert.equal(rawColumnOf('@timestamp,@logStream,@message'), 2);
  assert.equal(rawColumnOf('_raw,message'), 0);
  assert.equal(rawColumnOf('_time,host,level'), -1);
  assert.equal(rawColumnOf('2026-12-04 10:00:01 _raw, x'), -1);
  assert.equal(csvField('a,"b,""c""",d', 1), 'b,"c"');
  assert.equal(csvField('a,"b', 1), undefined);
  // Any case, other names; `;` and tabs between cells where the header uses them.
  assert.equal(rawColumnOf('Date,Host,Service,Content'), 3);
  assert.equal(rawColumnOf('timestamp,textPayload'), 1);
  assert.equal(csvDelimiterOf('Time;Host;Message'), ';');
  assert.equal(rawColumnOf('Time;Host;Message', ';'), 2);
  assert.equal(csvDelimiterOf('timestamp\thost\tBody'), '\t');
  assert.equal(csvDelimiterOf('_time,host,_raw'), ',');
  assert.equal(csvField('a;"b;""c""";d', 1, ';'), 'b;"c"');
  assert.equal(csvField('a\tb,c\td', 1, '\t'), 'b,c');
});

test('inspect names the platform around the lines it reads, and the parts it joins', () => {
  const census = new ShapeCensus();
  const inner = JSON.stringify({ method: 'POST', url: 'https://1-a-2.mktorest.com/rest/v1/leads.json', status: 413 });
  census.line({ __REALTIME_TIMESTAMP: '1796378401123456', MESSAGE: inner }, { file: 'j', line: 1 }, false);
  const t = '2026-12-04T10:00:01.123456789Z stdout';
  census.line(`${t} P ${inner.slice(0, 20)}`, { file: 'c', line: 1 }, true);
  census.line(`${t} F ${inner.slice(20)}`, { file: 'c', line: 2 }, true);
  const shapes = Object.fromEntries(census.result().shapes.map((s) => [s.shape, s.verdicts]));
  assert.deepEqual(shapes['platform record + flat-client'], { call: 1 });
  assert.deepEqual(shapes['platform prefix + flat-client'], { call: 1 });
  assert.deepEqual(shapes['platform: header or part of a line'], { continuation: 1 });
  assert.equal(census.result().unrecognised.lines, 0);
});
