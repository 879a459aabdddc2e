import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentryEvent } from '../src/normalise/shapes/sentry-event.js';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';

const HOST = 'https://123-abc-456.mktorest.com';
const crumbs = [
  { type: 'default', category: 'console', message: 'syncing 300 leads', timestamp: 1796378401.1 },
  {
    type: 'http',
    category: 'http',
    timestamp: 1796378401.2,
    data: { 'http.request.method': 'POST', url: `${HOST}/rest/v1/leads.json`, status_code: 413 },
  },
  {
    type: 'http',
    category: 'fetch',
    timestamp: '2026-12-04T10:00:02.300Z',
    data: {
      method: 'GET',
      url: `${HOST}/identity/oauth/token`,
      'url.query': 'client_secret=[Filtered]',
      status_code: 401,
    },
  },
  {
    type: 'http',
    category: 'http',
    timestamp: 1796378403.4,
    data: { method: 'GET', url: `${HOST}/rest/v1/activities.json` },
  },
];

test('a Sentry event gives its http breadcrumbs as calls, in each of its three layouts', () => {
  const layouts = [
    { event_id: 'e1', breadcrumbs: crumbs },
    { event_id: 'e1', breadcrumbs: { values: crumbs } },
    {
      eventID: 'e1',
      entries: [
        { type: 'exception', data: {} },
        { type: 'breadcrumbs', data: { values: crumbs } },
      ],
    },
  ];
  for (const event of layouts) {
    const calls = sentryEvent.split(event);
    assert.equal(calls?.length, 3);
    assert.deepEqual(calls?.[0], {
      time: '2026-12-04T10:00:01.200Z',
      method: 'POST',
      url: `${HOST}/rest/v1/leads.json`,
      status: 413,
    });
    assert.equal(calls?.[1]?.url, `${HOST}/identity/oauth/token?client_secret=[Filtered]`);
    // No status: the SDK kept the crumb for a call that got no answer.
    assert.equal(calls?.[2]?.aborted, true);
  }
  assert.equal(sentryEvent.split({ breadcrumbs: crumbs }), undefined, 'no event id: not an event');
});

test('an event downloaded from Sentry is read, not taken for a HAR without its "log"', () => {
  const event = { eventID: 'e1', entries: [{ type: 'breadcrumbs', data: { values: crumbs } }] };
  const report = analyseLines('json', [JSON.stringify(event)], 'event.json');
  assert.equal(report.totals.marketoCalls, 3);
  assert.equal(report.totals.noResponse, 1);
  assert.deepEqual(codeCounts(report, 'http').sort(), [
    ['401', 1],
    ['413', 1],
  ]);
  assert.equal(report.inputs[0]?.truncated, false);
});
