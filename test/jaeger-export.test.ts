import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseLines, codeCounts } from './helpers/analyse-lines.js';

const HOST = 'https://123-ABC-456.mktorest.com';
const T0 = Date.parse('2026-12-04T10:00:00.000Z') * 1000; // Jaeger's times are microseconds

const span = (id: string, startUs: number, tags: Record<string, unknown>) => ({
  traceID: 'a1b2c3d4',
  spanID: id,
  operationName: `HTTP ${tags['http.method']}`,
  references: [],
  startTime: startUs,
  duration: 120_000,
  tags: Object.entries(tags).map(([key, value]) => ({
    key,
    type: typeof value === 'number' ? 'int64' : 'string',
    value,
  })),
  logs: [],
  processID: 'p1',
  warnings: null,
});

// A trace as Jaeger's query API (/api/traces) and its UI's "Download JSON" give it.
const trace = {
  data: [
    {
      traceID: 'a1b2c3d4',
      spans: [
        span('s1', T0, {
          'http.method': 'GET',
          'http.url': `${HOST}/identity/oauth/token?client_secret=planted-secret-9`,
          'http.status_code': 401,
        }),
        span('s2', T0 + 1_000_000, {
          'http.method': 'POST',
          'http.url': `${HOST}/rest/v1/leads.json`,
          'http.status_code': 413,
        }),
        span('s3', T0 + 2_000_000, {
          'http.method': 'GET',
          'http.url': `${HOST}/rest/v1/leads.json`,
          'http.status_code': 200,
        }),
        span('s4', T0 + 3_000_000, {
          'http.method': 'GET',
          'http.url': 'https://api.example.com/health',
          'http.status_code': 200,
        }),
      ],
      processes: { p1: { serviceName: 'marketo-sync', tags: [{ key: 'hostname', type: 'string', value: 'sync-1' }] } },
      warnings: null,
    },
  ],
  total: 0,
  limit: 0,
  offset: 0,
  errors: null,
};

test("a Jaeger trace's spans are calls, with their status, URL and time", () => {
  const report = analyseLines('ndjson', [JSON.stringify(trace)]);
  assert.equal(report.totals.marketoCalls, 3);
  assert.equal(report.totals.other, 1);
  assert.deepEqual(codeCounts(report, 'http').sort(), [
    ['401', 1],
    ['413', 1],
  ]);
  const http413 = report.levels.http.codes.find((c) => c.code === '413')!;
  assert.equal(http413.firstSeen, '2026-12-04T10:00:01.000Z');
  assert.equal(http413.endpoints[0]!.endpoint, '/rest/v1/leads.json');
  assert.ok(!JSON.stringify(report).includes('planted-secret-9'));
});
