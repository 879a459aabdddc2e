import type { Lang } from '../catalog/types.js';

/** What `inspect` says, in one place per language. */
export interface InspectWords {
  input: (name: string, format: string, lines: number, malformed: number) => string;
  shape: string;
  lines: string;
  calls: string;
  other: string;
  example: string;
  fields: string;
  unrecognised: (lines: number) => string;
  keys: string;
  suggestion: string;
  noneUnrecognised: string;
  textLine: string;
}

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

const en: InspectWords = {
  input: (name, format, lines, malformed) =>
    `${name} (${format}): ${lines} ${plural(lines, 'line', 'lines')}` +
    (malformed > 0 ? `, ${malformed} ${plural(malformed, 'is', 'are')} JSON cut short` : ''),
  shape: 'Shape (reader)',
  lines: 'Lines',
  calls: 'Marketo calls',
  other: 'Other hosts',
  example: 'Example',
  fields: 'Fields taken (by reader)',
  unrecognised: (n) => `Unrecognised: ${n} ${plural(n, 'line', 'lines')}`,
  keys: 'Keys',
  suggestion: 'Try',
  noneUnrecognised: 'Every line was read.',
  textLine: '(text line)',
};

const sv: InspectWords = {
  input: (name, format, lines, malformed) =>
    `${name} (${format}): ${lines} ${plural(lines, 'rad', 'rader')}` +
    (malformed > 0 ? `, ${malformed} ${plural(malformed, 'är avkortad', 'är avkortade')} JSON` : ''),
  shape: 'Form (läsare)',
  lines: 'Rader',
  calls: 'Marketo-anrop',
  other: 'Andra värdar',
  example: 'Exempel',
  fields: 'Fält som lästes (av läsare)',
  unrecognised: (n) => `Kändes inte igen: ${n} ${plural(n, 'rad', 'rader')}`,
  keys: 'Nycklar',
  suggestion: 'Prova',
  noneUnrecognised: 'Alla rader lästes.',
  textLine: '(textrad)',
};

export function inspectWords(lang: Lang): InspectWords {
  return lang === 'sv' ? sv : en;
}
