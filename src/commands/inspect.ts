/**
 * `marketo-errors inspect FILE...`: how each line of a log was read (which
 * shape reader, which fields), and what to do about lines that were not.
 */
import type { Lang } from '../catalog/types.js';
import { AppError } from '../errors.js';
import { msg } from '../errors/words.js';
import { decodeText } from '../input/decode.js';
import { HarScanner } from '../input/har/scanner.js';
import { JsonValueSplitter } from '../input/json-values.js';
import type { Line } from '../input/line-splitter.js';
import { LineSplitter } from '../input/line-splitter.js';
import { type InputFormat, openInput, sniffFormat } from '../input/source.js';
import { sourceLabel } from '../normalise/exchange.js';
import { type FieldMap, FieldMapError, parseFieldMap } from '../normalise/field-map.js';
import { type Census, ShapeCensus } from '../normalise/shape-census.js';
import { DEFAULTS } from '../pipeline/options.js';
import { stripControl } from '../util/sanitize.js';
import { inspectWords } from './inspect-words.js';
import { type Io, parseLang, writeOutput } from './io.js';

export interface InspectFlags {
  format?: string;
  output?: string;
  lang?: string;
  inputFormat?: string;
  field?: string[];
}

interface InputSummary {
  name: string;
  format: InputFormat;
  lines: number;
  /** JSON lines cut short: not read at all. */
  malformed: number;
}

const FORMATS = ['ndjson', 'har', 'json', 'text'];
// As in report/json.ts: characters a terminal would act on are written as \u escapes.
const UNSAFE = /[\u0080-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const inertJson = (value: unknown): string =>
  `${JSON.stringify(value, null, 2).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;

export async function inspectCommand(files: string[], flags: InspectFlags, io: Io): Promise<number> {
  const lang = parseLang(flags.lang);
  const format = flags.format ?? (io.stdoutIsTTY ? 'table' : 'json');
  if (format !== 'table' && format !== 'json')
    throw new AppError(
      'BAD_OPTION',
      msg('takesOneOf', { flag: '--format', choices: ['table', 'json'], value: String(format) }),
    );
  if (flags.inputFormat !== undefined && !FORMATS.includes(flags.inputFormat)) {
    throw new AppError(
      'BAD_OPTION',
      msg('takesOneOf', { flag: '--input-format', choices: FORMATS, value: flags.inputFormat }),
    );
  }
  if (files.length === 0 && io.stdinIsTTY) throw new AppError('NO_INPUT', msg('noInput'));
  const census = new ShapeCensus(fieldMapOf(flags.field ?? []));
  const inputs: InputSummary[] = [];
  for (const path of files.length > 0 ? files : ['-'])
    inputs.push(await inspectInput(path, census, flags.inputFormat as InputFormat | undefined, io));
  const result = census.result();
  const text =
    format === 'json' ? inertJson({ schemaVersion: 1, inputs, ...result }) : renderTable(inputs, result, lang);
  await writeOutput(io, text, flags.output);
  return 0;
}

function fieldMapOf(specs: string[]): FieldMap | undefined {
  if (specs.length === 0) return undefined;
  try {
    return parseFieldMap(specs);
  } catch (error) {
    if (error instanceof FieldMapError)
      throw new AppError('BAD_OPTION', msg('badField', { spec: error.spec, detail: error.words }));
    throw error;
  }
}

async function inspectInput(
  path: string,
  census: ShapeCensus,
  forced: InputFormat | undefined,
  io: Io,
): Promise<InputSummary> {
  const opened = await openInput(path, io.stdin);
  const format = forced ?? sniffFormat(opened.head);
  const summary: InputSummary = { name: opened.name, format, lines: 0, malformed: 0 };
  if (format === 'har') {
    const scanner = new HarScanner();
    for await (const chunk of opened.chunks) {
      for (const entry of scanner.push(chunk)) census.harEntry({ file: opened.name, line: entry.line });
      if (scanner.failed) break;
    }
    return summary;
  }
  const splitter =
    format === 'json' ? new JsonValueSplitter(DEFAULTS.maxLineBytes) : new LineSplitter(DEFAULTS.maxLineBytes);
  const take = (line: Line): void => {
    const text = decodeText(line.bytes);
    const start = text.trimStart();
    if (start === '') return;
    summary.lines++;
    const source = { file: opened.name, line: line.line };
    const opensJson = start[0] === '{' || start[0] === '[';
    if (!opensJson) {
      census.line(text.trimEnd(), source, true);
      return;
    }
    try {
      census.line(JSON.parse(text), source, false);
    } catch {
      // In a text log, as in analyze: `[12:00:01.234] INFO: ...` (pino-pretty), a record's indented `{`.
      if (format === 'text') census.line(text.trimEnd(), source, true);
      else summary.malformed++;
    }
  };
  for await (const chunk of opened.chunks) for (const line of splitter.push(chunk).lines) take(line);
  for (const line of splitter.end().lines) take(line);
  return summary;
}

const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));

function renderTable(inputs: InputSummary[], census: Census, lang: Lang): string {
  const w = inspectWords(lang);
  const safe = (s: string): string => stripControl(s);
  const out: string[] = inputs.map((i) => safe(w.input(i.name, i.format, i.lines, i.malformed)), '');
  out.push('');
  const rows = census.shapes.map((s) => [
    s.shape,
    String(s.lines),
    String(s.verdicts.call ?? 0),
    String(s.verdicts.other ?? 0),
    sourceLabel(s.example),
    summariseFields(s.fields),
  ]);
  out.push(...table([w.shape, w.lines, w.calls, w.other, w.example, w.fields], rows).map(safe), '');
  const u = census.unrecognised;
  out.push(u.lines === 0 ? w.noneUnrecognised : w.unrecognised(u.lines));
  if (u.keySets.length > 0) {
    const keyRows = u.keySets.map((k) => [
      k.keys.length === 1 && k.keys[0] === '(text line)' ? w.textLine : k.keys.join(', '),
      String(k.lines),
      sourceLabel(k.example),
      k.suggestion.map((s) => `--field ${s}`).join(' '),
    ]);
    out.push(...table([w.keys, w.lines, w.example, w.suggestion], keyRows).map((l) => safe(`  ${l}`)));
  }
  return `${out.join('\n')}\n`;
}

/** "url, status (flat-client); time (context)": fields grouped by the reader that took them. */
function summariseFields(fields: Census['shapes'][number]['fields']): string {
  const byReader = new Map<string, string[]>();
  for (const f of fields) {
    const list = byReader.get(f.by);
    if (list) list.push(f.field);
    else byReader.set(f.by, [f.field]);
  }
  return [...byReader].map(([by, list]) => `${list.join(', ')} (${by})`).join('; ');
}

function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), ...rows.map(line)];
}
