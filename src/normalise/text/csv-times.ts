/**
 * The time column of a call table a portal exports as CSV, written as the portal showed it in the
 * browser's locale: Application Insights' `timestamp [UTC]` is `12/4/2026, 9:00:01.123 PM` in en-US
 * (month first, a 12-hour clock), `04/12/2026, 21:00:01.123` in en-GB and `04/12/2026 21:00:01,123` in
 * French (day first, 24 hours), `4/12/2026, 9:00:01.123 pm` in en-AU and en-IN (day first, lower-case),
 * `4.12.2026, 21:00:01,123` in German, `4-12-2026` in Dutch, `2026-12-04 21:00:01,123` in Swedish.
 * Given back as ISO, so that the calls are timed. `a/b/yyyy` is month first only when the clock says
 * en-US (upper-case AM/PM) and no row of the column has shown a day over 12 in the first place.
 */

const LOCAL =
  /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4}),? (\d{1,2}):(\d\d)(?::(\d\d)(?:[.,](\d{1,9}))?)?(?: ?([ap])\.?(m)\.?)?$/i;
// The zone a column's name gives (`timestamp [UTC]`, `[UTC+01:00]`); another name's times are read as UTC.
const ZONE = /\[UTC([+-]\d\d:\d\d)?\]\s*$/i;
const TIME_COLUMN = /^(?:timestamp|time|timegenerated|@timestamp|_time)(?: \[[^\]]{1,40}\])?$/i;
const two = (n: number): string => String(n).padStart(2, '0');

type Order = 'month-first' | 'day-first';

export class CsvTimes {
  private readonly column: string | undefined;
  private readonly offset: string;
  /** The order a row of this column proved (a number over 12), for the rows that do not. */
  private order: Order | undefined;

  constructor(columns: readonly string[]) {
    this.column = columns.find((c) => TIME_COLUMN.test(c));
    this.offset = (this.column && ZONE.exec(this.column)?.[1]) ?? 'Z';
  }

  /**
   * The row with its time as ISO, when it held one in a locale's layout: under `startTime` when a portal named
   * the column with its zone (Application Insights' dependency `timestamp` is when the call started), else
   * under `timestamp`.
   */
  rewrite(record: Record<string, string>): Record<string, string> {
    const column = this.column;
    const value = column === undefined ? undefined : record[column];
    const iso = value === undefined ? undefined : this.iso(value.trim());
    if (iso === undefined) return record;
    delete record[column!];
    record[column!.includes('[') ? 'startTime' : 'timestamp'] = iso;
    return record;
  }

  private iso(value: string): string | undefined {
    const m = LOCAL.exec(value);
    if (!m) return undefined;
    const [, a, separator, b, c, hour, minute, second = '00', fraction, half, m2] = m;
    // en-US writes AM and PM; en-AU and en-IN, which put the day first, am and pm.
    const usClock = (half === 'A' || half === 'P') && m2 === 'M';
    const date = this.date(Number(a), separator!, Number(b), Number(c), usClock);
    let h = Number(hour);
    if (half !== undefined) {
      if (h < 1 || h > 12) return undefined;
      h = (h % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
    }
    if (!date || h > 23 || Number(minute) > 59 || Number(second) > 59) return undefined;
    const ms = fraction === undefined ? '' : `.${fraction.slice(0, 3).padEnd(3, '0')}`;
    return `${date}T${two(h)}:${minute}:${second}${ms}${this.offset}`;
  }

  /** yyyy-mm-dd of a date in a locale's order, or undefined when no order gives a date. */
  private date(a: number, separator: string, b: number, c: number, usClock: boolean): string | undefined {
    let [year, month, day] = [c, b, a];
    if (a > 31) [year, month, day] = [a, b, c];
    else if (separator === '/') {
      if (a > 12) this.order = 'day-first';
      else if (b > 12) this.order = 'month-first';
      const order = this.order ?? (usClock ? 'month-first' : 'day-first');
      if (order === 'month-first') [month, day] = [a, b];
    }
    if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    return `${year}-${two(month)}-${two(day)}`;
  }
}
