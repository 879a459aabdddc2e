import { isObject } from '../normalise/marketo-body.js';

// Fields that identify a record in Marketo's write endpoints, most specific first.
const KEY_FIELDS = [
  'email',
  'id',
  'leadId',
  'marketoGUID',
  'externalCompanyId',
  'externalOpportunityId',
  'externalSalesPersonId',
  'name',
];

/** The value that lets a user find the failed input record: its email, id or other key. */
export function recordKeyOf(record: unknown): string | undefined {
  if (!isObject(record)) return typeof record === 'string' || typeof record === 'number' ? String(record) : undefined;
  for (const field of KEY_FIELDS) {
    const value = record[field];
    if (typeof value === 'string' || typeof value === 'number') return `${field}=${value}`;
  }
  return undefined;
}
