import { readFile } from 'node:fs/promises';
import { summaryFromReport } from '../aggregate/from-report.js';
import { DiagnosticsState } from '../diagnose/index.js';
import { AppError } from '../errors.js';
import { msg } from '../errors/words.js';
import { checkReport, ReportShapeError } from '../aggregate/report-schema.js';
import type { Part } from '../pipeline/analyzer.js';
import type { Report } from '../report/model.js';
import { safeJson } from '../report/json.js';
import { writeAtomically } from './atomic-write.js';
import type { FeedPosition } from './input-feed.js';
import type { TailPosition } from './tailer.js';

const STATE_VERSION = 1;

/** Where each followed file was left, by name. */
export interface InputMark {
  ino: number;
  offset: number;
  lines: number;
}

/** What a restarted watcher needs: the offsets, and the summary of everything before them. */
export interface FollowState {
  inputs: Map<string, InputMark>;
  results: Part;
}

/**
 * Reads a state file written by saveState; undefined when there is none yet.
 * The summary travels as a JSON report, the form `merge` already reads.
 */
export async function loadState(file: string): Promise<FollowState | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new AppError(
      'BAD_OPTION',
      msg('stateUnreadable', { file, code: String((error as NodeJS.ErrnoException).code) }),
    );
  }
  let parsed: { version?: unknown; inputs?: unknown; report?: unknown };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    throw new AppError('BAD_OPTION', msg('notStateFile', { file }));
  }
  if (parsed?.version !== STATE_VERSION || !Array.isArray(parsed.inputs)) {
    throw new AppError('BAD_OPTION', msg('notStateFile', { file }));
  }
  let report: Report;
  try {
    report = checkReport(parsed.report);
  } catch (error) {
    if (error instanceof ReportShapeError)
      throw new AppError('BAD_OPTION', msg('badStateReport', { file, detail: error.words }));
    throw error;
  }
  const inputs = new Map<string, InputMark>();
  for (const i of parsed.inputs as Array<Record<string, unknown>>) {
    if (typeof i?.name !== 'string') continue;
    const [ino, offset, lines] = [i.ino, i.offset, i.lines].map((v) =>
      Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) : -1,
    );
    if (ino! >= 0 && offset! >= 0 && lines! >= 0) inputs.set(i.name, { ino: ino!, offset: offset!, lines: lines! });
  }
  return {
    inputs,
    results: { summary: summaryFromReport(report), diagnostics: DiagnosticsState.fromJSON(report.diagnosticsState) },
  };
}

export interface SavedInput {
  name: string;
  tail: TailPosition | undefined;
  feed: FeedPosition;
}

export async function saveState(file: string, inputs: SavedInput[], report: Report): Promise<void> {
  const marks = inputs
    .filter((i) => i.tail !== undefined)
    .map((i) => ({ name: i.name, ino: i.tail!.ino, offset: i.feed.offset, lines: i.feed.lines }));
  await writeAtomically(file, `${safeJson({ version: STATE_VERSION, inputs: marks, report })}\n`);
}
