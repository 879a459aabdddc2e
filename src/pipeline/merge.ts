import { summaryFromReport } from '../aggregate/from-report.js';
import { Summary } from '../aggregate/summary.js';
import { toReport, type ReportContext } from '../aggregate/to-report.js';
import { DiagnosticsState } from '../diagnose/index.js';
import type { InputReport, Report } from '../aggregate/report-model.js';
import type { Part } from './analyzer.js';
import { rebaseSources } from './rebase-sources.js';

/** The name a part of a file carries: the file's own name from byte 0, else `file@start`. */
export function rangeLabel(name: string, start: number): string {
  return start === 0 ? name : `${name}@${start}`;
}

/** The file an input entry (or a byte range of it) was read from: parts of one file are one log. */
export function fileOf(input: InputReport): string {
  const r = input.range;
  const suffix = r && r.start > 0 ? `@${r.start}` : '';
  return suffix && input.name.endsWith(suffix) ? input.name.slice(0, -suffix.length) : input.name;
}

/**
 * A part whose byte range starts where one already merged ends continues it:
 * its lines are renumbered after that one's and its sources renamed to it, so
 * the two become one input entry. Parts with a gap before them keep their
 * `file@start` name and their own line numbers.
 */
function continueRanges<T>(json: T, inputs: readonly InputReport[], merged: readonly InputReport[]): T {
  let out = json;
  for (const input of inputs) {
    const r = input.range;
    if (!r || r.start === 0) continue;
    const before = merged.find(
      (m) => m.range && m.range.end === r.start && m.range.size === r.size && fileOf(m) === fileOf(input),
    );
    if (before?.range) out = rebaseSources(out, input.name, before.name, before.range.lines);
  }
  return out;
}

/**
 * Folds parts of the input (worker ranges, shard reports, files) into the
 * whole, in input order: samples keep the earliest. Holds one Summary and one
 * diagnostics state however many parts come in.
 */
export class PartMerger {
  private whole: Part | undefined;

  /** `json` is the part in its serialised form (sources as written), `read` turns it into a Part. */
  add<T>(json: T, inputs: readonly InputReport[], read: (json: T) => Part): void {
    const part = read(this.whole ? continueRanges(json, inputs, this.whole.summary.inputs) : json);
    if (!this.whole) this.whole = part;
    else {
      const last = this.whole.summary.inputs.at(-1);
      const first = part.summary.inputs[0];
      if (last && first && fileOf(last) !== fileOf(first)) this.whole.diagnostics.endLog();
      this.whole.summary.merge(part.summary);
      this.whole.diagnostics.merge(part.diagnostics);
    }
  }

  addReport(report: Report): void {
    this.add(report, report.inputs, (r) => ({
      summary: summaryFromReport(r),
      diagnostics: DiagnosticsState.fromJSON(r.diagnosticsState),
    }));
  }

  get empty(): boolean {
    return this.whole === undefined;
  }

  /** The whole; a file whose parts all came in is one input again, with no range. */
  finish(): Part {
    const whole = this.whole ?? { summary: new Summary(), diagnostics: new DiagnosticsState() };
    for (const input of whole.summary.inputs) {
      if (input.range && input.range.start === 0 && input.range.end === input.range.size) delete input.range;
    }
    return whole;
  }
}

/** The report of merged parts; filters of the parts are kept, so a reader knows what was left out. */
export function reportOf(
  part: Part,
  ctx: Omit<ReportContext, 'diagnostics' | 'diagnosticsState' | 'peaks'> & { dailyQuota: number },
): Report {
  return toReport(part.summary, {
    ...ctx,
    diagnostics: part.diagnostics.finish({
      dailyQuota: ctx.dailyQuota,
      lang: ctx.lang,
      sections: part.summary.sections(),
    }),
    peaks: part.diagnostics.peaks(),
    diagnosticsState: part.diagnostics.toJSON(),
  });
}
