/**
 * Text of a value read from a log, whatever its type. A log can hold any
 * JSON where a string belongs: `String()` throws on `{"toString": 1}` and a
 * template literal on an object without a usable `toString`, so neither is
 * ever applied to a log value directly. Objects and arrays come out as their
 * JSON, shortened to `max` characters; a value too deep to serialise as ''.
 */
export function logText(value: unknown, max: number): string {
  switch (typeof value) {
    case 'string':
      return value.length > max ? value.slice(0, max) : value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'object':
      return value === null ? '' : jsonText(value, max);
    default:
      return '';
  }
}

function jsonText(value: object, max: number): string {
  try {
    const text = JSON.stringify(value);
    return typeof text === 'string' ? text.slice(0, max) : '';
  } catch {
    return ''; // nested deeper than the stack allows
  }
}
