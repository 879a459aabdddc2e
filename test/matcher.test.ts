import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOG, captureParams, findEntry, matchMessage } from '../src/catalog/index.js';
import { compileTemplate } from '../src/catalog/matcher.js';

const entry = (code: string) => {
  const e = findEntry(code);
  assert.ok(e, code);
  return e;
};

test('real message strings from Marketo responses match and yield their values', () => {
  assert.deepEqual(captureParams('606', "Max rate limit '100' exceeded with in '20' secs"), ['100', '20']);
  assert.deepEqual(captureParams('1006', "Field 'foo' not found"), ['foo']);
  assert.deepEqual(captureParams('615', "Concurrent access limit '10' reached"), ['10']);
  assert.deepEqual(captureParams('605', "Request method 'POST' not supported"), ['POST']);
  assert.deepEqual(captureParams('1029', 'Export daily quota 500MB exceeded.'), ['500MB']);
  for (const [code, message] of [
    ['601', 'Access token invalid'],
    ['602', 'Access token expired'],
    ['1004', 'Lead not found'],
    ['1005', 'Lead already exists'],
    ['1015', 'Lead not in list'],
    ['1029', 'Too many jobs in queue'],
    ['1029', 'Job already queued'],
    ['1029', 'The export id has already been queued.'],
    ['1035', 'Unsupported filter type for target subscription'],
    ['1013', 'Membership not found'],
    ['1013', 'Record not found'],
    ['401', 'Bad client credentials'],
    ['401', 'No client with requested id'],
  ] as const) {
    assert.ok(matchMessage(entry(code), message), `${code}: ${message}`);
  }
});

test('curly, double and missing quotes all capture the bare value', () => {
  assert.deepEqual(captureParams('1006', 'Field ‘foo’ not found'), ['foo']);
  assert.deepEqual(captureParams('1006', 'Field “foo” not found'), ['foo']);
  assert.deepEqual(captureParams('1006', 'Field "First Name" not found'), ['First Name']);
  assert.deepEqual(captureParams('1006', 'Field foo not found'), ['foo']);
  assert.deepEqual(captureParams('606', 'Max rate limit ‘100’ exceeded with in ‘20’ secs'), ['100', '20']);
  assert.deepEqual(captureParams('615', 'Concurrent access limit "10" reached'), ['10']);
});

test('case, whitespace and trailing punctuation do not matter', () => {
  assert.deepEqual(captureParams('606', "  max RATE limit '100'   exceeded within '20' secs.  "), ['100', '20']);
  assert.ok(matchMessage(entry('602'), 'ACCESS TOKEN EXPIRED!'));
  assert.ok(matchMessage(entry('1004'), 'Lead not found.'));
  assert.deepEqual(captureParams('1001', "Invalid value 'abc'. Required of type 'integer'"), ['abc', 'integer']);
  assert.deepEqual(captureParams('1001', "invalid value 'abc' required of type 'integer'"), ['abc', 'integer']);
  assert.deepEqual(captureParams(' 701 ', 'email cannot be blank'), ['email']);
});

test('the template that matched is reported', () => {
  const m = matchMessage(entry('1029'), 'Export daily quota 500MB exceeded.');
  assert.equal(m?.template, 'Export daily quota %s exceeded');
  assert.equal(matchMessage(entry('1029'), 'Too many jobs in queue')?.template, 'Too many jobs in queue');
});

test('messages of other codes and garbage do not match', () => {
  assert.equal(matchMessage(entry('1006'), "Field 'foo' not supported"), null);
  assert.equal(matchMessage(entry('1004'), 'Lead already exists'), null);
  assert.equal(matchMessage(entry('602'), 'Access token invalid'), null);
  assert.equal(matchMessage(entry('606'), ''), null);
  assert.deepEqual(captureParams('9999', 'Lead not found'), []);
  assert.deepEqual(captureParams('1004', 'something else entirely'), []);
});

test('template metacharacters are taken literally', () => {
  assert.deepEqual(captureParams('1029', 'Too many jobs (10) in queue'), ['10']);
  assert.equal(matchMessage(entry('1029'), 'Too many jobs 10 in queue'), null);
});

test('every template compiles and matches itself filled with sample values', () => {
  for (const e of CATALOG) {
    for (const template of e.messages) {
      const filled = template.replace(/%s/gu, 'x1');
      const m = matchMessage(e, filled);
      assert.ok(m, `${e.code}: ${template}`);
      assert.ok(
        m.params.every((p) => p === 'x1'),
        `${e.code}: ${template} -> ${m.params.join(',')}`,
      );
    }
  }
});

test('a template is compiled once, however many findings it is matched against', () => {
  // Matching runs once per finding: compiling per call made a 100k-finding log crawl. Not timed (the
  // machines are shared): the compiled pattern must be the same object every time.
  const e = entry('606');
  const template = e.messages[0]!;
  const first = compileTemplate(template);
  for (let i = 0; i < 1000; i++) matchMessage(e, `Max rate limit '${i % 200}' exceeded with in '20' secs`);
  assert.equal(compileTemplate(template), first);
  assert.ok(matchMessage(e, "Max rate limit '100' exceeded with in '20' secs"));
});
