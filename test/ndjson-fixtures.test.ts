import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from './helpers/ndjson-fixture-check.js';

const R = 'rest';
const _ = undefined;

test('flat client logs: status/statusCode, durationMs/duration/elapsed, responseBody/response/body', () => {
  const r = check('flat-client.ndjson', {
    statuses: [200, 200, 200, 200, 200, 413, 200, 200, _, _, 502, 200],
    apis: ['identity', R, R, R, R, R, R, 'bulk', R, R, R, R],
    requestIds: [
      'a1b2#18f9c2d4e01',
      '1c3e#18f9c2d5a17',
      '10f1b#18f9c2d6b22',
      '7d2a#18f9c2d7c33',
      'e5f1#18f9c2d8d44',
      '3a7b#18f9c2d9e55',
      'f00d#18f9c2dae66',
    ],
    noResponse: 2,
    other: 2,
    unrecognised: 3,
  });
  assert.deepEqual(
    r.exchanges.map((e) => e.durationMs),
    [212, 143, 388, 97, 61, 1204, 412, 176, 30004, 12, 60011, 188],
  );
  // The form/JSON request body is parsed for later stages.
  assert.equal((r.exchanges[2]!.request as { action?: string }).action, 'createOnly');
});

test('pino-http lines: req.url + req.headers.host, res.statusCode, body in res.body / body / responseBody', () => {
  const r = check('pino-http.ndjson', {
    statuses: [200, 200, 200, 502, 200, 200, 200, 200, 404],
    apis: ['identity', R, R, R, R, R, R, 'bulk', 'bulk'],
    requestIds: [
      '5b1c#18f9c3a1011',
      '9e2f#18f9c3a2122',
      '2d4e#18f9c3a3233',
      '77aa#18f9c3a4344',
      'c0de#18f9c3a5455',
      '1e2f#18f9c3a6566',
    ],
    noResponse: 0,
    other: 1,
    unrecognised: 2,
  });
  assert.equal(r.exchanges[1]!.url?.startsWith('https://284-rpr-133.mktorest.com/rest/v1/leads.json?'), true);
  assert.equal(r.exchanges[3]!.durationMs, 30012);
});

test('pino split request/response lines pair by reqId into one exchange each, with a duration', () => {
  const r = check('pino-split-request-response.ndjson', {
    // B answered first, then A; D never answered (flushed last); G failed with ECONNRESET.
    statuses: [200, 200, 401, 200, _, _],
    apis: [R, R, 'identity', R, R, R],
    requestIds: ['4e1a#18f9c4a0101', '8b3c#18f9c4a0202', 'c4d5#18f9c4a0303'],
    noResponse: 2,
    other: 1,
    unrecognised: 1,
  });
  const [b, a, token, e, g, d] = r.exchanges;
  assert.equal(b!.durationMs, 175, 'computed from the two lines');
  assert.equal(a!.durationMs, 240, 'responseTime of the response line');
  assert.equal(a!.method, 'POST', 'method from the request line');
  assert.equal(token!.path, '/identity/oauth/token');
  assert.equal(e!.path, '/rest/v1/campaigns/1034/trigger.json');
  assert.equal(g!.path, '/rest/v1/leads/describe.json');
  assert.equal(d!.path, '/rest/v1/campaigns.json');
  assert.equal(b!.startedAt, Date.parse('2024-06-10T09:00:00.005Z'));
  assert.equal(r.stats.paired, 5);
  assert.equal(r.stats.droppedResponses, 1, "the segment.io response line is not Marketo's");
});

test('winston JSON: request/response meta, express-winston meta wrapper, status 0 with ECONNREFUSED', () => {
  const r = check('winston-json.ndjson', {
    statuses: [200, 200, 200, 200, 200, 200, _, 200],
    apis: [R, R, R, 'identity', R, R, R, R],
    requestIds: [
      '61ab#18f9c5b0101',
      '62bc#18f9c5b0202',
      '63cd#18f9c5b0303',
      '64de#18f9c5b0404',
      '65ef#18f9c5b0505',
      '66f0#18f9c5b0606',
    ],
    noResponse: 1,
    other: 1,
    unrecognised: 2,
  });
  assert.equal(r.exchanges[2]!.durationMs, 321);
  assert.deepEqual(r.exchanges[5]!.request, {
    filterType: 'email',
    filterValues: 'aaaaaaaaaaaa@example.com,kim@example.com',
    fields: 'id,email,updatedAt',
  });
});

test('bunyan: client_req/client_res, req/res serializers, latency/duration, err.code ETIMEDOUT', () => {
  check('bunyan.ndjson', {
    statuses: [200, 200, 200, 200, 200, _, 401, 200],
    apis: ['identity', R, R, R, R, R, 'identity', 'bulk'],
    requestIds: ['71aa#18f9c6c0101', '72bb#18f9c6c0202', '73cc#18f9c6c0303', '74dd#18f9c6c0404', '75ee#18f9c6c0505'],
    noResponse: 1,
    other: 1,
    unrecognised: 2,
  });
});

test('serialized axios errors: err/error, config.baseURL + params, toJSON status, network codes', () => {
  const r = check('axios-errors.ndjson', {
    statuses: [401, 502, _, 414, 503, _, _, _, 413, 404],
    apis: ['identity', R, R, R, R, 'bulk', R, R, R, 'bulk'],
    requestIds: [],
    noResponse: 4,
    other: 1,
    unrecognised: 2,
  });
  assert.equal(r.exchanges[1]!.url, 'https://284-RPR-133.mktorest.com/rest/v1/leads.json?access_token=[REDACTED]');
  assert.deepEqual(r.exchanges[0]!.response, { error: 'invalid_client', error_description: 'Bad client credentials' });
  assert.equal((r.exchanges[1]!.request as { action?: string }).action, 'createOrUpdate');
});

test('Datadog export: status "error" is a log level, never an HTTP status; duration in ns', () => {
  const r = check('datadog-export.ndjson', {
    statuses: [200, 200, 401, _, 401, 200, _, _],
    apis: [R, R, 'identity', R, 'identity', R, R, R],
    requestIds: ['81aa#18f9c7d0101', '82bb#18f9c7d0202', '83cc#18f9c7d0303', '84dd#18f9c7d0404', '85ee#18f9c7d0505'],
    noResponse: 1,
    other: 2,
    unrecognised: 2,
  });
  assert.deepEqual(
    r.exchanges.map((e) => e.durationMs),
    [140, 212, 95, _, _, 188, _, _],
  );
  // The last line has status "error" and a bare 601 body: no HTTP status at all.
  assert.equal(r.exchanges[7]!.status, undefined);
  assert.equal(r.exchanges[7]!.requestId, '85ee#18f9c7d0505');
});

test('CloudWatch export: Lambda lines with JSON after a prefix and multi-line inspect output', () => {
  const r = check('cloudwatch-export.ndjson', {
    statuses: [_, _, _, 200, _, _, _, _],
    apis: [R, R, R, R, 'identity', 'identity', R, R],
    requestIds: ['91aa#18f9c8e0101', '92bb#18f9c8e0202', '93cc#18f9c8e0303', '94dd#18f9c8e0404', '95ee#18f9c8e0505'],
    noResponse: 0,
    other: 0,
    unrecognised: 4,
  });
  const errors = (r.exchanges[2]!.response as { errors: Array<{ code: string }> }).errors;
  assert.equal(errors[0]!.code, '602');
  assert.equal(r.exchanges[0]!.startedAt, Date.parse('2024-06-10T14:00:00.300Z'));
});

test('Elastic/Filebeat export: url.full, http.response.status_code, event.duration, message bodies', () => {
  const r = check('elastic-export.ndjson', {
    statuses: [200, 200, 401, _, 200, 200, 414],
    apis: [R, R, 'identity', R, R, 'bulk', R],
    requestIds: ['a1aa#18f9c9f0101', 'a2bb#18f9c9f0202', 'a3cc#18f9c9f0303', 'a4dd#18f9c9f0404'],
    noResponse: 1,
    other: 1,
    unrecognised: 2,
  });
  assert.deepEqual(
    r.exchanges.map((e) => e.durationMs),
    [143, 97, _, 30002, 2210, 176, 61],
  );
});

test('bare Marketo and identity bodies, one per line', () => {
  check('bare-bodies.ndjson', {
    statuses: Array(13).fill(undefined),
    apis: [R, 'identity', 'identity', R, R, R, R, R, R, R, 'identity', R, R],
    requestIds: [
      'e42b#14272d07d78',
      'b1aa#18f9cb0a101',
      'b2bb#18f9cb0a202',
      'b3cc#18f9cb0a303',
      'b4dd#18f9cb0a404',
      'b5ee#18f9cb0a505',
      'b6ff#18f9cb0a606',
      'b7a0#18f9cb0a707',
      'b8b1#18f9cb0a808',
      'b9c2#18f9cb0a909',
    ],
    noResponse: 0,
    other: 0,
    unrecognised: 2,
  });
});

test('util.inspect text inside messages is read back into a body', () => {
  const r = check('inspect-text-in-message.ndjson', {
    statuses: [_, _, _, _, _, 401, _, _],
    apis: [R, R, R, 'identity', R, 'identity', R, R],
    requestIds: [
      'e42b#14272d07d78',
      'c1aa#18f9cc1b101',
      'c2bb#18f9cc1b202',
      'c3cc#18f9cc1b303',
      'c4dd#18f9cc1b404',
      'c5ee#18f9cc1b505',
    ],
    noResponse: 0,
    other: 0,
    unrecognised: 2,
  });
  assert.deepEqual(r.exchanges[0]!.response, {
    requestId: 'e42b#14272d07d78',
    success: false,
    errors: [{ code: '606', message: "Max rate limit '100' exceeded with in '20' secs" }],
  });
  const joined = (r.exchanges[6]!.response as { errors: Array<{ message: string }> }).errors[0]!.message;
  assert.equal(joined, 'Total membership size for list 1042 exceeds the limit of 10000 leads');
  assert.equal((r.exchanges[3]!.response as { access_token: string }).access_token, '[REDACTED]');
});

test('a failure repeated inside a wrapper error counts once, keeping the richer record', () => {
  const r = check('duplicates-wrapper-error.ndjson', {
    statuses: [200, 200, 200, 200, 200, 200],
    apis: [R, R, R, 'identity', R, R],
    requestIds: ['e42b#14272d07d78', 'd1aa#18f9cd2c101', 'd2bb#18f9cd2c202', 'd3cc#18f9cd2c303', 'd4dd#18f9cd2c404'],
    noResponse: 0,
    other: 0,
    unrecognised: 1,
  });
  assert.equal(r.stats.duplicates, 4);
  // The error line came first for d3cc; the response line after it has URL and status, so it wins.
  const y = r.exchanges.find((e) => e.requestId === 'd3cc#18f9cd2c303')!;
  assert.equal(y.source.line, 9);
  assert.equal(y.path, '/rest/v1/leads.json');
  assert.equal(y.durationMs, 132);
});
