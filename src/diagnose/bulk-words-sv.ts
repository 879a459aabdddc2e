import { whyOf } from './bulk-failures.js';
import { BULK_LIMITS } from './bulk-polling.js';
import type { BulkPhraseBook } from './bulk-words-en.js';
import { num, pct } from './words-format.js';

const n = (x: number): string => num(x, 'sv');
const rows = (x: number): string => `${n(x)} ${x === 1 ? 'importrad' : 'importrader'}`;

/** The Swedish words of the bulk and instance diagnostics; spread into words-sv.ts. */
export const BULK_SV: BulkPhraseBook = {
  'bulk-failures': {
    titleFailed: (failures, warnings) =>
      `${rows(failures)} misslyckades${warnings > 0 ? `, ${n(warnings)} med varning` : ''}`,
    titleWarned: (warnings) => `${rows(warnings)} med varning`,
    reason: (r, shown) =>
      `"${shown}" ${n(r.rows)} (${pct(r.share)} % av ${r.kind === 'failures' ? 'misslyckade' : 'varnade'} rader,` +
      ` kod ${r.code})`,
    reasons: (list) => `Orsaker: ${list.join('; ')}.`,
    why: (template) => whyOf(template, 'sv'),
    reportedAs: (shown, code, why) => `"${shown}" rapporteras som ${code}: ${why}`,
    field: (f, kinds) => `${f.field} (${n(f.rows)} rader; värde ${kinds})`,
    fields: (list) => `Fält som oftast fallerar: ${list.join(', ')}.`,
    valueKind: {
      empty: 'tomt',
      number: 'ett tal',
      date: 'ett datum',
      email: 'en e-postadress',
      boolean: 'sant/falskt',
      text: 'text',
      'no-column': 'ingen sådan kolumn',
    },
    rename: (columns) =>
      `Byt namn på kolumnerna ${columns} till fältens REST API-namn (Describe Lead eller Describe Program Member` +
      ' listar dem): en kolumn med visningsnamn är inte fältet.',
    redo: 'Rätta raderna i filen och importera sedan bara dem igen.',
  },
  'bulk-polling': {
    title: (jobs) => `Hur ${n(jobs)} bulkjobb drivs`,
    fastPolls: (count, jobs) =>
      `${n(count)} statusfrågor kom mindre än 60 s efter den förra (${jobs}); en status ändras högst en gång i` +
      ' minuten och varje fråga kostar ett anrop av dagskvoten. Fråga en gång i minuten eller mer sällan.',
    fastPollJob: (j) => `${j.type} ${j.id}: ${n(j.polls)} frågor`,
    queueFull: (count) =>
      `${n(count)} anrop avvisades eftersom kön var full (1016 eller 1029): högst ${BULK_LIMITS.running} jobb körs` +
      ` och ${BULK_LIMITS.queued} väntar per instans, delat med alla integrationer. Vänta tills ett jobb är klart` +
      ' innan nästa skapas.',
    crowded: (max) => `Upp till ${n(max)} jobb var öppna samtidigt, fler än de ${BULK_LIMITS.queued} som Marketo köar.`,
    alreadyQueued: (count) =>
      `En export köades igen medan den redan stod i kö (${n(count)}× "Job already queued"): köa en gång och fråga` +
      ' sedan efter status.',
    exportDay: (date, mb, share, of) =>
      `Exporter som blev klara ${date} blev ${n(mb)} MB, ${pct(share)} % av ${n(of)} MB per dag; därefter` +
      ' misslyckas exporter med 1029 till midnatt US Central. Smalna av filtren eller fälten.',
    earlyFiles: (count) =>
      `${n(count)} ${count === 1 ? 'filhämtning' : 'filhämtningar'} fick 404 eftersom exporten inte var Completed` +
      ' än: hämta filen först när statusen säger Completed.',
    leftOpen: (jobs) => `Loggen slutar med ${jobs}: kontrollera att klienten följer varje jobb till slutet.`,
    openJob: (j) => `${j.type} ${j.id} ${j.lastStatus ?? 'utan status'}`,
    failed: (j) => `${j.type} ${j.id} misslyckades${j.message ? `: "${j.message}"` : ''}.`,
  },
  'instance-usage': {
    title: (top) =>
      `En annan API-användare gjorde de flesta av instansens anrop (${top.user}, ${pct(top.userShare)} % den` +
      ` ${top.date})`,
    day: (d, quota) =>
      `${d.date}: ${d.user} gjorde ${n(d.userCalls)} av ${n(d.total)} anrop (${pct(d.userShare)} %,` +
      ` ${pct(d.quotaShare)} % av kvoten ${n(quota)}), den här loggen ${n(d.log)}`,
    error: (x) =>
      `den här integrationen stod för ${n(x.log)} av instansens ${n(x.instance)} ${x.code} den ${x.date};` +
      ' resten kom från andra API-användare',
    shared:
      'Anropsgränsen, gränsen för samtidiga anrop och dagskvoten delas av alla API-användare i instansen: kom' +
      ' överens om en andel med ägaren av den användaren innan den här integrationen justeras.',
  },
};
