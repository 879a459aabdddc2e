/**
 * A log store's CSV export whose one column holds the app's line: Splunk's
 * `_raw`, CloudWatch Logs Insights' `@message`, and the `message`, `log` or
 * `line` column of other stores' exports. The header names the column, and
 * each row gives back the line in it. A quoted field may hold line ends (a
 * multi-line event), so a row can take several lines.
 */

const HEADER_CELL = /^"?[\w.@ -]{1,100}"?$/;
const MAX_COLUMNS = 200;

// The names of a line's column, the most telling first (an export may hold `_raw` and `message` both).
const LINE_COLUMNS = ['_raw', '@message', 'message', 'Message', 'log', 'line', 'msg'];

/** The index of the column that holds the line when `text` is a CSV header that has one, else -1. */
export function rawColumnOf(text: string): number {
  if (text.length > 8192 || !text.includes(',')) return -1;
  const cells = text.split(',');
  if (cells.length < 2 || cells.length > MAX_COLUMNS || !cells.every((c) => HEADER_CELL.test(c.trim()))) return -1;
  const names = cells.map((c) => c.trim().replace(/^"|"$/g, ''));
  for (const column of LINE_COLUMNS) {
    const at = names.indexOf(column);
    if (at !== -1) return at;
  }
  return -1;
}

/** Field `column` of one CSV row; undefined while a quoted field is still open at the end of `row`. */
export function csvField(row: string, column: number): string | undefined {
  let field = 0;
  let i = 0;
  for (;;) {
    let value: string;
    if (row[i] === '"') {
      // A quoted field: "" is a quote; it ends at a quote followed by a comma or the end.
      const parts: string[] = [];
      let from = i + 1;
      for (;;) {
        const quote = row.indexOf('"', from);
        if (quote === -1) return undefined;
        parts.push(row.slice(from, quote));
        if (row[quote + 1] !== '"') {
          i = quote + 1;
          break;
        }
        parts.push('"');
        from = quote + 2;
      }
      value = parts.join('');
    } else {
      const comma = row.indexOf(',', i);
      value = row.slice(i, comma === -1 ? row.length : comma);
      i = comma === -1 ? row.length : comma;
    }
    if (field === column) return value;
    // Past the cell: skip to the comma after it (text after a closing quote is kept out).
    const comma = row.indexOf(',', i);
    if (comma === -1) return '';
    i = comma + 1;
    field++;
  }
}
