import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goPositionalInText } from '../src/normalise/text/go-positional.js';
import { goPrintedInText } from '../src/normalise/text/go-printed.js';
import { goSyntaxInText } from '../src/normalise/text/go-syntax.js';
import { parseBody } from '../src/normalise/marketo-body.js';
import { findObjectInText } from '../src/normalise/ndjson/embedded-text.js';

// Lines as Go's log package wrote them in fixtures/clients/go-printf-*.log (go_printf_sync.go).
const MAP_606 =
  '2026/12/04 21:42:36.474175 go_printf_sync.go:97: marketo answered: ' +
  "map[errors:[map[code:606 message:Max rate limit '100' exceeded with in '20' secs]] requestId:a4c2#18f3c203dde" +
  ' success:false]';
const STRUCT_SKIPS =
  'marketo: POST /rest/v1/leads.json 200 OK: ' +
  '&{RequestID:a4c1#18f3c201eef Result:[{ID:3001 Status:created Reasons:[]} ' +
  '{ID:0 Status:skipped Reasons:[{Code:1005 Message:Lead already exists}]} ' +
  "{ID:0 Status:skipped Reasons:[{Code:1006 Message:Field 'foo' not found}]}] Success:true Errors:[]}";

test('a map printed with %v is read with its keys, values with blanks and quotes kept whole', () => {
  const found = goPrintedInText(MAP_606);
  assert.deepEqual(found?.value, {
    errors: [{ code: '606', message: "Max rate limit '100' exceeded with in '20' secs" }],
    requestId: 'a4c2#18f3c203dde',
    success: false,
  });
  assert.equal(found?.beside, '2026/12/04 21:42:36.474175 go_printf_sync.go:97: marketo answered:');
});

test('a struct printed with %+v is read, its field names as the JSON keys Marketo sends', () => {
  const found = findObjectInText(STRUCT_SKIPS);
  assert.deepEqual(found?.value, {
    requestId: 'a4c1#18f3c201eef',
    result: [
      { id: '3001', status: 'created', reasons: [] },
      { id: '0', status: 'skipped', reasons: [{ code: '1005', message: 'Lead already exists' }] },
      { id: '0', status: 'skipped', reasons: [{ code: '1006', message: "Field 'foo' not found" }] },
    ],
    success: true,
    errors: [],
  });
  assert.equal(found?.beside, 'marketo: POST /rest/v1/leads.json 200 OK:');
});

test("empty struct fields stay empty, and a map's value may hold a word and a colon that is no key", () => {
  const token = goPrintedInText('x: &{AccessToken: TokenType: ExpiresIn:0 Error:unauthorized ErrorDescription:}');
  assert.deepEqual(token?.value, {
    accessToken: '',
    tokenType: '',
    expiresIn: '0',
    error: 'unauthorized',
    errorDescription: '',
  });
  // `field:` sorts before `message`, so it is part of the message, not the next key.
  const map = goPrintedInText('map[code:1003 message:Invalid value, field:email status:skipped]');
  assert.deepEqual(map?.value, { code: '1003', message: 'Invalid value, field:email', status: 'skipped' });
});

test('a struct printed with %v names no field and is not read; nor is a value cut short', () => {
  assert.equal(goPrintedInText('GET /rest/v1/leads.json 200 OK: {a4c2#1 [] false [{606 Max rate limit}]}'), undefined);
  assert.equal(goPrintedInText(MAP_606.slice(0, -20)), undefined);
  assert.equal(goPrintedInText('map[a:'), undefined);
  assert.equal(goPrintedInText(`${'map[a:'.repeat(100)}1${']'.repeat(100)}`), undefined, 'deeper than a body goes');
});

test("JSON and util.inspect objects are not taken for Go's", () => {
  assert.equal(goPrintedInText('{"success":false}'), undefined);
  assert.equal(goPrintedInText("{ code: '606', message: 'x' }"), undefined);
  assert.deepEqual(findObjectInText("{ code: '606', message: 'x' }")?.value, { code: '606', message: 'x' });
});

// fixtures/clients/go-printf-plain.log: the same structs printed with %v.
const PLAIN_606 = "GET /rest/v1/leads.json 200 OK: {a4c2#18f3c203dde [] false [{606 Max rate limit '100' exceeded}]}";
const PLAIN_SKIPS =
  'POST /rest/v1/leads.json 200 OK: {a4c1#18f3c201eef [{3001 created []} {0 skipped [{1005 Lead already exists}]} ' +
  "{0 skipped [{1006 Field 'foo' not found}]}] true []}";

test("a struct printed with %v is read by its shape alone: Marketo's codes in lists, beside true or false", () => {
  assert.deepEqual(goPositionalInText(PLAIN_606), {
    value: { success: false, errors: [{ code: '606', message: "Max rate limit '100' exceeded" }] },
    beside: 'GET /rest/v1/leads.json 200 OK:',
  });
  assert.deepEqual(findObjectInText(PLAIN_SKIPS)?.value, {
    success: true,
    result: [
      { status: 'skipped', reasons: [{ code: '1005', message: 'Lead already exists' }] },
      { status: 'skipped', reasons: [{ code: '1006', message: "Field 'foo' not found" }] },
    ],
  });
});

test('a struct printed with %v of any other shape is not taken for a body', () => {
  // A token answer, a success with no skipped record, a list of ports, a code that is not Marketo's.
  assert.equal(goPositionalInText('x: {5f2b:ab bearer 3599 sync@example.com  }'), undefined);
  assert.equal(goPositionalInText('x: {a4c4#1 [{4101  []}] true []}'), undefined);
  assert.equal(goPositionalInText('listening on [{8080 web} {1001 admin}]'), undefined);
  assert.equal(goPositionalInText('x: {a1 [] false [{404 Not found}]}'), undefined);
  assert.equal(goPositionalInText('x: {a1 [] false [{606 cut short'), undefined);
});

test('a body Go printed, logged as a string (slog\'s TextHandler: body="map[...]"), is parsed as the body', () => {
  const printed = "map[errors:[map[code:606 message:Max rate limit '100']] requestId:a4c2#1 success:false]";
  assert.deepEqual(parseBody(printed), {
    errors: [{ code: '606', message: "Max rate limit '100'" }],
    requestId: 'a4c2#1',
    success: false,
  });
  assert.deepEqual(parseBody('&{RequestID:a1#2 Success:false Errors:[{Code:601 Message:Access token invalid}]}'), {
    requestId: 'a1#2',
    success: false,
    errors: [{ code: '601', message: 'Access token invalid' }],
  });
  // Text after the value, or a value that does not close, leaves the body as the text it is.
  assert.equal(parseBody('map[success:false] and more'), 'map[success:false] and more');
  assert.equal(parseBody('{RequestID:a1'), '{RequestID:a1');
  // Inside a logfmt value the record is read for its pairs, not as a value printed in prose.
  assert.equal(
    goPrintedInText('level=WARN url=https://x.mktorest.com/rest/v1/leads.json body="map[success:true]"'),
    undefined,
  );
});

// fixtures/clients/go-printf-gosyntax.log: log.Printf("answer: %#v", body).
const SYNTAX_MAP =
  'answer: map[string]interface {}{"requestId":"a4c1#1", "result":[]interface {}{map[string]interface {}{"id":3001, ' +
  '"status":"created"}, map[string]interface {}{"reasons":[]interface {}{map[string]interface {}{"code":"1005", ' +
  '"message":"Lead \\"dup\\" exists"}}, "status":"skipped"}}, "success":true}';
const SYNTAX_STRUCT =
  'answer: &main.response{RequestID:"a4c3#1", Result:[]main.record(nil), Success:false, ' +
  'Errors:[]main.marketoError{main.marketoError{Code:"602", Message:"Access token expired"}}}';

test('a map or a struct printed with %#v (Go syntax) is read, types and all', () => {
  assert.deepEqual(goSyntaxInText(SYNTAX_MAP), {
    value: {
      requestId: 'a4c1#1',
      result: [
        { id: 3001, status: 'created' },
        { reasons: [{ code: '1005', message: 'Lead "dup" exists' }], status: 'skipped' },
      ],
      success: true,
    },
    beside: 'answer:',
  });
  assert.deepEqual(findObjectInText(SYNTAX_STRUCT)?.value, {
    requestId: 'a4c3#1',
    result: null,
    success: false,
    errors: [{ code: '602', message: 'Access token expired' }],
  });
  assert.deepEqual(goSyntaxInText('x: main.t{A:interface {}(nil), B:"\\x41\\u00e9"}')?.value, { a: null, b: 'Aé' });
});

test('Go syntax cut short, or nested deeper than a body goes, is not read', () => {
  assert.equal(goSyntaxInText(SYNTAX_STRUCT.slice(0, -3)), undefined);
  assert.equal(goSyntaxInText(`x: main.t{A:${'main.t{A:'.repeat(100)}1${'}'.repeat(101)}`), undefined);
  assert.equal(goSyntaxInText('x: main.t{A:"open}'), undefined);
});
