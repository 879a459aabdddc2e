/**
 * A Sentry event, as an SDK sends it (`breadcrumbs: [...]`), as it is stored (`breadcrumbs: {values}`), or as
 * its web UI's JSON link and its events API give it back (`entries: [{type: "breadcrumbs", data: {values}}]`).
 * The breadcrumbs of type http are the calls the app made before the error: method, URL, status_code (the
 * Node SDK's `http.request.method` and `url.query` too), a time in seconds since the epoch or ISO text. A
 * crumb with no status is a call that got no answer: the SDKs leave it out only then. No body is kept, so a
 * Marketo code inside a 200 cannot be known from an event.
 */
import { isObject, type Json } from '../marketo-body.js';
import type { RecordSplitter } from './shape.js';

/** The breadcrumbs of an event, in any of its three layouts. */
function breadcrumbsOf(event: Json): unknown[] | undefined {
  const { breadcrumbs, entries } = event;
  if (Array.isArray(breadcrumbs)) return breadcrumbs;
  if (isObject(breadcrumbs) && Array.isArray(breadcrumbs.values)) return breadcrumbs.values;
  if (!Array.isArray(entries)) return undefined;
  const entry = entries.find((e) => isObject(e) && e.type === 'breadcrumbs');
  const data = isObject(entry) ? entry.data : undefined;
  return isObject(data) && Array.isArray(data.values) ? data.values : undefined;
}

const timeOf = (t: unknown): unknown =>
  typeof t === 'number' && Number.isFinite(t) ? new Date(t * 1000).toISOString() : t;

function callOf(crumb: unknown): Json | undefined {
  if (!isObject(crumb) || crumb.type !== 'http' || !isObject(crumb.data)) return undefined;
  const data = crumb.data;
  if (typeof data.url !== 'string') return undefined;
  const query = typeof data['url.query'] === 'string' && !data.url.includes('?') ? `?${data['url.query']}` : '';
  const record: Json = {
    time: timeOf(crumb.timestamp),
    method: data.method ?? data['http.request.method'] ?? data['http.method'],
    url: data.url + query,
  };
  if (data.status_code !== undefined) record.status = data.status_code;
  else record.aborted = true;
  return record;
}

export const sentryEvent: RecordSplitter = {
  name: 'sentry-event',
  split(value) {
    if (typeof value.event_id !== 'string' && typeof value.eventID !== 'string') return undefined;
    const crumbs = breadcrumbsOf(value);
    if (!crumbs) return undefined;
    const calls: Json[] = [];
    for (const crumb of crumbs) {
      const call = callOf(crumb);
      if (call) calls.push(call);
    }
    return calls;
  },
};
