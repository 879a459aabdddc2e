// What each kind of file that is no log is called, and how to get a log out of it (input/not-a-log.ts).
// `file` is the input's name as one shell word.

/** A file a user may hand over instead of the log. */
export type NotLog = 'sqlite' | 'office' | 'pdf' | 'image' | 'pcap' | 'parquet' | 'journal';

interface Said {
  what: string;
  how: (file: string) => string;
}

const journalExport = (file: string): string => `\`journalctl --file ${file} -o json | marketo-errors analyze -\``;
const sqliteExport = (file: string, table: string): string =>
  `\`sqlite3 -json ${file} 'select * from ${table}' | marketo-errors analyze -\``;

export const NOT_LOG_EN: Record<NotLog, Said> = {
  sqlite: {
    what: 'an SQLite database',
    how: (f) => `export the table that holds the log as JSON, e.g. ${sqliteExport(f, 'TABLE')}`,
  },
  office: {
    what: 'a spreadsheet or office document',
    how: () => 'save the sheet that holds the log as CSV (one log line per row) and analyze that file',
  },
  pdf: {
    what: 'a PDF document',
    how: () => 'give the log file itself: a PDF keeps the look of a page, not the lines of a log',
  },
  image: { what: 'an image', how: () => 'give the log file itself: a picture of a log holds no text to read' },
  pcap: {
    what: 'a packet capture',
    how: () =>
      "the HTTPS calls in it are encrypted: record them as HAR instead (the browser's developer tools, " +
      'or a proxy such as mitmproxy or Charles), or log them in the client',
  },
  parquet: {
    what: 'a Parquet file',
    how: () => 'export it as JSON lines (DuckDB, Spark or pandas can) and analyze those',
  },
  journal: {
    what: 'a systemd journal file',
    how: (f) => `print its entries with journalctl, e.g. ${journalExport(f)} (add -u UNIT for one service)`,
  },
};

export const NOT_LOG_SV: Record<NotLog, Said> = {
  sqlite: {
    what: 'en SQLite-databas',
    how: (f) => `exportera tabellen som håller loggen som JSON, t.ex. ${sqliteExport(f, 'TABELL')}`,
  },
  office: {
    what: 'ett kalkylark eller kontorsdokument',
    how: () => 'spara bladet som håller loggen som CSV (en loggrad per rad) och analysera den filen',
  },
  pdf: {
    what: 'ett PDF-dokument',
    how: () => 'ge verktyget själva loggfilen: en PDF behåller sidans utseende, inte loggens rader',
  },
  image: { what: 'en bild', how: () => 'ge verktyget själva loggfilen: en bild av en logg har ingen text att läsa' },
  pcap: {
    what: 'en paketinspelning',
    how: () =>
      'HTTPS-anropen i den är krypterade: spela in dem som HAR i stället (webbläsarens utvecklarverktyg ' +
      'eller en proxy som mitmproxy eller Charles), eller logga dem i klienten',
  },
  parquet: {
    what: 'en Parquet-fil',
    how: () => 'exportera den som JSON-rader (DuckDB, Spark eller pandas kan det) och analysera dem',
  },
  journal: {
    what: 'en systemd-journalfil',
    how: (f) => `skriv ut posterna med journalctl, t.ex. ${journalExport(f)} (lägg till -u ENHET för en tjänst)`,
  },
};
