// The timeline of one integration talking to Marketo: when calls happen, which
// endpoint, and how each one ends. Output is shape-neutral; the ndjson and har
// writers decide how a logger would have written it down.

import {
  HTML_ERRORS,
  activities,
  leadRecords,
  makeLead,
  okLeads,
  recordResult,
  requestId,
  responseFailure,
} from './marketo-bodies.mjs';

export const START_MS = Date.UTC(2026, 10, 2, 10, 0, 0, 123);

const RESPONSE_CODES = [
  ['606', 55],
  ['601', 8],
  ['602', 10],
  ['615', 6],
  ['604', 4],
  ['611', 4],
  ['1029', 3],
  ['709', 2],
  ['610', 3],
  ['500', 3],
  ['502', 2],
];
const HTTP_CODES = [
  [401, 30],
  [413, 40],
  [414, 30],
];
const ENDPOINTS = [
  ['sync', 40],
  ['getLeads', 20],
  ['addToList', 10],
  ['removeFromList', 5],
  ['activities', 15],
  ['customObject', 5],
  ['exportCreate', 2],
  ['exportStatus', 3],
];
const RECORD_ENDPOINTS = [
  ['sync', 60],
  ['addToList', 15],
  ['removeFromList', 10],
  ['customObject', 15],
];
const STATUS_TEXT = { 200: 'OK', 401: 'Unauthorized', 413: 'Request Entity Too Large', 414: 'Request-URI Too Large' };

export function createScenario(r, { maxRecords = 300 } = {}) {
  const instance = `${r.int(100, 999)}-${r
    .alnum(3)
    .toUpperCase()
    .replace(/[^A-Z]/g, 'X')}-${r.int(100, 999)}`;
  const host = `${instance}.mktorest.com`;
  const clientId = r.uuid();
  const clientSecret = r.alnum(32);
  const secrets = new Set([clientSecret]);
  let t = START_MS;
  let token = null;
  let tokenAt = -Infinity;
  let burst = 0;
  let idBase = 1000;
  let forceIdentity = true;

  const newToken = () => {
    token = `${r.uuid()}:${r.pick(['ab', 'sj', 'lon'])}`;
    secrets.add(token);
    tokenAt = t;
  };

  function advance() {
    if (burst > 0) {
      burst--;
      t += Math.round(r.exp(40));
    } else {
      if (r.chance(0.01)) burst = r.int(20, 100);
      t += Math.round(r.exp(400));
    }
  }

  function identity(fail) {
    const secret = fail ? r.alnum(32) : clientSecret;
    if (fail) secrets.add(secret);
    const call = base('identity', 'GET', '/identity/oauth/token', [
      ['grant_type', 'client_credentials'],
      ['client_id', clientId],
      ['client_secret', secret],
    ]);
    call.auth = null;
    if (fail) {
      call.status = 401;
      call.responseBody = { error: 'unauthorized', error_description: 'Bad client credentials' };
      call.findings = [{ level: 'http', code: '401' }];
    } else {
      newToken();
      call.responseBody = { access_token: token, token_type: 'bearer', expires_in: 3599, scope: 'sync@example.com' };
    }
    return call;
  }

  function base(api, method, path, query) {
    const auth = r.chance(0.6) ? 'header' : 'query';
    const q = query ?? [];
    if (api !== 'identity' && auth === 'query') q.push(['access_token', token]);
    return {
      t,
      durationMs: r.int(50, 3000),
      api,
      method,
      host,
      path,
      query: q,
      auth: api === 'identity' ? null : auth,
      token,
      requestBody: null,
      status: 200,
      statusText: 'OK',
      responseBody: null,
      findings: [],
      noResponse: false,
      axiosCode: null,
    };
  }

  /** A REST call to an endpoint; outcome is 'ok', 'record' or a response code. */
  function rest(endpoint, outcome) {
    const size = r.weighted([
      [[1, 10], 40],
      [[10, 100], 40],
      [[100, 300], 20],
    ]);
    const n = Math.min(maxRecords, r.int(size[0], size[1]));
    const listId = r.int(1000, 9999);
    idBase += 300;
    let call;
    let okResult;
    let recordCode = null;
    switch (endpoint) {
      case 'sync': {
        const action = r.weighted([
          ['createOrUpdate', 70],
          ['createOnly', 15],
          ['updateOnly', 15],
        ]);
        call = base('rest', 'POST', '/rest/v1/leads.json');
        const input = [];
        for (let i = 0; i < n; i++) input.push(makeLead(r, i));
        call.requestBody = { action, lookupField: 'email', input };
        okResult = () => okLeads(r, n, idBase);
        recordCode = r.weighted([
          ['1006', 20],
          ['1005', 30],
          ['1004', 30],
          ['1003', 20],
        ]);
        break;
      }
      case 'getLeads': {
        const emails = [];
        for (let i = 0; i < Math.min(n, 50); i++) emails.push(makeLead(r, i).email);
        call = base('rest', 'GET', '/rest/v1/leads.json', [
          ['filterType', 'email'],
          ['filterValues', emails.join(',')],
          ['fields', 'email,firstName,lastName,updatedAt'],
        ]);
        okResult = () => leadRecords(r, r.int(0, emails.length), idBase);
        break;
      }
      case 'addToList':
      case 'removeFromList': {
        const adding = endpoint === 'addToList';
        const input = [];
        for (let i = 0; i < n; i++) input.push({ id: idBase + i });
        call = base('rest', adding ? 'POST' : 'DELETE', `/rest/v1/lists/${listId}/leads.json`);
        call.requestBody = { input };
        okResult = () => input.map((x) => ({ id: x.id, status: adding ? 'added' : 'removed' }));
        recordCode = adding ? '1004' : '1015';
        break;
      }
      case 'activities': {
        call = base('rest', 'GET', '/rest/v1/activities.json', [
          ['nextPageToken', r.alnum(40)],
          ['activityTypeIds', '1,6,12,13'],
        ]);
        okResult = () => activities(r, r.int(1, maxRecords), idBase, t);
        break;
      }
      case 'customObject': {
        call = base('rest', 'POST', '/rest/v1/customobjects/purchase_c.json');
        const input = [];
        for (let i = 0; i < n; i++)
          input.push({ email: makeLead(r, i).email, sku: `SKU-${r.int(1000, 9999)}`, amount: r.int(5, 900) });
        call.requestBody = { action: 'createOrUpdate', dedupeBy: 'dedupeFields', input };
        okResult = () => input.map((_, i) => ({ seq: i, marketoGUID: r.uuid(), status: 'created' }));
        recordCode = r.weighted([
          ['1003', 70],
          ['1006', 30],
        ]);
        break;
      }
      case 'exportCreate': {
        call = base('bulk', 'POST', '/bulk/v1/leads/export/create.json');
        call.requestBody = {
          fields: ['email', 'firstName', 'lastName'],
          format: 'CSV',
          filter: { createdAt: { startAt: '2026-10-01T00:00:00Z', endAt: '2026-10-31T00:00:00Z' } },
        };
        okResult = () => [
          {
            exportId: r.uuid(),
            format: 'CSV',
            status: 'Created',
            createdAt: new Date(t).toISOString().replace(/\.\d{3}/, ''),
          },
        ];
        break;
      }
      default: {
        const exportId = r.uuid();
        call = base('bulk', 'GET', `/bulk/v1/leads/export/${exportId}/status.json`);
        okResult = () => [
          {
            exportId,
            format: 'CSV',
            status: r.pick(['Queued', 'Processing', 'Completed']),
            createdAt: new Date(t - 600000).toISOString().replace(/\.\d{3}/, ''),
          },
        ];
      }
    }
    if (outcome === 'ok') {
      const body = { requestId: requestId(r), result: okResult(), success: true };
      if (endpoint === 'activities') Object.assign(body, { nextPageToken: r.alnum(40), moreResult: r.chance(0.7) });
      call.responseBody = body;
    } else if (outcome === 'record') {
      const { result, findings } = recordResult(
        r,
        n,
        endpoint === 'sync'
          ? 'updated'
          : endpoint === 'addToList'
            ? 'added'
            : endpoint === 'removeFromList'
              ? 'removed'
              : 'created',
        recordCode,
        idBase,
      );
      call.responseBody = { requestId: requestId(r), result, success: true };
      call.findings = findings;
    } else {
      const { body, findings } = responseFailure(r, outcome);
      call.responseBody = body;
      call.findings = findings;
      if (outcome === '601' || outcome === '602') forceIdentity = true;
    }
    return call;
  }

  function httpFailure(status) {
    if (status === 401) return identity(true);
    let call;
    if (status === 413) {
      call = base('rest', 'POST', '/rest/v1/leads.json');
      // The logger kept only the size of a >1 MB request body.
      call.requestBytes = r.int(1_050_000, 3_000_000);
    } else {
      const emails = [];
      while (emails.join(',').length < 8400) emails.push(r.uuid());
      call = base('rest', 'GET', '/rest/v1/leads.json', [
        ['filterType', 'externalId'],
        ['filterValues', emails.join(',')],
      ]);
    }
    call.status = status;
    call.statusText = STATUS_TEXT[status];
    call.responseBody = HTML_ERRORS[status];
    call.findings = [{ level: 'http', code: String(status) }];
    return call;
  }

  function noResponse() {
    const call = rest('sync', 'ok');
    call.status = 0;
    call.statusText = '';
    call.responseBody = null;
    call.noResponse = true;
    call.axiosCode = r.pick(['ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT']);
    return call;
  }

  function next() {
    advance();
    if (forceIdentity || t - tokenAt > 3600_000 - r.int(0, 120_000)) {
      forceIdentity = false;
      return identity(false);
    }
    const roll = r.next();
    if (roll < 0.003) return httpFailure(r.weighted(HTTP_CODES));
    if (roll < 0.0035) return noResponse();
    if (roll < 0.0435) {
      const code = r.weighted(RESPONSE_CODES);
      return rest(code === '1029' ? 'exportCreate' : r.weighted(ENDPOINTS), code);
    }
    if (roll < 0.0835) return rest(r.weighted(RECORD_ENDPOINTS), 'record');
    return rest(r.weighted(ENDPOINTS), 'ok');
  }

  return {
    next,
    host,
    secrets,
    get now() {
      return t;
    },
  };
}

export function callUrl(call) {
  const qs = call.query.map(([k, v]) => `${k}=${encodeParam(v)}`).join('&');
  return `https://${call.host}${call.path}${qs ? `?${qs}` : ''}`;
}

/** Encodes a query value the way axios does (it leaves : $ , [ ] readable and turns spaces into +). */
export function encodeParam(v) {
  return encodeURIComponent(v)
    .replace(/%3A/gi, ':')
    .replace(/%24/g, '$')
    .replace(/%2C/gi, ',')
    .replace(/%20/g, '+')
    .replace(/%5B/gi, '[')
    .replace(/%5D/gi, ']');
}

export { STATUS_TEXT };
