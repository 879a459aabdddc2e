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
};

export function sectionWords(lang: Lang): SectionWords {
  return lang === 'sv' ? SV : EN;
}
