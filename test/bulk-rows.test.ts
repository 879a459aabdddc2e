import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guessDelimiter, sniffBulkHeader } from '../src/input/bulk/header.js';
import { BulkRowAssembler, type BadRow, type BulkRow } from '../src/input/bulk/row-assembler.js';
import { sniffFormat } from '../src/input/source.js';

interface Read {
  header: string[];
  rows: BulkRow[];
  bad: BadRow[];
}

/** Feeds text line by line, as the line splitter hands lines over (line ends removed). */
function read(text: string, delimiter: ',' | '\t' | ';' = ',', maxQuoted?: number): Read {
  const out: Read = { header: [], rows: [], bad: [] };
  const a = new BulkRowAssembler(
    delimiter,
    { header: (f) => (out.header = f), row: (r) => out.rows.push(r), bad: (b) => out.bad.push(b) },
    maxQuoted,
  );
  text.split(/\r?\n/).forEach((line, i, all) => {
    if (i < all.length - 1 || line !== '') a.push(line, i + 1);
  });
  a.end();
  return out;
}

test('quoted fields keep separators, doubled quotes and line breaks; rows keep their first line and place', () => {
  const r = read(
    'email,company,note,Import Failure Reason\na@x.se,"Acme, Inc.","say ""hi""",r1\nb@x.se,"Initech\nEMEA",,r2\n',
  );
  assert.deepEqual(r.header, ['email', 'company', 'note', 'Import Failure Reason']);
  assert.deepEqual(r.rows, [
    { fields: ['a@x.se', 'Acme, Inc.', 'say "hi"', 'r1'], line: 2, row: 1 },
    { fields: ['b@x.se', 'Initech\nEMEA', '', 'r2'], line: 3, row: 2 },
  ]);
  assert.deepEqual(r.bad, []);
});

test('a row with the wrong number of columns is reported with its row and line, and reading goes on', () => {
  const r = read('a,b,Import Failure Reason\n1,2,r\n1,2,3,r\n1,r\n4,5,r\n');
  assert.deepEqual(r.bad, [
    { line: 3, row: 2, reason: 'wrong-column-count' },
    { line: 4, row: 3, reason: 'wrong-column-count' },
  ]);
  assert.deepEqual(
    r.rows.map((x) => [x.fields[0], x.row, x.line]),
    [
      ['1', 1, 2],
      ['4', 4, 5],
    ],
  );
});

test('a quote that never closes costs its own row only: the lines it swallowed are read again', () => {
  const lines = ['a,b,Import Failure Reason', '1,"open,r', '2,x,r', '3,"y, z",r', '4,w,r'];
  const r = read(lines.join('\n'));
  assert.deepEqual(r.bad, [{ line: 2, row: 1, reason: 'broken-quote' }]);
  assert.deepEqual(
    r.rows.map((x) => [x.fields, x.row, x.line]),
    [
      [['2', 'x', 'r'], 2, 3],
      [['3', 'y, z', 'r'], 3, 4],
      [['4', 'w', 'r'], 4, 5],
    ],
  );
});

test('an open quote at the end of input is a broken row; lines after it are still rows', () => {
  const r = read('a,b,Import Failure Reason\n1,2,r\n"3,4,r\n5,6,r');
  assert.deepEqual(r.bad, [{ line: 3, row: 2, reason: 'broken-quote' }]);
  assert.deepEqual(
    r.rows.map((x) => x.fields[0]),
    ['1', '5'],
  );
});

test('text after a closing quote marks the row broken; spaces before the separator do not', () => {
  const r = read('a,b,Import Failure Reason\n"x"y,2,r\n"x" ,2,r\n');
  assert.deepEqual(r.bad, [{ line: 2, row: 1, reason: 'broken-quote' }]);
  assert.deepEqual(
    r.rows.map((x) => x.fields),
    [['x', '2', 'r']],
  );
});

test('a quoted field longer than the cap is a broken quote, so memory stays bounded', () => {
  const long = 'z'.repeat(50);
  const text = ['a,b,Import Failure Reason', `1,"${long}`, long, long, '2,ok,r'].join('\n');
  const r = read(text, ',', 120);
  // The swallowed lines are read again as rows of their own: one field each, so the wrong count.
  assert.deepEqual(r.bad, [
    { line: 2, row: 1, reason: 'broken-quote' },
    { line: 3, row: 2, reason: 'wrong-column-count' },
    { line: 4, row: 3, reason: 'wrong-column-count' },
  ]);
  assert.deepEqual(
    r.rows.map((x) => [x.fields[0], x.row]),
    [['2', 4]],
  );
});

test('tsv and ssv rows split on their own separator only', () => {
  const tsv = read('email\tnote\tImport Warning Reason\na@x.se\tone, two; three\tw\n', '\t');
  assert.deepEqual(tsv.rows[0]!.fields, ['a@x.se', 'one, two; three', 'w']);
  const ssv = read('email;note;Import Failure Reason\na@x.se;"a;b, c";r\n', ';');
  assert.deepEqual(ssv.rows[0]!.fields, ['a@x.se', 'a;b, c', 'r']);
  // A quote inside an unquoted field is kept as text (5'10" is a height, not a broken row).
  const inch = read('h,Import Failure Reason\n5\'10",r\n');
  assert.deepEqual(inch.rows[0]!.fields, ['5\'10"', 'r']);
});

test('blank lines between rows are skipped, not counted', () => {
  const r = read('a,Import Failure Reason\n\n1,r\n\n2,r\n');
  assert.deepEqual(
    r.rows.map((x) => x.row),
    [1, 2],
  );
  assert.deepEqual(r.bad, []);
});

test('the header is sniffed by its last column, quoted or not, with or without a byte-order mark', () => {
  assert.deepEqual(sniffBulkHeader('\uFEFFemail,firstName,Import Failure Reason\r'), {
    kind: 'failures',
    delimiter: ',',
  });
  assert.deepEqual(sniffBulkHeader('email\tleadScore\tImport Warning Reason'), { kind: 'warnings', delimiter: '\t' });
  assert.deepEqual(sniffBulkHeader('"email";"Lead Score";"Import Failure Reason"'), {
    kind: 'failures',
    delimiter: ';',
  });
  assert.equal(sniffBulkHeader('email,firstName,lastName'), undefined);
  assert.equal(sniffBulkHeader('{"msg":"Import Failure Reason"}'), undefined);
  assert.equal(guessDelimiter('a;b;"c,d";e'), ';');
});

test('sniffFormat tells a failure file from NDJSON, JSON and HAR', () => {
  assert.equal(
    sniffFormat(Buffer.from('\uFEFFemail,Import Failure Reason\r\na@x.se,Invalid email address\r\n')),
    'bulk-failures',
  );
  assert.equal(sniffFormat(Buffer.from('{"msg":"Import Failure Reason"}\n')), 'ndjson');
  assert.equal(sniffFormat(Buffer.from('{"log":{"entries":[]}}')), 'har');
});
