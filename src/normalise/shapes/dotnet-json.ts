/**
 * Microsoft.Extensions.Logging's JSON console formatter (`{"EventId":101,"LogLevel":"Information",
 * "Category":"System.Net.Http.HttpClient.Marketo.LogicalHandler","Message":"End processing HTTP request
 * after 415.2ms - 413","State":{...}}`). IHttpClientFactory tells one call over several such records
 * (Start/Sending, then Received/End), which the .NET client reader of text logs joins
 * (text/clients/dotnet.ts): each record is read as the line the simple formatter writes in its
 * single-line mode, `info: Category[EventId] Message`, after its timestamp when it has one. A record
 * with an `Exception` is read so too, whatever its category: the exception proves a call got no answer.
 */
import { isObject } from '../marketo-body.js';

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

/** The simple formatter's line for an HttpClient record or one with an exception; undefined for others. */
export function dotnetHttpClientLine(record: unknown): Buffer | undefined {
  if (!isObject(record)) return undefined;
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
