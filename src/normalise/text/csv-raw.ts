/**
 * A log store's CSV export whose one column holds the app's line: Splunk's
 * `_raw`, CloudWatch Logs Insights' `@message`, and the `message`, `log` or
 * `line` column of other stores' exports. The header names the column, and
 * each row gives back the line in it. A quoted field may hold line ends (a
 * multi-line event), so a row can take several lines. An export of calls as a
 * table (a URL column and a status column: Application Insights' dependencies,
 * a query's result) gives back each row as a JSON object of its columns.
 */

const HEADER_CELL = /^"?[\w.@ -]{1,100}"?$/;
const TABLE_HEADER_CELL = /^"?[\w.@ ()[\]-]{1,100}"?$/;
const MAX_COLUMNS = 200;

// The names of a line's column in any case, the most telling first (an export may hold `_raw` and `message`
// both). Stores name it otherwise too: Google Cloud's LogEntry has textPayload, OpenTelemetry's log record Body.
const LINE_COLUMNS = ['_raw', '@message', 'message', 'content', 'log', 'line', 'msg', 'textpayload', 'text', 'body'];

// A spreadsheet saves CSV with `;` where a decimal comma is the custom (Excel in Sweden or Germany), and a
// log store's download may be tab-separated.
const DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof DELIMITERS)[number];

/** The delimiter of a CSV header line: the first of DELIMITERS that parts it into column names. */
export function csvDelimiterOf(text: string): CsvDelimiter {
  return DELIMITERS.find((d) => headerNames(text, TABLE_HEADER_CELL, d) !== undefined) ?? ',';
}

/** The column names when `text` is a CSV header whose every cell is a name `cell` allows, else undefined. */
function headerNames(text: string, cell: RegExp, delimiter: CsvDelimiter): string[] | undefined {
  if (text.length > 8192 || !text.includes(delimiter)) return undefined;
  const cells = text.split(delimiter);
  if (cells.length < 2 || cells.length > MAX_COLUMNS || !cells.every((c) => cell.test(c.trim()))) return undefined;
  return cells.map((c) => c.trim().replace(/^"|"$/g, ''));
}

/** The index of the column that holds the line when `text` is a CSV header that has one, else -1. */
export function rawColumnOf(text: string, delimiter: CsvDelimiter = ','): number {
  const names = headerNames(text, HEADER_CELL, delimiter)?.map((n) => n.toLowerCase());
  if (names === undefined) return -1;
  for (const column of LINE_COLUMNS) {
    const at = names.indexOf(column);
    if (at !== -1) return at;
  }
  return -1;
}

// Column names that say a table's rows are calls: one for the URL and one for the status, at least.
const URL_COLUMN = /^(?:url|uri|data|target|request_?url|requesturl|http\.url|url\.full|endpoint)$/i;
const STATUS_COLUMN = /^(?:status|status_?code|statuscode|resultcode|result_code|http\.status_code|response_?code)$/i;

/** The column names of a CSV header whose rows are calls (a URL and a status column), else undefined. */
export function callColumnsOf(text: string, delimiter: CsvDelimiter = ','): string[] | undefined {
  // Query results name columns with brackets too (Application Insights' `timestamp [UTC]`).
  const names = headerNames(text, TABLE_HEADER_CELL, delimiter);
  if (names === undefined) return undefined;
  return names.some((n) => URL_COLUMN.test(n)) && names.some((n) => STATUS_COLUMN.test(n)) ? names : undefined;
}

// What Application Insights' .NET SDK writes as the result of a dependency call that got no response: the state
// its task ended in (an exception, or a cancellation such as HttpClient's timeout).
const NO_RESPONSE_RESULT = /^(?:Faulted|Canceled)$/;

/** A row of a call table, marked as a call that got no response when its result code says so. */
export function withNoResponse(record: Record<string, string>): Record<string, string | boolean> {
  const result = record.resultCode ?? record.ResultCode;
  return result !== undefined && NO_RESPONSE_RESULT.test(result) ? { ...record, aborted: true } : record;
}

/** A CSV row as an object of its columns; undefined while a quoted field is still open at the end of `row`. */
export function csvRecord(
  row: string,
  columns: readonly string[],
  delimiter: CsvDelimiter = ',',
): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  let i = 0;
  for (let field = 0; field < columns.length; field++) {
    const cell = fieldAt(row, i, delimiter);
    if (cell === undefined) return undefined;
    if (cell.value !== '') out[columns[field]!] = cell.value;
    if (cell.next === -1) break;
    i = cell.next;
  }
  return out;
}

/** Field `column` of one CSV row; undefined while a quoted field is still open at the end of `row`. */
export function csvField(row: string, column: number, delimiter: CsvDelimiter = ','): string | undefined {
  let i = 0;
  for (let field = 0; ; field++) {
    const cell = fieldAt(row, i, delimiter);
    if (cell === undefined) return undefined;
    if (field === column) return cell.value;
    if (cell.next === -1) return '';
    i = cell.next;
  }
}

/** The field that starts at `i`, and where the next starts (-1: none); undefined while its quote is open. */
function fieldAt(row: string, i: number, delimiter: CsvDelimiter): { value: string; next: number } | undefined {
  let value: string;
  let end: number;
  if (row[i] === '"') {
    // A quoted field: "" is a quote; it ends at a quote followed by the delimiter or the end.
    const parts: string[] = [];
    let from = i + 1;
    for (;;) {
      const quote = row.indexOf('"', from);
      if (quote === -1) return undefined;
      parts.push(row.slice(from, quote));
      if (row[quote + 1] !== '"') {
        end = quote + 1;
        break;
      }
      parts.push('"');
      from = quote + 2;
    }
    value = parts.join('');
  } else {
    const after = row.indexOf(delimiter, i);
    end = after === -1 ? row.length : after;
    value = row.slice(i, end);
  }
  // Past the cell: the delimiter after it (text after a closing quote is kept out).
  const next = row.indexOf(delimiter, end);
  return { value, next: next === -1 ? -1 : next + 1 };
}
