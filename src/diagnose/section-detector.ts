import type { BulkRowsReport, InstanceReport, JobsReport } from '../report/model.js';
import type { Assessment, Detector, FinishContext } from './detector.js';

/** The summary's sections that some diagnostics read instead of exchanges. */
export interface ReportSections {
  bulk?: BulkRowsReport;
  jobs?: JobsReport;
  instance?: InstanceReport;
}

/**
 * A detector whose evidence is in the summary's sections (rows of bulk files,
 * bulk jobs, Marketo's own counts): those merge exactly across parts and
 * reports already, so it keeps no state of its own and reads them at finish.
 */
export class SectionDetector<E> implements Detector<E> {
  constructor(private readonly assess: (sections: ReportSections, ctx: FinishContext) => Assessment<E> | null) {}

  add(): void {}

  merge(): void {}

  toJSON(): unknown {
    return {};
  }

  finish(ctx: FinishContext): Assessment<E> | null {
    return this.assess(ctx.sections ?? {}, ctx);
  }
}
