import { BULK_LIMITS } from './bulk-polling.js';
import {
  type BulkWordTable,
  MAX_DAYS_NAMED,
  megabytes,
  quotedList,
  shown,
  valueKinds,
  whySentences,
} from './bulk-words-format.js';
import { num, pct } from './words-format.js';

const n = (x: number): string => num(x, 'sv');
const rows = (x: number): string => `${n(x)} ${x === 1 ? 'importrad' : 'importrader'}`;
const KINDS: Record<string, string> = {
  empty: 'tomt',
  number: 'ett tal',
  date: 'ett datum',
  email: 'en e-postadress',
  boolean: 'sant/falskt',
  text: 'text',
  'no-column': 'ingen sådan kolumn',
};

export const BULK_SV: BulkWordTable = {
  'bulk-failures': (e) => {
    const warned = e.rows.warnings > 0 ? `, ${n(e.rows.warnings)} med varning` : '';
    const title =
      e.rows.failures > 0 ? `${rows(e.rows.failures)} misslyckades${warned}` : `${rows(e.rows.warnings)} med varning`;
    const reasons = e.reasons.map((r) => {
      const of = r.kind === 'failures' ? 'misslyckade' : 'varnade';
      return `"${shown(r.template)}" ${n(r.rows)} (${pct(r.share)} % av ${of} rader, kod ${r.code})`;
    });
    const fields = e.fields.map((f) => `${f.field} (${n(f.rows)} rader; värde ${valueKinds(f.valueKinds, KINDS)})`);
    let advice = `Orsaker: ${reasons.join('; ')}.`;
    advice += whySentences(e, 'sv', (t, code, why) => `"${t}" rapporteras som ${code}: ${why}`);
    if (fields.length > 0) advice += ` Fält som oftast fallerar: ${fields.join(', ')}.`;
    if (e.displayNameColumns.length > 0) {
      advice +=
        ` Byt namn på kolumnerna ${quotedList(e.displayNameColumns)} till fältens REST API-namn` +
        ' (Describe Lead eller Describe Program Member listar dem): en kolumn med visningsnamn är inte fältet.';
    }
    advice += ' Rätta raderna i filen och importera sedan bara dem igen.';
    return { title, advice };
  },
  'bulk-polling': (e) => {
    const parts: string[] = [];
    if (e.fastPolls > 0) {
      const jobs = e.fastPolling.map((j) => `${j.type} ${j.id}: ${n(j.polls)} frågor`).join(', ');
      parts.push(
        `${n(e.fastPolls)} statusfrågor kom mindre än 60 s efter den förra (${jobs}); en status ändras högst en` +
          ' gång i minuten och varje fråga kostar ett anrop av dagskvoten. Fråga en gång i minuten eller mer sällan.',
      );
    }
    if (e.queueFull > 0) {
      parts.push(
        `${n(e.queueFull)} anrop avvisades eftersom kön var full (1016 eller 1029): högst ${BULK_LIMITS.running}` +
          ` jobb körs och ${BULK_LIMITS.queued} väntar per instans, delat med alla integrationer.` +
          ' Vänta tills ett jobb är klart innan nästa skapas.',
      );
    }
    if (e.maxOpenJobs > BULK_LIMITS.queued) {
      parts.push(
        `Upp till ${n(e.maxOpenJobs)} jobb var öppna samtidigt, fler än de ${BULK_LIMITS.queued} som Marketo köar.`,
      );
    }
    if (e.alreadyQueued > 0) {
      parts.push(
        `En export köades igen medan den redan stod i kö (${n(e.alreadyQueued)}× "Job already queued"):` +
          ' köa en gång och fråga sedan efter status.',
      );
    }
    for (const d of e.exportDays) {
      parts.push(
        `Exporter som blev klara ${d.date} blev ${megabytes(d.bytes, 'sv')} MB, ${pct(d.share)} % av` +
          ` ${megabytes(BULK_LIMITS.exportBytesPerDay, 'sv')} MB per dag; därefter misslyckas exporter med 1029` +
          ' till midnatt US Central. Smalna av filtren eller fälten.',
      );
    }
    if (e.earlyFileFetches > 0) {
      parts.push(
        `${n(e.earlyFileFetches)} ${e.earlyFileFetches === 1 ? 'filhämtning' : 'filhämtningar'} fick 404 eftersom` +
          ' exporten inte var Completed än: hämta filen först när statusen säger Completed.',
      );
    }
    if (e.leftOpen.length > 0) {
      const open = e.leftOpen.map((j) => `${j.type} ${j.id} ${j.lastStatus ?? 'utan status'}`).join(', ');
      parts.push(`Loggen slutar med ${open}: kontrollera att klienten följer varje jobb till slutet.`);
    }
    for (const f of e.failed) parts.push(`${f.type} ${f.id} misslyckades${f.message ? `: "${f.message}"` : ''}.`);
    return { title: `Hur ${n(e.jobs)} bulkjobb drivs`, advice: parts.join(' ') };
  },
  'instance-usage': (e) => {
    const top = e.days[0]!;
    const days = e.days
      .slice(0, MAX_DAYS_NAMED)
      .map(
        (d) =>
          `${d.date}: ${d.user} gjorde ${n(d.userCalls)} av ${n(d.total)} anrop (${pct(d.userShare)} %,` +
          ` ${pct(d.quotaShare)} % av kvoten ${n(e.dailyQuota)}), den här loggen ${n(d.log)}`,
      );
    const errors = e.errors.map(
      (x) =>
        `den här integrationen stod för ${n(x.log)} av instansens ${n(x.instance)} ${x.code} den ${x.date};` +
        ' resten kom från andra API-användare',
    );
    return {
      title:
        `En annan API-användare gjorde de flesta av instansens anrop` +
        ` (${top.user}, ${pct(top.userShare)} % den ${top.date})`,
      advice:
        `${days.join('; ')}.${errors.length > 0 ? ` ${errors.join('; ')}.` : ''} Anropsgränsen, gränsen för samtidiga` +
        ' anrop och dagskvoten delas av alla API-användare i instansen: kom överens om en andel med ägaren av den' +
        ' användaren innan den här integrationen justeras.',
    };
  },
};
