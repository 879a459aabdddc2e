/**
 * Microsoft.Extensions.Logging's JSON console formatter (`{"EventId":101,"LogLevel":"Information",
 * "Category":"System.Net.Http.HttpClient.Marketo.LogicalHandler","Message":"End processing HTTP request
 * after 415.2ms - 413","State":{...}}`). IHttpClientFactory tells one call over several such records
 * (Start/Sending, then Received/End), which the .NET client reader of text logs joins
 * (text/clients/dotnet.ts): each record is read as the line the simple formatter writes in its
 * single-line mode, `info: Category[EventId] Message`, after its timestamp when it has one. A record
 * with an `Exception` is read so too, whatever its category: the exception proves a call got no answer.
 * Serilog's compact JSON (CLEF: `@t`, `@mt` or `@m`, `@l`, `@x`, `SourceContext`, `EventId.Id`) says the
 * same with other keys, and often only the message template: it is filled from the record's properties.
 */
import { isObject, type Json } from '../marketo-body.js';

const HTTP_CLIENT = 'System.Net.Http.HttpClient.';
const LEVELS: Record<string, string> = {
  Trace: 'trce',
  Debug: 'dbug',
  Information: 'info',
  Warning: 'warn',
  Error: 'fail',
  Critical: 'crit',
};
const MAX_MESSAGE = 64 * 1024;

const CLEF_LEVELS: Record<string, string> = {
  Verbose: 'Trace',
  Debug: 'Debug',
  Information: 'Information',
  Warning: 'Warning',
  Error: 'Error',
  Fatal: 'Critical',
};

/** A CLEF record in the JSON formatter's keys; undefined for a record that is not Serilog's. */
function fromClef(r: Json): Json | undefined {
  const context = r.SourceContext;
  const template = r['@mt'];
  const rendered = r['@m'];
  if (typeof context !== 'string' || (typeof template !== 'string' && typeof rendered !== 'string')) return undefined;
  const message = typeof rendered === 'string' ? rendered : fill(template as string, r);
  const id = isObject(r.EventId) ? r.EventId.Id : r.EventId;
  const level = typeof r['@l'] === 'string' ? CLEF_LEVELS[r['@l']] : 'Information';
  return {
    Category: context,
    Message: message,
    EventId: id ?? 0,
    LogLevel: level,
    Timestamp: r['@t'],
    Exception: r['@x'],
  };
}

/** A message template (`after {ElapsedMilliseconds}ms - {StatusCode}`) with the record's values in its holes. */
function fill(template: string, r: Json): string {
  if (template.length > MAX_MESSAGE) return template.slice(0, MAX_MESSAGE);
  return template.replace(/\{@?(\w{1,64})(?:[,:][^}]{0,32})?\}/g, (hole, name: string) => {
    const v = r[name];
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : hole;
  });
}

/** The simple formatter's line for an HttpClient record or one with an exception; undefined for others. */
export function dotnetHttpClientLine(value: unknown): Buffer | undefined {
  if (!isObject(value)) return undefined;
  const record = typeof value.Category === 'string' ? value : fromClef(value);
  if (!record) return undefined;
  const { Category: category, Message: message, EventId: eventId, LogLevel: level, Timestamp: time } = record;
  if (typeof category !== 'string' || category.length > 300 || !('EventId' in record)) return undefined;
  if (typeof message !== 'string' || message.length > MAX_MESSAGE) return undefined;
  const exception = typeof record.Exception === 'string' ? record.Exception.slice(0, MAX_MESSAGE) : '';
  if (!category.startsWith(HTTP_CLIENT) && exception === '') return undefined;
  const id = typeof eventId === 'number' && Number.isInteger(eventId) ? eventId : 0;
  const lvl = (typeof level === 'string' && LEVELS[level]) || 'info';
  const at = typeof time === 'string' && time.length <= 40 ? `${time} ` : '';
  const tail = exception === '' ? '' : ` ${exception.replace(/\s+/g, ' ')}`;
  return Buffer.from(`${at}${lvl}: ${category}[${id}] ${message}${tail}`);
}
