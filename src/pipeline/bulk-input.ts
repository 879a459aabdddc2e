import type { Summary } from '../aggregate/summary.js';
import { kindOfReasonColumn, sniffBulkHeader, type BulkFileKind } from '../input/bulk/header.js';
import { guessDelimiter } from '../input/bulk/header.js';
import { BulkRowAssembler, type BadRowReason } from '../input/bulk/row-assembler.js';
import { decodeText } from '../input/decode.js';
import { bulkRowFinding } from '../normalise/bulk-row.js';
import type { InputReport } from '../aggregate/report-model.js';
import { keepFindings } from './filter.js';
import type { AnalyzeOptions } from './options.js';

export type MalformedSink = (line: number, reason: BadRowReason, row: number) => void;

/** The tally's endpoint for a row: which kind of file it came from. */
export const BULK_FILE_ENDPOINT: Record<BulkFileKind, string> = {
  failures: '(failures file)',
  warnings: '(warnings file)',
};

/**
 * One bulk failure or warning file being read: lines in, rows out as
 * record-level findings. The separator is taken from the header line, which
 * is the first line that is not blank.
 */
export class BulkInput {
  private assembler: BulkRowAssembler | undefined;
  private header: string[] = [];
  private kind: BulkFileKind = 'failures';
  private readonly report: InputReport;
  private readonly summary: Summary;
  private readonly options: AnalyzeOptions;
  private readonly malformed: MalformedSink;

  constructor(report: InputReport, summary: Summary, options: AnalyzeOptions, malformed: MalformedSink) {
    this.report = report;
    this.summary = summary;
    this.options = options;
    this.malformed = malformed;
  }

  line(bytes: Buffer, line: number): void {
    const text = decodeText(bytes);
    if (!this.assembler) {
      if (text.trim() === '') return;
      const delimiter = sniffBulkHeader(text)?.delimiter ?? guessDelimiter(text);
      this.assembler = new BulkRowAssembler(delimiter, {
        header: (fields) => this.setHeader(fields),
        row: (r) => this.row(r.fields, r.row, r.line),
        bad: (b) => this.malformed(b.line, b.reason, b.row),
      });
    }
    this.assembler.push(text, line);
  }

  finish(): void {
    this.assembler?.end();
  }

  private setHeader(fields: string[]): void {
    this.header = fields.map((f) => f.trim());
    this.kind = kindOfReasonColumn(this.header[this.header.length - 1]);
    this.summary.bulk.header(this.header);
  }

  private row(fields: string[], row: number, line: number): void {
    this.report.rows = (this.report.rows ?? 0) + 1;
    const result = bulkRowFinding(this.header, fields, row, this.options.showRecords);
    this.summary.bulk.add(this.kind, result);
    const kept = keepFindings(
      { findings: [result.finding], warnings: [], countsAgainstQuota: false },
      this.options.filters,
    );
    if (kept.findings.length > 0) {
      this.summary.addRow(kept.findings, BULK_FILE_ENDPOINT[this.kind], { file: this.report.name, line });
    }
  }
}
