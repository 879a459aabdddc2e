// Shared by the Node baselines: given one parsed log value (or HAR entry), find
// the call's URL, status and body, and count Marketo failures. Both baselines do
// the same work per value; they differ only in how they get values off disk.

const STARRED = new Set(['600', '601', '602', '604', '605', '608', '611']);

/** Pulls url/status/body out of each log shape; null when the value is not a call. */
function extract(o) {
  if (o === null || typeof o !== 'object') return null;
  if (typeof o.url === 'string' && 'status' in o) return { url: o.url, status: o.status, body: o.responseBody };
  if (o.req && o.res) {
    const host = o.req.headers?.host;
    return { url: host ? `https://${host}${o.req.url}` : o.req.url, status: o.res.statusCode, body: o.res.body };
  }
  if (o.meta?.request && o.meta.response)
    return { url: o.meta.request.url, status: o.meta.response.statusCode, body: o.meta.response.body };
  if (o.err?.config) {
    const res = o.err.response;
    return { url: o.err.config.url, status: res?.status ?? 0, body: res?.data };
  }
  if (typeof o.message === 'string') {
    if (o.logStream !== undefined) return extract(parseMaybe(o.message));
    if (o['@timestamp'] !== undefined && o.http?.response) {
      return { url: o.url?.full, status: o.http.response.status_code, body: o.http.response.body?.content };
    }
    if (o.service !== undefined) {
      const body = parseMaybe(o.message);
      if (body && typeof body === 'object' && typeof body.requestId === 'string' && typeof body.success === 'boolean') {
        return { url: undefined, status: undefined, body };
      }
    }
  }
  return null;
}

function parseMaybe(text) {
  if (typeof text !== 'string') return text;
  const c = text.charCodeAt(0);
  if (c !== 123 && c !== 91) return text; // not { or [
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** 'marketo' | 'identity' | 'other' from an absolute URL or a path. */
function apiOf(url) {
  let path = url;
  if (url.startsWith('http')) {
    const slash = url.indexOf('/', 8);
    const host = url.slice(url.indexOf('//') + 2, slash < 0 ? undefined : slash);
    if (!host.endsWith('.mktorest.com')) return 'other';
    path = slash < 0 ? '/' : url.slice(slash);
  }
  if (path.startsWith('/identity/')) return 'identity';
  if (path.startsWith('/rest/') || path.startsWith('/bulk/')) return 'marketo';
  return 'other';
}

export function createCounter() {
  const totals = {
    exchanges: 0,
    marketoCalls: 0,
    failedCalls: 0,
    quotaCalls: 0,
    noResponse: 0,
    other: 0,
    unrecognised: 0,
    malformed: 0,
    blank: 0,
    findings: { http: 0, response: 0, record: 0 },
  };
  const levels = { http: {}, response: {}, record: {} };
  let seen = new Set();

  function found(level, code) {
    const key = String(code);
    totals.findings[level]++;
    const slot = (levels[level][key] ??= { count: 0, exchanges: 0 });
    slot.count++;
    const k = level + key;
    if (!seen.has(k)) {
      seen.add(k);
      slot.exchanges++;
    }
  }

  function exchange({ url, status, body }) {
    totals.exchanges++;
    const api = url === undefined ? 'marketo' : apiOf(url);
    if (api === 'other') {
      totals.other++;
      return;
    }
    totals.marketoCalls++;
    seen = new Set();
    let starred = false;
    if (status === 0) {
      totals.noResponse++;
    } else if (status >= 400) {
      found('http', status);
    } else {
      const b = parseMaybe(body);
      if (b && typeof b === 'object') {
        if (b.success === false && Array.isArray(b.errors)) {
          for (const e of b.errors) {
            found('response', e.code);
            if (STARRED.has(String(e.code))) starred = true;
          }
        } else if (Array.isArray(b.result)) {
          for (const rec of b.result) {
            if (Array.isArray(rec?.reasons)) for (const reason of rec.reasons) found('record', reason.code);
          }
        }
      }
    }
    if (seen.size > 0) totals.failedCalls++;
    if (api !== 'identity' && !starred && status !== 0) totals.quotaCalls++;
  }

  return {
    /** One parsed NDJSON value. */
    value(o) {
      const x = extract(o);
      if (x === null) totals.unrecognised++;
      else exchange(x);
    },
    /** One HAR entry. */
    harEntry(e) {
      const c = e.response?.content;
      let text = c?.text;
      if (text !== undefined && c.encoding === 'base64') text = Buffer.from(text, 'base64').toString('utf8');
      exchange({ url: e.request?.url ?? '', status: e.response?.status, body: text });
    },
    malformed() {
      totals.malformed++;
    },
    blank() {
      totals.blank++;
    },
    result() {
      return { totals, levels };
    },
  };
}
