import type { Lang } from '../catalog/types.js';

/** What the commands say on stderr, in one place per language. */
export interface CommandWords {
  skippedLines: (name: string, count: number, firstLines: number[]) => string;
  /** HAR entries that are not usable, named `line#entryN`. */
  skippedEntries: (name: string, count: number, first: string[]) => string;
  /** `where`: a line number, or `line#entryN` for a HAR entry. */
  oversizedLine: (name: string, where: string, bytes: number, capMiB: number) => string;
  unknownCodes: (list: string) => string;
}

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

const en: CommandWords = {
  skippedLines: (name, count, first) =>
    `${name}: ${count} ${plural(count, 'line is', 'lines are')} not JSON and ${plural(count, 'was', 'were')} skipped ` +
    `(${plural(first.length, 'line', 'lines')} ${first.join(', ')}${count > first.length ? ', …' : ''}); the report lists ${plural(count, 'it', 'them')}`,
  skippedEntries: (name, count, first) =>
    `${name}: ${count} HAR ${plural(count, 'entry is', 'entries are')} not a usable request and ${plural(count, 'was', 'were')} skipped ` +
    `(${first.join(', ')}${count > first.length ? ', …' : ''}); the report lists ${plural(count, 'it', 'them')}`,
  oversizedLine: (name, where, bytes, cap) => `${name}:${where}: a record of ${bytes} bytes is over the ${cap} MiB cap and was skipped; the report is incomplete`,
  unknownCodes: (list) => `unknown code ${list}; see \`marketo-errors codes\` for every code`,
};

const sv: CommandWords = {
  skippedLines: (name, count, first) =>
    `${name}: ${count} ${plural(count, 'rad är', 'rader är')} inte JSON och hoppades över ` +
    `(rad ${first.join(', ')}${count > first.length ? ', …' : ''}); rapporten listar ${plural(count, 'den', 'dem')}`,
  skippedEntries: (name, count, first) =>
    `${name}: ${count} HAR-${plural(count, 'post är', 'poster är')} inte ett användbart anrop och hoppades över ` +
    `(${first.join(', ')}${count > first.length ? ', …' : ''}); rapporten listar ${plural(count, 'den', 'dem')}`,
  oversizedLine: (name, where, bytes, cap) => `${name}:${where}: en post på ${bytes} byte är större än gränsen på ${cap} MiB och hoppades över; rapporten är ofullständig`,
  unknownCodes: (list) => `okänd kod ${list}; se \`marketo-errors codes\` för alla koder`,
};

export function commandWords(lang: Lang): CommandWords {
  return lang === 'sv' ? sv : en;
}
