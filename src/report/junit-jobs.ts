import type { Lang } from '../catalog/types.js';
import type { Report } from './model.js';
import { sectionWords } from './section-words.js';
import { reportSections } from './sections.js';

/** A JUnit case as junit.ts writes it. */
export interface JobCase {
  classname: string;
  name: string;
  failure?: { type: string; message: string; body: string };
  out?: string;
}

/**
 * The bulk jobs as a JUnit suite: a case per job, failing when the job
 * Failed or reported failed rows, so CI shows a broken import; undefined when
 * the log shows no job. The case text is the jobs section's row.
 */
export function jobsSuite(report: Report, lang: Lang): { name: string; cases: JobCase[] } | undefined {
  const section = reportSections(report, lang).find((s) => s.id === 'jobs');
  if (!report.jobs || !section) return undefined;
  const w = sectionWords(lang);
  const cases = report.jobs.jobs.map((job, i): JobCase => {
    const row = section.rows[i]!;
    const body = row.map((cell, c) => `${section.columns[c]}: ${cell}`).join('\n');
    const c: JobCase = { classname: 'marketo-errors.jobs', name: row[0]! };
    const failed = job.lastStatus === 'Failed' || (job.rowsFailed ?? 0) > 0;
    if (failed)
      c.failure = {
        type: `job/${job.lastStatus ?? 'unknown'}`,
        message: w.jobFailed(row[0]!, row[2]!, job.rowsFailed ? row[3]! : ''),
        body,
      };
    else c.out = body;
    return c;
  });
  return { name: w.jobsSuite, cases };
}
