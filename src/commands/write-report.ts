import { appendFile } from 'node:fs/promises';
import { AppError, EXIT } from '../errors.js';
import { msg } from '../errors/words.js';
import type { Lang } from '../catalog/types.js';
import {
  renderDefaults,
  type CsvRows,
  type FindingStream,
  type ReportFormatSpec,
  type ResolvedRenderOptions,
} from '../report/format-spec.js';
import type { Report } from '../report/model.js';
import type { AnalyzeFlags } from './analyze-options.js';
import { openTextSink, useColor, writeOutput, type Io, type TextSink } from './io.js';

/** The render options a command's flags and terminal ask for (analyze, merge and follow alike). */
export function renderOptionsFor(io: Io, flags: AnalyzeFlags, lang: Lang, csvRows?: CsvRows): ResolvedRenderOptions {
  const toFile = flags.output !== undefined && flags.output !== '-';
  return renderDefaults({
    lang,
    color: useColor(io, flags.color, toFile),
    width: io.columns,
    env: io.env,
    compact: flags.compact === true,
    ...(csvRows ? { csvRows } : {}),
    ...(io.cwd !== undefined ? { cwd: io.cwd } : {}),
  });
}

/** The rendered report to -o or stdout, then what the format adds elsewhere (the GitHub step summary). */
export async function writeReport(
  io: Io,
  spec: ReportFormatSpec,
  report: Report,
  opts: ResolvedRenderOptions,
  file: string | undefined,
): Promise<void> {
  await writeOutput(io, spec.render(report, opts), file);
  await writeAttachments(spec, report, opts);
}

export async function writeAttachments(
  spec: ReportFormatSpec,
  report: Report,
  opts: ResolvedRenderOptions,
): Promise<void> {
  for (const { file, text } of spec.attachments?.(report, opts) ?? []) {
    try {
      await appendFile(file, text);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'error';
      throw new AppError('OUTPUT_FAILED', msg('cannotWrite', { where: file, code }), EXIT.output);
    }
  }
}

/** A format's row-per-finding stream opened on -o or stdout, when the format and options ask for one. */
export interface OpenFindingStream {
  stream: FindingStream;
  sink: TextSink;
}

export async function openFindingStream(
  io: Io,
  spec: ReportFormatSpec,
  opts: ResolvedRenderOptions,
  file: string | undefined,
): Promise<OpenFindingStream | undefined> {
  const stream = spec.findingStream?.(opts);
  if (!stream) return undefined;
  const sink = await openTextSink(io, file);
  sink.write(stream.header());
  return { stream, sink };
}
