import { createHash } from 'node:crypto';
import { clip } from '../util/sanitize.js';
import { countOf } from './bulk-job.js';
import type { Exchange } from './exchange.js';
import { isObject } from './marketo-body.js';

/** Marketo's own count for one day: every API user of the instance together. */
export interface StatsDay {
  date: string;
  total: number;
  /** errors.json: count per error code. usage.json: count per API user. */
  counts: Array<{ key: string; count: number }>;
}

export interface StatsResponse {
  kind: 'errors' | 'usage';
  days: StatsDay[];
}

const STATS_PATH = /^\/rest\/v1\/stats\/(errors|usage)(?:\/last7days)?\.json$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_DAYS = 31;
const MAX_KEYS = 200;

/**
 * An API user's id is an email address: personal data. Without --show-records
 * it is shown as its first letter and domain plus a short hash, so that users
 * stay apart in the report and across merged reports.
 */
export function maskUser(user: string): string {
  const at = user.lastIndexOf('@');
  const hash = createHash('sha256').update(user).digest('hex').slice(0, 6);
  return at > 0 ? `${user[0]}…#${hash}@${user.slice(at + 1)}` : `user#${hash}`;
}

/** The counts of a stats endpoint's response in a log; undefined for any other call. */
export function statsOfCall(ex: Exchange, showRecords: boolean): StatsResponse | undefined {
  const byPath = ex.path !== undefined ? STATS_PATH.exec(ex.path)?.[1] : undefined;
  return byPath === undefined ? undefined : statsOfBody(ex.response, showRecords, byPath as StatsResponse['kind']);
}

/**
 * The per-day counts of a stats response, from a call (its kind known from the
 * path) or a saved body (known by its shape). Undefined for anything else.
 * Counts that are not whole numbers from 0 up are dropped.
 */
export function statsOfBody(
  body: unknown,
  showRecords: boolean,
  byPath?: StatsResponse['kind'],
): StatsResponse | undefined {
  if (!isObject(body) || body.success === false || !Array.isArray(body.result)) return undefined;
  const days: StatsDay[] = [];
  let kind = byPath;
  for (const item of body.result.slice(0, MAX_DAYS)) {
    if (!isObject(item) || typeof item.date !== 'string' || !DATE.test(item.date)) continue;
    if (!Number.isFinite(Date.parse(item.date))) continue;
    const itemKind = Array.isArray(item.errors) ? 'errors' : Array.isArray(item.users) ? 'users' : undefined;
    if (itemKind === undefined) continue;
    const k = itemKind === 'errors' ? 'errors' : 'usage';
    if (kind !== undefined && kind !== k) continue;
    kind = k;
    const list = (k === 'errors' ? item.errors : item.users) as unknown[];
    const counts: StatsDay['counts'] = [];
    for (const entry of list.slice(0, MAX_KEYS)) {
      if (!isObject(entry)) continue;
      const count = countOf(entry.count);
      const raw = k === 'errors' ? entry.errorCode : entry.userId;
      if (count === undefined || (typeof raw !== 'string' && typeof raw !== 'number')) continue;
      const key = clip(String(raw).trim(), k === 'errors' ? 32 : 100);
      if (key === '') continue;
      counts.push({ key: k === 'usage' && !showRecords ? maskUser(key) : key, count });
    }
    const total = countOf(item.total) ?? counts.reduce((n, c) => n + c.count, 0);
    days.push({ date: item.date, total, counts });
  }
  // A saved body of another shape, or a stats call with nothing usable in it.
  if (kind === undefined || (byPath === undefined && days.length === 0)) return undefined;
  return { kind, days };
}
