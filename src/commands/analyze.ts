import { AppError } from '../errors.js';
import { msg, renderMessage } from '../errors/words.js';
import { FieldMapError, parseFieldMap, type FieldMap } from '../normalise/field-map.js';
import { normaliseOptions } from '../pipeline/options.js';
import { runAnalysis } from '../pipeline/run.js';
import { toFindingRows } from '../report/finding-row.js';
import type { Report } from '../report/model.js';
import type { Lang } from '../catalog/types.js';
import { commandWords } from './words.js';
import { followCommand } from './follow.js';
import type { InputFormat } from '../input/source.js';
import { sourceLabel } from '../normalise/exchange.js';
import { stderrLine } from '../util/stderr-line.js';
import {
  chooseFormat,
  parseByteSize,
  parseCsvRows,
  parseLevels,
  parseList,
  parsePositiveInt,
  parseTime,
  type AnalyzeFlags,
} from './analyze-options.js';
import { exitCodeFor, parseLang, type Io } from './io.js';
import { ProgressBar } from './progress.js';
import { openFindingStream, renderOptionsFor, writeAttachments, writeReport } from './write-report.js';
import { parseShardSpec } from './shard-options.js';
import { refuseOutputOnInput } from './output-is-input.js';
import { analyzeShard, type ShardHooks } from '../pipeline/shard.js';

export interface ToolInfo {
  name: string;
  version: string;
}

const INPUT_FORMATS = ['ndjson', 'har', 'json', 'text', 'bulk-failures'];

/** `marketo-errors analyze [files...]`: returns the exit code. */
export async function analyzeCommand(files: string[], flags: AnalyzeFlags, io: Io, tool: ToolInfo): Promise<number> {
  const lang = parseLang(flags.lang);
  const format = chooseFormat(flags, io.stdoutIsTTY);
  const failOn = parseLevels(flags.failOn, '--fail-on');
  const csvRows = parseCsvRows(flags.csvRows);
  if (flags.inputFormat !== undefined && !INPUT_FORMATS.includes(flags.inputFormat)) {
    throw new AppError(
      'BAD_OPTION',
      msg('takesOneOf', {
        flag: '--input-format',
        choices: INPUT_FORMATS,
        value: flags.inputFormat,
      }),
    );
  }
  const since = parseTime(flags.since, '--since');
  const until = parseTime(flags.until, '--until');
  if (since !== undefined && until !== undefined && since >= until) {
    throw new AppError(
      'BAD_OPTION',
      msg('sinceAfterUntil', { since: String(flags.since), until: String(flags.until) }),
    );
  }
  const options = normaliseOptions({
    lang,
    showRecords: flags.showRecords === true,
    inputFormat: flags.inputFormat as InputFormat | undefined,
    fieldMap: flags.field && flags.field.length > 0 ? fieldMapOf(flags.field) : undefined,
    dailyQuota: parsePositiveInt(flags.dailyQuota, '--daily-quota'),
    jobs: parsePositiveInt(flags.jobs, '--jobs'),
    maxBytes: parseByteSize(flags.maxBytes, '--max-bytes'),
    filters: {
      levels: parseLevels(flags.level, '--level'),
      codes: parseList(flags.code),
      since,
      until,
      endpoint: flags.endpoint,
      instance: flags.instance,
    },
  });

  const paths = files.length > 0 ? files : ['-'];
  if (files.length === 0 && io.stdinIsTTY) {
    throw new AppError('NO_INPUT', msg('noInput'));
  }
  const filters = filtersOf(flags);
  refuseOutputOnInput('-o', flags.output, paths);
  refuseOutputOnInput('--state', flags.state, paths);
  if (flags.follow) return followCommand({ paths, format, failOn, options, filters, flags, tool }, io);
  if (
    flags.state !== undefined ||
    (flags.alert ?? []).length > 0 ||
    flags.alertExec !== undefined ||
    flags.exitOnAlert
  ) {
    throw new AppError('BAD_OPTION', msg('followOnly'));
  }

  const renderOpts = renderOptionsFor(io, flags, lang, csvRows);
  // Finding rows stream to the output as they are found: a huge log never holds them all.
  const rows = await openFindingStream(io, format, renderOpts, flags.output);
  const bar = io.stderrIsTTY && !flags.quiet ? new ProgressBar(io.stderr, io.columns, lang) : undefined;
  const problems: string[] = [];
  const shard = parseShardSpec(flags.byteRange, flags.shard, files);
  const analyze = shard
    ? (hooks: ShardHooks) => analyzeShard(files[0]!, shard, io.stdin, options, hooks)
    : (hooks: ShardHooks) => runAnalysis(paths, io.stdin, options, hooks);
  const analyzer = await analyze({
    onWhole: (name, why, first) => problems.push(commandWords(lang).wholeShard(name, why, first)),
    onProgress: bar ? (p) => bar.update(p) : undefined,
    onInputProblem: (name, message, words) => {
      const said = words ? renderMessage(words, lang) : message;
      problems.push(said.startsWith(name) ? said : `${name}: ${said}`);
    },
    onExchange: rows
      ? (exchange, classified) => {
          for (const row of toFindingRows(exchange, classified.findings)) rows.sink.write(rows.stream.line(row));
        }
      : undefined,
  });
  bar?.clear();

  const report = analyzer.report({ lang, tool, filters });
  if (rows) {
    rows.sink.write(rows.stream.end(report));
    await rows.sink.end();
    await writeAttachments(format, report, renderOpts);
  } else await writeReport(io, format, report, renderOpts, flags.output);

  if (!flags.quiet && format.name !== 'table') problems.push(...skippedLines(report, lang, options.maxLineBytes));
  for (const problem of problems)
    io.stderr.write(`marketo-errors: ${stderrLine(problem)}
`);
  return exitCodeFor(report, failOn);
}

/** The filters as given, for the report's `filters`. */
function filtersOf(flags: AnalyzeFlags): Record<string, string | string[]> {
  const filters: Record<string, string | string[]> = {};
  for (const key of ['level', 'code', 'since', 'until', 'endpoint', 'instance'] as const) {
    if (flags[key] !== undefined) filters[key] = flags[key]!;
  }
  return filters;
}

function fieldMapOf(specs: string[]): FieldMap {
  try {
    return parseFieldMap(specs);
  } catch (error) {
    if (error instanceof FieldMapError) {
      throw new AppError('BAD_OPTION', msg('badField', { spec: error.spec, detail: error.words }));
    }
    throw error;
  }
}

/** One line per input with skipped lines, for when the report goes to a file or a pipe. */
function skippedLines(report: Report, lang: Lang, cap: number): string[] {
  const w = commandWords(lang);
  const out: string[] = [];
  const filtered = ['since', 'until', 'endpoint', 'instance'].some((name) => name in (report.filters ?? {}));
  for (const i of report.inputs) {
    const first = i.malformed.slice(0, 3);
    if (i.malformedCount > 0 && i.format === 'bulk-failures') {
      out.push(
        w.skippedRows(
          i.name,
          i.malformedCount,
          first.map((m) => ({ row: m.row ?? 0, line: m.line })),
        ),
      );
    } else if (i.malformedCount > 0 && i.format === 'har')
      out.push(
        w.skippedEntries(
          i.name,
          i.malformedCount,
          first.map((m) => sourceLabel({ file: '', line: m.line, entry: m.entry }).slice(1)),
        ),
      );
    else if (i.malformedCount > 0)
      out.push(
        w.skippedLines(
          i.name,
          i.malformedCount,
          first.map((m) => m.line),
        ),
      );
    // A time or endpoint filter that kept no call is not this note's case: its calls were read.
    if (i.exchanges === 0 && i.other === 0 && i.unrecognised > 0 && !filtered)
      out.push(w.nothingRead(i.name, i.unrecognised + i.malformedCount));
    else if (i.bytes === 0 && !i.truncated) out.push(w.emptyInput(i.name));
    for (const o of i.oversized)
      out.push(
        w.oversizedLine(
          i.name,
          sourceLabel({ file: '', line: o.line, entry: o.entry }).slice(1),
          o.bytes,
          cap / (1 << 20),
        ),
      );
  }
  return out;
}
