import type { Lang } from '../catalog/types.js';
import { formatBytes, formatInt, formatPercent } from './format.js';
import type { InstanceReport, JobsReport, Report } from './model.js';
import { sectionWords, type SectionWords } from './section-words.js';

/**
 * A report part beyond the per-level codes, as plain text cells that every
 * format lays out its own way and escapes as it escapes log text: the cells
 * hold job ids, messages and user ids from the input.
 */
export interface ReportSection {
  id: 'jobs' | 'instance-errors' | 'instance-usage';
  title: string;
  columns: string[];
  /** Columns that hold numbers (right-aligned where a format aligns). */
  numeric: number[];
  rows: string[][];
  /** Facts about the section as a whole, one line each. */
  notes: string[];
}

const MAX_USERS_SHOWN = 3;

/** The jobs and instance sections of a report, in the order every format shows them; [] when it has neither. */
export function reportSections(report: Report, lang: Lang): ReportSection[] {
  const w = sectionWords(lang);
  const out: ReportSection[] = [];
  if (report.jobs) out.push(jobsSection(report.jobs, w, lang));
  if (report.instance) out.push(...instanceSections(report.instance, w, lang));
  return out;
}

function seconds(ms: number | null, none: string): string {
  if (ms === null) return none;
  const s = Math.round(ms / 1000);
  return s < 120 ? `${s} s` : s < 7200 ? `${Math.round(s / 60)} min` : `${Math.round(s / 360) / 10} h`;
}

function jobsSection(jobs: JobsReport, w: SectionWords, lang: Lang): ReportSection {
  const n = (v: number | null): string => (v === null ? w.none : formatInt(v, lang));
  const rows = jobs.jobs.map((j) => [
    `${j.type} ${j.id}`,
    j.object,
    j.lastStatus ?? w.none,
    n(j.rowsFailed),
    n(j.rowsWithWarning),
    w.polls(n(j.polls), n(j.fastPolls)),
    seconds(j.durationMs, w.none),
    j.message ?? '',
  ]);
  const notes: string[] = [];
  if (jobs.alreadyQueued > 0) notes.push(w.alreadyQueued(n(jobs.alreadyQueued)));
  if (jobs.queueFull > 0) notes.push(w.queueFull(n(jobs.queueFull)));
  const early = jobs.jobs.reduce((sum, j) => sum + j.earlyFileFetches, 0);
  if (early > 0) notes.push(w.earlyFiles(n(early)));
  for (const d of jobs.exportBytesPerDay) notes.push(w.exportDay(d.date, formatBytes(d.bytes, lang)));
  if (jobs.unlisted > 0) notes.push(w.unlisted(n(jobs.unlisted)));
  return { id: 'jobs', title: w.jobsTitle, columns: [...w.jobColumns], numeric: [3, 4], rows, notes };
}

/** Only days Marketo's stats cover: the log's other days are kept in the JSON for merging. */
function instanceSections(instance: InstanceReport, w: SectionWords, lang: Lang): ReportSection[] {
  const n = (v: number): string => formatInt(v, lang);
  const out: ReportSection[] = [];
  const errors = instance.errors.filter((e) => e.instance !== null);
  if (errors.length > 0) {
    const rows = errors.map((e) => {
      const total = e.instance!;
      const explained =
        total > 0
          ? w.explained(n(e.log), n(total), formatPercent(Math.min(e.log / total, 1), lang), e.log < total)
          : '';
      return [e.date, e.code, n(total), n(e.log), explained];
    });
    out.push({
      id: 'instance-errors',
      title: w.errorsTitle,
      columns: [...w.errorColumns],
      numeric: [2, 3],
      rows,
      notes: [],
    });
  }
  const usage = instance.usage.filter((u) => u.total !== null);
  if (usage.length > 0) {
    const rows = usage.map((u) => {
      const total = u.total!;
      const share = (c: number): string => formatPercent(total > 0 ? c / total : 0, lang);
      const users = u.users.slice(0, MAX_USERS_SHOWN).map((x) => w.user(x.user, n(x.count), share(x.count)));
      return [u.date, n(total), n(u.log), users.join('; ')];
    });
    out.push({
      id: 'instance-usage',
      title: w.usageTitle,
      columns: [...w.usageColumns],
      numeric: [1, 2],
      rows,
      notes: [],
    });
  }
  return out;
}
