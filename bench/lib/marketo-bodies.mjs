// Request and response bodies as Marketo's REST API sends them. Each builder
// returns the body plus the findings it holds, so the generator knows the truth.

const FIRST = ['Anna', 'Lars', 'Maria', 'Ahmed', 'Chen', 'Olivia', 'Noah', 'Sofia', 'Ravi', 'Emma', 'Lucas', 'Yuki'];
const LAST = ['Berg', 'Smith', 'Nguyen', 'Garcia', 'Khan', 'Müller', 'Rossi', 'Kowalski', 'Silva', 'Jensen'];
const COMPANIES = ['Acme Corp', 'Globex', 'Initech', 'Umbrella AB', 'Hooli', 'Stark Industries', 'Wayne Enterprises'];
const DOMAINS = ['example.com', 'example.org', 'mail.example.net', 'corp.example'];
const UNKNOWN_FIELDS = ['leadScore__c', 'utm_campaign', 'Lead_Source_Detail', 'customerTier', 'gdprConsent'];

const RESPONSE_MESSAGES = {
  601: () => 'Access token invalid',
  602: () => 'Access token expired',
  604: () => 'Request time-out',
  606: () => "Max rate limit '100' exceeded with in '20' secs",
  610: () => 'Requested resource not found',
  611: () => 'System error',
  615: () => "Concurrent access limit '10' reached",
  709: () => 'Cannot update lead because it is in a locked state',
  1029: (r) => r.pick(['Export daily quota 500MB exceeded.', 'Too many jobs in queue', 'Job already queued']),
  500: () => 'Internal server error',
  502: () => 'Bad Gateway',
};

/** Marketo sends codes as strings; a few clients and proxies turn them into numbers. */
function codeValue(r, code) {
  return r.chance(0.05) ? Number(code) : code;
}

export function makeLead(r, i) {
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  return {
    email: `${first.toLowerCase()}.${last.toLowerCase()}${r.int(1, 99999)}@${r.pick(DOMAINS)}`,
    firstName: first,
    lastName: last,
    company: r.pick(COMPANIES),
    externalId: `crm-${r.int(100000, 999999)}-${i}`,
  };
}

export function requestId(r) {
  return `${r.hex(4)}#${r.hex(11)}`;
}

export function responseFailure(r, code) {
  return {
    body: {
      requestId: requestId(r),
      success: false,
      errors: [{ code: codeValue(r, code), message: RESPONSE_MESSAGES[code](r) }],
    },
    findings: [{ level: 'response', code }],
  };
}

/**
 * A batch result where some records were skipped. kind picks the reason:
 * 1006 skips every record (the field is unknown), others skip a few.
 */
export function recordResult(r, size, okStatus, failCode, idBase) {
  const result = [];
  const findings = [];
  const skipAll = failCode === '1006';
  const skipCount = skipAll ? size : r.int(1, Math.max(1, Math.min(size, 20)));
  const skipped = new Set();
  while (skipped.size < skipCount) skipped.add(r.int(0, size - 1));
  const field = r.pick(UNKNOWN_FIELDS);
  for (let i = 0; i < size; i++) {
    if (!skipped.has(i)) {
      result.push({ id: idBase + i, status: okStatus });
      continue;
    }
    const reasons = [reason(r, failCode, field)];
    findings.push({ level: 'record', code: failCode });
    if (failCode !== '1006' && r.chance(0.05)) {
      reasons.push(reason(r, '1006', field));
      findings.push({ level: 'record', code: '1006' });
    }
    // Marketo sometimes leaves status out and only sends reasons.
    result.push(r.chance(0.03) ? { reasons } : { status: 'skipped', reasons });
  }
  return { result, findings };
}

function reason(r, code, field) {
  const message = {
    1003: () =>
      r.pick([`Invalid value for field '${field}'`, 'Invalid data', "Value for required field 'email' not provided"]),
    1004: () => 'Lead not found',
    1005: () => 'Lead already exists',
    1006: () => `Field '${field}' not found`,
    1015: () => 'Lead not in list',
  }[code]();
  return { code: codeValue(r, code), message };
}

export function okLeads(r, size, idBase) {
  const result = [];
  for (let i = 0; i < size; i++) result.push({ id: idBase + i, status: r.chance(0.3) ? 'created' : 'updated' });
  return result;
}

export function leadRecords(r, n, idBase) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const lead = makeLead(r, i);
    out.push({
      id: idBase + i,
      updatedAt: '2026-10-30T08:14:22Z',
      lastName: lead.lastName,
      email: lead.email,
      createdAt: '2025-04-01T12:00:00Z',
      firstName: lead.firstName,
    });
  }
  return out;
}

export function activities(r, n, idBase, t) {
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push({
      id: idBase + i,
      marketoGUID: `${idBase + i}`,
      leadId: r.int(1000, 9999999),
      activityDate: new Date(t - r.int(0, 86400000))
        .toISOString()
        .replace('.000', '')
        .replace(/\.\d{3}/, ''),
      activityTypeId: r.pick([1, 6, 12, 13]),
      primaryAttributeValueId: r.int(1, 5000),
      primaryAttributeValue: r.pick(['Newsletter', 'Webinar Nov', 'Pricing page']),
      attributes: [{ name: 'Source', value: r.pick(['Web', 'API', 'Import']) }],
    });
  }
  return out;
}

export const HTML_ERRORS = {
  413: '<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body>\r\n<center><h1>413 Request Entity Too Large</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
  414: '<html>\r\n<head><title>414 Request-URI Too Large</title></head>\r\n<body>\r\n<center><h1>414 Request-URI Too Large</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
};
