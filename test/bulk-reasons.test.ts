import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchBulkReason, UNLISTED_BULK_CODE } from '../src/catalog/bulk-reason.js';
import { BULK_ENTRIES, BULK_REASONS } from '../src/catalog/data/bulk.js';
import { CATALOG, findEntry } from '../src/catalog/index.js';
import { bulkRowFinding, columnOf, maskRowValues, valueKind } from '../src/normalise/bulk-row.js';

test('reasons map to the documented code that means the same, or to a bulk entry of their own', () => {
  const cases: Array<[string, string, string[]]> = [
    ['Invalid data type in field Lead Score', '1001', ['Lead Score']],
    ['Invalid email address', '1001', []],
    ["Value for lookup field 'email' not found", '1002', ['email']],
    ["Field 'webinarScore' not found", '1006', ['webinarScore']],
    ['missing.dedupe.fields', 'bulk.missing-dedupe-fields', []],
  ];
  for (const [text, code, params] of cases) {
    const m = matchBulkReason(text);
    assert.equal(m.code, code, text);
    assert.deepEqual(m.params, params, text);
  }
});

test('a reason the catalog lacks is kept under bulk.unlisted with its quoted values', () => {
  const m = matchBulkReason("Value for field 'firstName' was shortened");
  assert.equal(m.code, UNLISTED_BULK_CODE);
  assert.equal(m.template, "Value for field 'firstName' was shortened");
  assert.deepEqual(m.params, ['firstName']);
});

test('every mapped code is documented, says why in en and sv, and every bulk entry has both languages', () => {
  for (const r of BULK_REASONS) {
    const entry = findEntry(r.code, 'record');
    assert.ok(entry, r.code);
    if (r.why) {
      assert.ok(CATALOG.includes(entry), `${r.code} is a documented code`);
      assert.ok(r.why.en.length > 20 && r.why.sv.length > 20, r.code);
      assert.notEqual(r.why.en, r.why.sv);
    } else assert.ok(BULK_ENTRIES.includes(entry), `${r.code} is a bulk entry`);
  }
  for (const e of BULK_ENTRIES) {
    for (const lang of ['en', 'sv'] as const)
      for (const part of ['title', 'meaning', 'remedy'] as const) assert.ok(e.text[lang][part].length > 5);
    assert.notEqual(e.text.en.remedy, e.text.sv.remedy);
    // Bulk entries are found by findEntry but are not codes of Marketo's page.
    assert.equal(CATALOG.includes(e), false);
  }
});

test('a row becomes a record finding with its row number; its key only with --show-records', () => {
  const header = ['email', 'firstName', 'Lead Score', 'Import Failure Reason'];
  const fields = ['ann@example.com', 'Ann', 'high', 'Invalid data type in field Lead Score'];
  const hidden = bulkRowFinding(header, fields, 7, false);
  assert.equal(hidden.finding.level, 'record');
  assert.equal(hidden.finding.code, '1001');
  assert.equal(hidden.finding.recordIndex, 7);
  assert.equal(hidden.finding.recordKey, undefined);
  assert.equal(JSON.stringify(hidden).includes('ann@example.com'), false);
  assert.equal(hidden.field, 'Lead Score');
  assert.equal(hidden.valueKind, 'text');
  const shown = bulkRowFinding(header, fields, 7, true);
  assert.equal(shown.finding.recordKey, 'email=ann@example.com');
  // A display-name email column is the key too.
  const display = bulkRowFinding(
    ['Email Address', 'Import Failure Reason'],
    ['bo@example.com', 'Invalid email address'],
    1,
    true,
  );
  assert.equal(display.finding.recordKey, 'email=bo@example.com');
});

test('value kinds describe a value without holding it; columns are found by REST or display name', () => {
  assert.deepEqual(['', '12', '3.5', '2026-11-02', '11/02/2026', 'a@b.se', 'true', 'high'].map(valueKind), [
    'empty',
    'number',
    'number',
    'date',
    'date',
    'email',
    'boolean',
    'text',
  ]);
  assert.equal(columnOf(['email', 'leadScore', 'Import Failure Reason'], 'Lead Score'), 1);
  assert.equal(columnOf(['email', 'Import Failure Reason'], 'Import Failure Reason'), -1);
  const missing = bulkRowFinding(['email', 'Import Failure Reason'], ['a@b.se', "Field 'foo' not found"], 1, false);
  assert.equal(missing.valueKind, 'no-column');
});

test('a reason that quotes the row (an email) names the column instead, unless --show-records', () => {
  const header = ['email', 'company', 'Import Failure Reason'];
  const fields = ['ann.example.com', 'Acme', 'Invalid email address ann.example.com'];
  const hidden = bulkRowFinding(header, fields, 1, false);
  assert.equal(hidden.finding.message, 'Invalid email address {email}');
  assert.equal(hidden.finding.code, '1001');
  assert.equal(JSON.stringify(hidden).includes('ann.example.com'), false);
  assert.equal(bulkRowFinding(header, fields, 1, true).finding.message, 'Invalid email address ann.example.com');
  // An address that is not the row's own value is masked too; other values of the row are not
  // (a first name "Lead" must not eat the word of Marketo's text).
  assert.equal(
    maskRowValues('Lead bo@x.se exists', ['email', 'Import Failure Reason'], ['', 'r']),
    'Lead {email} exists',
  );
  const text = 'Invalid data type in field Lead Score';
  assert.equal(maskRowValues(text, ['firstName', 'Import Failure Reason'], ['Lead', 'r']), text);
});
