import { isMarketoShaped } from '../marketo-body.js';

/** A Marketo body, as an object or as JSON text. */
export function isMarketoText(value: unknown): boolean {
  if (typeof value !== 'string') return isMarketoShaped(value);
  const t = value.trimStart();
  if (t[0] !== '{') return false;
  try {
    return isMarketoShaped(JSON.parse(t));
  } catch {
    return false;
  }
}
