import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CsvTimes } from '../src/normalise/text/csv-times.js';
import { analyseLines } from './helpers/analyse-lines.js';

const APP_INSIGHTS = ['timestamp [UTC]', 'id', 'target', 'data', 'success', 'resultCode', 'duration'];
/** The ISO time each value reads as, rows in order through one column (a value not read stays in its column). */
const read = (values: string[], columns = APP_INSIGHTS): Array<string | undefined> => {
  const times = new CsvTimes(columns);
  return values.map((v) => {
    const row = times.rewrite({ [columns[0]!]: v });
    return row.startTime ?? row.timestamp ?? `as it was: ${row[columns[0]!]}`;
  });
};

// What Intl.DateTimeFormat (ICU) writes for 2026-12-04T21:00:01.123Z in each locale, as a browser shows it.
test("a portal's time in the browser's locale is read in that locale's order", () => {
  const want = '2026-12-04T21:00:01.123Z';
  for (const value of [
    '12/4/2026, 9:00:01.123 PM', // en-US
    '04/12/2026, 21:00:01.123', // en-GB
    '04/12/2026, 9:00:01.123 pm', // en-AU
    '4/12/2026, 9:00:01.123 pm', // en-IN
    '2026-12-04, 9:00:01.123 p.m.', // en-CA
    '4.12.2026, 21:00:01,123', // de-DE
    '2026-12-04 21:00:01,123', // sv-SE
    '04/12/2026 21:00:01,123', // fr-FR
    '4-12-2026, 21:00:01,123', // nl-NL
    '4/12/2026, 21:00:01,123', // es-ES
  ])
    assert.deepEqual(read([value]), [want], value);
});

test('4/12/2026 is April 12 on a US clock, December 4 on a 24-hour one, and as the column shows when it does', () => {
  assert.deepEqual(read(['4/12/2026, 9:00:01.123 AM']), ['2026-04-12T09:00:01.123Z']);
  assert.deepEqual(read(['4/12/2026, 09:00:01.123']), ['2026-12-04T09:00:01.123Z']);
  // A day over 12 in the first place: this column puts the day first, whatever the clock of the next row.
  assert.deepEqual(read(['13/12/2026, 9:00:01 PM', '4/12/2026, 9:00:01 PM']), [
    '2026-12-13T21:00:01Z',
    '2026-12-04T21:00:01Z',
  ]);
  // ... and over 12 in the second place: month first, a 24-hour clock notwithstanding.
  assert.deepEqual(read(['12/13/2026, 21:00:01', '4/12/2026, 21:00:01']), [
    '2026-12-13T21:00:01Z',
    '2026-04-12T21:00:01Z',
  ]);
});

test("the zone the column names is the time's; a value in no locale's layout is left as it was", () => {
  assert.deepEqual(read(['12/4/2026, 9:00:01 PM'], ['timestamp [UTC+01:00]', 'data']), ['2026-12-04T21:00:01+01:00']);
  assert.deepEqual(read(['2026-12-04T21:00:01.123Z', '13/13/2026, 9:00:01', '4/12/2026, 13:00:01 PM', 'yesterday']), [
    'as it was: 2026-12-04T21:00:01.123Z',
    'as it was: 13/13/2026, 9:00:01',
    'as it was: 4/12/2026, 13:00:01 PM',
    'as it was: yesterday',
  ]);
});

test('an Application Insights export in US dates is timed, and a dependency that faulted got no response', () => {
  const host = 'https://123-abc-456.mktorest.com';
  const row = (time: string, name: string, path: string, rest: string): string =>
    `"12/4/2026, ${time} PM",a1,123-abc-456.mktorest.com,${name} ${path},${host}${path},False,${rest}`;
  const report = analyseLines('text', [
    '"timestamp [UTC]",id,target,name,data,success,resultCode,duration',
    row('9:00:01.123', 'POST', '/rest/v1/leads.json', '413,12'),
    row('9:00:02.123', 'GET', '/rest/v1/activities.json', 'Faulted,100029.5'),
  ]);
  assert.equal(report.totals.marketoCalls, 2);
  assert.equal(report.totals.noResponse, 1);
  assert.equal(report.levels.http.codes[0]!.firstSeen, '2026-12-04T21:00:01.123Z');
});
