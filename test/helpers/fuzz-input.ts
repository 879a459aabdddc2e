import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { pick, type Rng as Random } from './plant-secrets.js';
import { fixture } from './run-cli.js';

// One seeded generator for every property test: a failing run replays from its seed.
export { mulberry32 as prng, pick, type Rng as Random } from './plant-secrets.js';

const int = (rnd: Random, n: number): number => Math.floor(rnd() * n);

/** Every log fixture (not the reports), decompressed. */
export function logFixtures(): Array<{ name: string; bytes: Buffer }> {
  const out: Array<{ name: string; bytes: Buffer }> = [];
  for (const dir of ['ndjson', 'har', 'json', 'demo', 'bulk', 'reports/logs']) {
    for (const file of readdirSync(fixture(dir)).sort()) {
      const raw = readFileSync(fixture(dir, file));
      out.push({ name: path.join(dir, file), bytes: file.endsWith('.gz') ? gunzipSync(raw) : raw });
    }
  }
  return out;
}

const MK = 'https://123-ABC-456.mktorest.com';
const line = (value: unknown): string => JSON.stringify(value);

/** Lines a hostile or broken logger could write; each is valid JSON or deliberately not. */
export const HOSTILE_LINES: readonly string[] = [
  line({
    url: `${MK}/rest/v1/leads.json`,
    status: 200,
    responseBody: { success: false, errors: [{ code: { toString: 1 }, message: { valueOf: 2 } }] },
  }),
  line({
    url: `${MK}/rest/v1/leads.json`,
    status: 200,
    responseBody: { success: true, result: [{ status: 'skipped', reasons: [{ code: [], message: null }] }] },
  }),
  line({ time: 1e308, url: `${MK}/rest/v1/leads.json`, status: 606 }),
  line({
    time: -8.64e15 - 1,
    url: `${MK}/rest/v1/leads.json`,
    status: 200,
    responseBody: { success: false, errors: [{ code: '606' }] },
  }),
  line({ time: '2024-13-45T99:99:99Z', url: `${MK}/rest/v1/lists/{id}/leads.json`, status: 'abc' }),
  line({ url: `${MK}/identity/oauth/token`, status: 401, responseBody: '<html><title>\u001b[31mdenied\u009b</title>' }),
  line({
    level: 50,
    err: {
      type: 'AxiosError',
      message: 'Request failed',
      config: {
        method: 'get',
        baseURL: MK,
        url: '/rest/v1/leads.json',
        params: { filterType: 'id', filterValues: { toString: 1 }, n: [1] },
      },
      response: { status: 414, data: 'URI too long' },
    },
  }),
  line({ url: { href: 1 }, status: [200], responseBody: { success: 'no', errors: 'many', result: { length: 5 } } }),
  line({
    msg: '\u202e\u200b=HYPERLINK("x")',
    url: `${MK}/rest/v1/leads.json`,
    status: 200,
    responseBody: { requestId: '=1+1', success: false, errors: [{ code: '1006', message: '\u0000\u007f\u2066' }] },
  }),
  '{"url":"' + MK + '/rest/v1/leads.json","status":200,"responseBody":{"success":false,"errors":[{"code":"601"',
  '[' + '['.repeat(5000) + ']'.repeat(5000) + ']',
  '{"a":' + '{"a":'.repeat(3000) + '1' + '}'.repeat(3001),
  'not json at all \u0000\u00ff',
  '',
  '\r',
  '   ',
  '{}',
  '[]',
  'null',
  '"just a string"',
  '12345678901234567890123456789',
];

/** A secret in a spelling the README promises to remove, carrying a marker that must never reach output. */
export function plantedSecrets(rnd: Random): { lines: string[]; markers: string[] } {
  const marker = (): string =>
    `LEAK${Math.floor(rnd() * 2 ** 48)
      .toString(16)
      .padStart(12, '0')}`;
  const m = [marker(), marker(), marker(), marker(), marker()];
  const lines = [
    line({
      time: '2024-06-10T08:00:00Z',
      method: 'GET',
      url: `${MK}/rest/v1/leads.json?access_token=${m[0]}&filterType=id`,
      status: 200,
      responseBody: { requestId: 'p#1', success: false, errors: [{ code: '601', message: 'Access token invalid' }] },
    }),
    line({
      time: '2024-06-10T08:00:01Z',
      method: 'POST',
      url: `${MK}/rest/v1/leads.json`,
      requestHeaders: { Authorization: `Bearer ${m[1]}` },
      status: 200,
      responseBody: { requestId: 'p#2', success: false, errors: [{ code: '606', message: 'Max rate limit' }] },
    }),
    line({
      time: '2024-06-10T08:00:02Z',
      method: 'GET',
      url: `${MK}/identity/oauth/token?grant_type=client_credentials&client_id=abc&client_secret=${m[2]}`,
      status: 401,
      responseBody: { error: 'invalid_client', error_description: 'Bad client credentials' },
    }),
    line({
      time: '2024-06-10T08:00:03Z',
      method: 'POST',
      url: `${MK}/rest/v1/leads.json`,
      requestBody: { password: m[3], input: [{ email: 'a@example.com' }] },
      status: 200,
      responseBody: {
        requestId: 'p#3',
        success: true,
        result: [{ status: 'skipped', reasons: [{ code: '1005', message: 'Lead already exists' }] }],
      },
    }),
    line({
      time: '2024-06-10T08:00:04Z',
      method: 'GET',
      url: `${MK}/rest/v1/leads.json`,
      status: 200,
      responseBody: {
        requestId: 'p#4',
        success: false,
        errors: [{ code: '601', message: `Access token invalid: Authorization: Bearer ${m[4]}` }],
      },
    }),
  ];
  return { lines, markers: m };
}

function splitLines(bytes: Buffer): string[] {
  return bytes.toString('latin1').split('\n');
}
const joinLines = (lines: string[]): Buffer => Buffer.from(lines.join('\n'), 'latin1');

/** One mutation of a log's bytes; names say what was done, for the failure message. */
export const MUTATIONS: Record<string, (bytes: Buffer, rnd: Random) => Buffer> = {
  flipBytes: (bytes, rnd) => {
    const out = Buffer.from(bytes);
    const n = 1 + int(rnd, 8);
    const special = [0x00, 0x0a, 0x0d, 0x22, 0x5c, 0x7b, 0x7d, 0x5b, 0x5d, 0x2c, 0x3a, 0x80, 0xc3, 0xef, 0xff, 0x1b];
    for (let i = 0; i < n && out.length > 0; i++)
      out[int(rnd, out.length)] = rnd() < 0.5 ? pick(rnd, special) : int(rnd, 256);
    return out;
  },
  truncate: (bytes, rnd) => bytes.subarray(0, int(rnd, bytes.length + 1)),
  shuffleLines: (bytes, rnd) => {
    const lines = splitLines(bytes);
    for (let i = lines.length - 1; i > 0; i--) {
      const j = int(rnd, i + 1);
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    }
    return joinLines(lines);
  },
  insertLines: (bytes, rnd) => {
    const lines = splitLines(bytes);
    const n = 1 + int(rnd, 4);
    for (let i = 0; i < n; i++)
      lines.splice(int(rnd, lines.length + 1), 0, Buffer.from(pick(rnd, HOSTILE_LINES)).toString('latin1'));
    return joinLines(lines);
  },
  duplicateLines: (bytes, rnd) => {
    const lines = splitLines(bytes);
    const from = int(rnd, lines.length);
    const run = lines.slice(from, from + 1 + int(rnd, 20));
    lines.splice(int(rnd, lines.length + 1), 0, ...run, ...run);
    return joinLines(lines);
  },
  cutMiddle: (bytes, rnd) => {
    const a = int(rnd, bytes.length + 1);
    const b = a + int(rnd, Math.max(1, bytes.length - a));
    return Buffer.concat([bytes.subarray(0, a), bytes.subarray(b)]);
  },
  crlf: (bytes) => Buffer.from(bytes.toString('latin1').replace(/\n/g, '\r\n'), 'latin1'),
  manyNewlines: (bytes, rnd) => Buffer.concat([Buffer.alloc(1 + int(rnd, 200_000), 0x0a), bytes]),
};

/** How the bytes reach the tool: as they are, gzipped (maybe cut), or in another encoding. */
export const WRAPPINGS: Record<string, (bytes: Buffer, rnd: Random) => Buffer> = {
  plain: (bytes) => bytes,
  gzip: (bytes) => gzipSync(bytes),
  gzipCut: (bytes, rnd) => {
    const gz = gzipSync(bytes);
    return gz.subarray(0, int(rnd, gz.length));
  },
  gzipTrailingJunk: (bytes) => Buffer.concat([gzipSync(bytes), Buffer.from('junk')]),
  utf16le: (bytes) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bytes.toString('utf8'), 'utf16le')]),
  utf16beNoBom: (bytes) => Buffer.from(bytes.toString('utf8'), 'utf16le').swap16(),
};
