import { entriesAt, findEntry, normaliseCode, CATALOG } from '../catalog/index.js';
import type { CatalogEntry } from '../catalog/types.js';
import { AppError, EXIT } from '../errors.js';
import { msg } from '../errors/words.js';
import { renderCodes, renderExplain, type CodesFormat } from '../report/codes/index.js';
import { stderrLine } from '../util/stderr-line.js';
import { parseLevels } from './analyze-options.js';
import { parseLang, useColor, writeOutput, type Io } from './io.js';
import { commandWords } from './words.js';

const CODES_FORMATS: readonly CodesFormat[] = ['table', 'json', 'csv', 'markdown'];

export interface CodesFlags {
  level?: string;
  format?: string;
  lang?: string;
  color?: boolean;
}

/** `marketo-errors codes`: the catalog, whole or one level. */
export async function codesCommand(flags: CodesFlags, io: Io): Promise<number> {
  const lang = parseLang(flags.lang);
  const format = (flags.format ?? 'table') as CodesFormat;
  if (!CODES_FORMATS.includes(format)) {
    const value = String(flags.format);
    throw new AppError('BAD_OPTION', msg('takesOneOf', { flag: '--format', choices: CODES_FORMATS, value }));
  }
  const levels = parseLevels(flags.level, '--level');
  const entries = levels ? levels.flatMap((l) => [...entriesAt(l)]) : [...CATALOG];
  const text = renderCodes(entries, { format, lang, color: useColor(io, flags.color, false), width: io.columns });
  await writeOutput(io, text, undefined);
  return EXIT.ok;
}

/** `marketo-errors explain <code...>`: every known code explained; unknown ones named on stderr. */
export async function explainCommand(codes: string[], flags: CodesFlags, io: Io): Promise<number> {
  const lang = parseLang(flags.lang);
  const levels = parseLevels(flags.level, '--level');
  const found: CatalogEntry[] = [];
  const unknown: string[] = [];
  for (const raw of codes) {
    const code = normaliseCode(raw.replace(/^http\s*/i, ''));
    const matches = levels
      ? levels.map((l) => findEntry(code, l)).filter((e) => e?.level !== undefined && e.code === code)
      : CATALOG.filter((e) => e.code === code);
    if (matches.length === 0 && findEntry(code)) matches.push(findEntry(code)!);
    if (matches.length === 0) unknown.push(raw);
    for (const m of matches) if (m && !found.includes(m)) found.push(m);
  }
  if (found.length > 0)
    await writeOutput(
      io,
      renderExplain(found, { lang, color: useColor(io, flags.color, false), width: io.columns }),
      undefined,
    );
  if (unknown.length === 0) return EXIT.ok;
  const list = unknown.map((c) => `"${c}"`).join(', ');
  io.stderr.write(`marketo-errors: ${stderrLine(commandWords(lang).unknownCodes(list))}\n`);
  return EXIT.usage;
}
