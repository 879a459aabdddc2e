import type { WholeReason } from '../pipeline/shard.js';
import type { Lang } from '../catalog/types.js';

/** What the commands say on stderr, in one place per language. */
export interface CommandWords {
  skippedLines: (name: string, count: number, firstLines: number[]) => string;
  /** A bulk failure or warning file: rows that do not split into the header's columns. */
  skippedRows: (name: string, count: number, first: Array<{ row: number; line: number }>) => string;
  /** HAR entries that are not usable, named `line#entryN`. */
  skippedEntries: (name: string, count: number, first: string[]) => string;
  /** `where`: a line number, or `line#entryN` for a HAR entry. */
  oversizedLine: (name: string, where: string, bytes: number, capMiB: number) => string;
  unknownCodes: (list: string) => string;
  /** An input where no line read as a call: likely a log of something else, or a shape not read yet. */
  nothingRead: (name: string, lines: number) => string;
  emptyInput: (name: string) => string;
  /** A gzip, HAR, JSON or UTF-16 file asked to be split: it is one shard. */
  wholeShard: (name: string, why: WholeReason, first: boolean) => string;
  /** The end of the progress bar: `duration` is like 6s, 1m05s or -- (not known yet). */
  timeLeft: (duration: string) => string;
}

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);
/** The first few of `count` things, with an ellipsis when there are more. */
const listed = (count: number, first: readonly unknown[]): string =>
  `${first.join(', ')}${count > first.length ? ', …' : ''}`;
const listsThem = {
  en: (count: number): string => `the report lists ${plural(count, 'it', 'them')}`,
  sv: (count: number): string => `rapporten listar ${plural(count, 'den', 'dem')}`,
};

const en: CommandWords = {
  skippedLines: (name, count, first) =>
    `${name}: ${count} ${plural(count, 'line is', 'lines are')} not JSON and ${plural(count, 'was', 'were')} ` +
    `skipped (${plural(first.length, 'line', 'lines')} ${listed(count, first)}); ${listsThem.en(count)}`,
  skippedRows: (name, count, first) => {
    const rows = first.map((r) => `row ${r.row} at line ${r.line}`);
    return (
      `${name}: ${count} ${plural(count, 'row does', 'rows do')} not fit the header's columns and ` +
      `${plural(count, 'was', 'were')} skipped (${listed(count, rows)}); ${listsThem.en(count)}`
    );
  },
  skippedEntries: (name, count, first) =>
    `${name}: ${count} HAR ${plural(count, 'entry is', 'entries are')} not a usable request and ` +
    `${plural(count, 'was', 'were')} skipped (${listed(count, first)}); ${listsThem.en(count)}`,
  oversizedLine: (name, where, bytes, cap) =>
    `${name}:${where}: a record of ${bytes} bytes is over the ${cap} MiB cap and was skipped; the report is incomplete`,
  unknownCodes: (list) => `unknown code ${list}; see \`marketo-errors codes\` for every code`,
  nothingRead: (name, lines) =>
    `${name}: none of its ${lines} ${plural(lines, 'line', 'lines')} reads as an API call; ` +
    `\`marketo-errors inspect ${name}\` shows how each was read`,
  emptyInput: (name) => `${name}: the input is empty (0 bytes): there is nothing in it to read`,
  wholeShard: (name, why, first) =>
    `${name} is ${WHY_EN[why]} and cannot be split at line starts: ` +
    'it is one shard, read whole by the part from byte 0' +
    (first ? '' : '; this part is empty'),
  timeLeft: (duration) => `${duration} left`,
};
const WHY_EN: Record<WholeReason, string> = {
  gzip: 'gzip',
  har: 'a HAR file',
  json: 'JSON (not NDJSON)',
  utf16: 'UTF-16 text',
  'bulk-failures': 'a bulk failure file',
  text: 'a plain-text log',
};
const WHY_SV: Record<WholeReason, string> = {
  gzip: 'gzip',
  har: 'en HAR-fil',
  json: 'JSON (inte NDJSON)',
  utf16: 'UTF-16-text',
  'bulk-failures': 'en fil med bulkfel',
  text: 'en logg i vanlig text',
};

const sv: CommandWords = {
  skippedLines: (name, count, first) =>
    `${name}: ${count} ${plural(count, 'rad är', 'rader är')} inte JSON och hoppades över ` +
    `(rad ${listed(count, first)}); ${listsThem.sv(count)}`,
  skippedRows: (name, count, first) => {
    const rows = first.map((r) => `post ${r.row} på rad ${r.line}`);
    return (
      `${name}: ${count} ${plural(count, 'post passar', 'poster passar')} inte rubrikens kolumner och hoppades över ` +
      `(${listed(count, rows)}); ${listsThem.sv(count)}`
    );
  },
  skippedEntries: (name, count, first) =>
    `${name}: ${count} HAR-${plural(count, 'post är', 'poster är')} inte ett användbart anrop och hoppades över ` +
    `(${listed(count, first)}); ${listsThem.sv(count)}`,
  oversizedLine: (name, where, bytes, cap) =>
    `${name}:${where}: en post på ${bytes} byte är större än gränsen på ${cap} MiB och hoppades över; ` +
    'rapporten är ofullständig',
  unknownCodes: (list) => `okänd kod ${list}; se \`marketo-errors codes\` för alla koder`,
  nothingRead: (name, lines) =>
    `${name}: ingen av dess ${lines} ${plural(lines, 'rad', 'rader')} läses som ett API-anrop; ` +
    `\`marketo-errors inspect ${name}\` visar hur varje rad lästes`,
  emptyInput: (name) => `${name}: indata är tom (0 byte): det finns inget i den att läsa`,
  wholeShard: (name, why, first) =>
    `${name} är ${WHY_SV[why]} och kan inte delas vid radbörjan: ` +
    'den är en enda del, som läses hel av delen från byte 0' +
    (first ? '' : '; den här delen är tom'),
  timeLeft: (duration) => `${duration} kvar`,
};

export function commandWords(lang: Lang): CommandWords {
  return lang === 'sv' ? sv : en;
}
