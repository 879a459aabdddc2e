import type { Lang } from '../catalog/types.js';

/** Words of the jobs and instance sections, one table per language. */
export interface SectionWords {
  jobsTitle: string;
  jobColumns: [
    job: string,
    object: string,
    status: string,
    failed: string,
    warned: string,
    polls: string,
    done: string,
    message: string,
  ];
  polls: (polls: string, fast: string) => string;
  alreadyQueued: (n: string) => string;
  queueFull: (n: string) => string;
  exportDay: (date: string, size: string) => string;
  earlyFiles: (n: string) => string;
  unlisted: (n: string) => string;
  errorsTitle: string;
  errorColumns: [day: string, code: string, instance: string, log: string, explained: string];
  /** `others`: whether other API users account for the rest. */
  explained: (log: string, instance: string, share: string, others: boolean) => string;
  usageTitle: string;
  usageColumns: [day: string, instance: string, log: string, users: string];
  user: (user: string, count: string, share: string) => string;
  none: string;
  /** HELP texts of the section metrics (prometheus, openmetrics). */
  metrics: {
    bulkRows: string;
    jobs: string;
    polls: string;
    fastPolls: string;
    rowsFailed: string;
    instanceErrors: string;
    instanceCalls: string;
  };
  /** JUnit: the suite of bulk jobs and a job's case. */
  jobsSuite: string;
  /** `failed`: the rows failed, as text; '' when none were reported. */
  jobFailed: (job: string, status: string, failed: string) => string;
}

const EN: SectionWords = {
  jobsTitle: 'Bulk jobs',
  jobColumns: [
    'Job',
    'Object',
    'Last status',
    'Rows failed',
    'Rows with warning',
    'Status polls',
    'Time to done',
    'Message',
  ],
  polls: (polls, fast) => `${polls} (${fast} under 60 s)`,
  alreadyQueued: (n) => `Enqueued again while queued ("Job already queued"): ${n}`,
  queueFull: (n) => `Refused because the queue was full (1016, 1029): ${n}`,
  exportDay: (date, size) => `Exports completed on ${date} (US Central): ${size} of the 500 MB a day`,
  earlyFiles: (n) => `File downloads answered 404 before the export was Completed: ${n}`,
  unlisted: (n) => `Status responses of jobs past the listed ones: ${n}`,
  errorsTitle: "Marketo's error counts beside this log's",
  errorColumns: ['Day (US Central)', 'Code', 'Whole instance', 'This log', 'Share this log explains'],
  explained: (log, instance, share, others) =>
    `${log} of ${instance} (${share})${others ? '; the rest came from other API users' : ''}`,
  usageTitle: "Marketo's call counts per API user",
  usageColumns: ['Day (US Central)', 'Whole instance', 'This log', 'API users, most calls first'],
  user: (user, count, share) => `${user}: ${count} (${share})`,
  none: '–',
  metrics: {
    bulkRows: 'Rows read from bulk import failure and warning files, by file kind.',
    jobs: 'Bulk jobs seen in the log, by type and last status.',
    polls: 'Status polls of bulk jobs.',
    fastPolls: 'Status polls of bulk jobs less than 60 s after the previous poll of the same job.',
    rowsFailed: 'Rows that bulk import jobs reported as failed.',
    instanceErrors: "Errors per US Central day and code: Marketo's count for the instance, and this log's.",
    instanceCalls: "API calls per US Central day: Marketo's count for the instance, and this log's.",
  },
  jobsSuite: 'Bulk jobs',
  jobFailed: (job, status, failed) => `${job} ended ${status}${failed ? ` with ${failed} failed rows` : ''}`,
};

const SV: SectionWords = {
  jobsTitle: 'Bulkjobb',
  jobColumns: [
    'Jobb',
    'Objekt',
    'Senaste status',
    'Misslyckade rader',
    'Rader med varning',
    'Statusfrågor',
    'Tid till klart',
    'Meddelande',
  ],
  polls: (polls, fast) => `${polls} (${fast} inom 60 s)`,
  alreadyQueued: (n) => `Köades igen medan jobbet stod i kö ("Job already queued"): ${n}`,
  queueFull: (n) => `Avvisade eftersom kön var full (1016, 1029): ${n}`,
  exportDay: (date, size) => `Exporter klara ${date} (US Central): ${size} av 500 MB per dag`,
  earlyFiles: (n) => `Filhämtningar som fick 404 innan exporten var Completed: ${n}`,
  unlisted: (n) => `Statussvar för jobb utöver de listade: ${n}`,
  errorsTitle: 'Marketos felräkning bredvid loggens',
  errorColumns: ['Dag (US Central)', 'Kod', 'Hela instansen', 'Den här loggen', 'Andel loggen förklarar'],
  explained: (log, instance, share, others) =>
    `${log} av ${instance} (${share})${others ? '; resten kom från andra API-användare' : ''}`,
  usageTitle: 'Marketos anropsräkning per API-användare',
  usageColumns: ['Dag (US Central)', 'Hela instansen', 'Den här loggen', 'API-användare, flest anrop först'],
  user: (user, count, share) => `${user}: ${count} (${share})`,
  none: '–',
  metrics: {
    bulkRows: 'Rader lästa ur bulkimportens fil med fel och fil med varningar, per filsort.',
    jobs: 'Bulkjobb som syns i loggen, per typ och senaste status.',
    polls: 'Statusfrågor om bulkjobb.',
    fastPolls: 'Statusfrågor om bulkjobb mindre än 60 s efter förra frågan om samma jobb.',
    rowsFailed: 'Rader som bulkimportjobb rapporterade som misslyckade.',
    instanceErrors: 'Fel per dag (US Central) och kod: Marketos räkning för instansen och den här loggens.',
    instanceCalls: 'API-anrop per dag (US Central): Marketos räkning för instansen och den här loggens.',
  },
  jobsSuite: 'Bulkjobb',
  jobFailed: (job, status, failed) => `${job} slutade ${status}${failed ? ` med ${failed} misslyckade rader` : ''}`,
};

export function sectionWords(lang: Lang): SectionWords {
  return lang === 'sv' ? SV : EN;
}
