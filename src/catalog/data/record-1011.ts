import type { CatalogEntry } from '../types.js';
import { defineEntry } from './define.js';

/** Record-level codes 1011-1022: one record of a batch was skipped; the rest may have succeeded. */
export const RECORD_1011_ENTRIES: readonly CatalogEntry[] = [
  defineEntry({
    code: '1011',
    level: 'record',
    retry: 'fix-request',
    messages: ["Field '%s' not supported"],
    en: [
      'Field not supported here',
      'The field cannot be used as lookupField or filterType, for example firstName or lastName.',
      'Use a field that is searchable (see searchableFields in Describe), such as email or id.',
    ],
    sv: [
      'Fältet stöds inte här',
      'Fältet kan inte användas som lookupField eller filterType, till exempel firstName eller lastName.',
      'Använd ett sökbart fält (se searchableFields i Describe), till exempel email eller id.',
    ],
  }),
  defineEntry({
    code: '1012',
    level: 'record',
    retry: 'fix-data',
    messages: ["Invalid cookie value '%s'"],
    en: [
      'Invalid cookie value',
      'Associate Lead, or Get Leads by filterType=cookies, got a value that is not a Munchkin cookie.',
      'Send the whole _mkto_trk cookie value (id:…&token:…), URL-encoded, exactly as the browser stored it.',
    ],
    sv: [
      'Ogiltigt cookievärde',
      'Associate Lead, eller Get Leads med filterType=cookies, fick ett värde som inte är en Munchkin-cookie.',
      'Skicka hela värdet av cookien _mkto_trk (id:…&token:…), URL-kodat, precis som webbläsaren sparade det.',
    ],
  }),
  defineEntry({
    code: '1013',
    level: 'record',
    retry: 'fix-data',
    messages: ['Object not found', 'Record not found', 'Membership not found'],
    en: [
      'Object not found',
      'The object (list, campaign, record or membership) with the given id does not exist or is not visible to ' +
        'the API user.',
      'Check the id and the workspace; look objects up by name first if ids are hard-coded.',
    ],
    sv: [
      'Objektet hittades inte',
      'Objektet (lista, kampanj, post eller medlemskap) med angivet id finns inte eller syns inte för API-användaren.',
      'Kontrollera id och arbetsyta; slå upp objekten via namn först om id:n är hårdkodade.',
    ],
  }),
  defineEntry({
    code: '1014',
    level: 'record',
    retry: 'fix-data',
    messages: ['Failed to create Object', 'Failed to create object'],
    en: [
      'Object not created',
      'Marketo could not create the object, for example a list.',
      'Check name uniqueness and the target folder; if the input looks right and it persists, contact Marketo support.',
    ],
    sv: [
      'Objektet kunde inte skapas',
      'Marketo kunde inte skapa objektet, till exempel en lista.',
      'Kontrollera att namnet är unikt och att målmappen stämmer; om indata ser rätt ut och felet består, ' +
        'kontakta Marketos support.',
    ],
  }),
  defineEntry({
    code: '1015',
    level: 'record',
    retry: 'fix-data',
    messages: ['Lead not in list'],
    en: [
      'Lead not in list',
      'The lead is not a member of the list, so it cannot be removed from it.',
      'Usually harmless on removal; treat it as already done. Check the list id if membership was expected.',
    ],
    sv: [
      'Leadet finns inte i listan',
      'Leadet är inte medlem i listan och kan därför inte tas bort ur den.',
      'Oftast ofarligt vid borttagning; betrakta det som redan gjort. Kontrollera list-id om medlemskap väntades.',
    ],
  }),
  defineEntry({
    code: '1016',
    level: 'record',
    retry: 'wait-for-queue',
    messages: ['Too many imports'],
    en: [
      'Import queue full',
      'Ten bulk imports are already queued for the instance, the maximum.',
      'Wait until queued imports finish (poll their status every 30-60 s) before submitting more; keep fewer than ' +
        '10 queued by submitting imports one after another from a single queue.',
    ],
    sv: [
      'Importkön är full',
      'Tio massimporter står redan i kö för instansen, vilket är maxgränsen.',
      'Vänta tills köade importer är klara (kontrollera deras status var 30–60:e sekund) innan fler skickas; håll ' +
        'färre än 10 i kö genom att skicka importer en i taget från en enda kö.',
    ],
  }),
  defineEntry({
    code: '1017',
    level: 'record',
    retry: 'fix-data',
    messages: ['Object already exists'],
    en: [
      'Object already exists',
      'The create failed because an object with the same key or name already exists.',
      'Update the existing object instead, or use a different name.',
    ],
    sv: [
      'Objektet finns redan',
      'Skapandet misslyckades eftersom ett objekt med samma nyckel eller namn redan finns.',
      'Uppdatera det befintliga objektet i stället, eller använd ett annat namn.',
    ],
  }),
  defineEntry({
    code: '1018',
    level: 'record',
    retry: 'fix-request',
    messages: ['CRM Enabled'],
    en: [
      'Blocked by CRM sync',
      'The instance syncs natively with a CRM (Salesforce or Dynamics), and the CRM owns these objects, so the ' +
        'API may not change them.',
      'Make the change in the CRM and let it sync to Marketo.',
    ],
    sv: [
      'Stoppat av CRM-synkningen',
      'Instansen synkar direkt med ett CRM-system (Salesforce eller Dynamics) som äger dessa objekt, så API:t får ' +
        'inte ändra dem.',
      'Gör ändringen i CRM-systemet och låt den synkas till Marketo.',
    ],
  }),
  defineEntry({
    code: '1019',
    level: 'record',
    retry: 'wait-for-queue',
    messages: ['Import in progress'],
    en: [
      'Import already running',
      'An import into the target list is still running.',
      'Wait for that import to finish, then send the next one.',
    ],
    sv: [
      'Import pågår redan',
      'En import till mållistan pågår fortfarande.',
      'Vänta tills den importen är klar och skicka sedan nästa.',
    ],
  }),
  defineEntry({
    code: '1020',
    level: 'record',
    retry: 'wait-for-quota-reset',
    messages: ['Too many clones to program'],
    en: [
      'Daily clone allowance used',
      "The instance has used up today's allowance of cloneToProgramName in Schedule Campaign.",
      'Wait for the daily reset, or reuse programs instead of cloning one per run.',
    ],
    sv: [
      'Dagens kvot för kloning är förbrukad',
      'Instansen har förbrukat dagens tilldelning av cloneToProgramName i Schedule Campaign.',
      'Vänta på den dagliga nollställningen, eller återanvänd program i stället för att klona ett per körning.',
    ],
  }),
  defineEntry({
    code: '1021',
    level: 'record',
    retry: 'fix-request',
    messages: ['Company update not allowed'],
    en: [
      'Company update not allowed',
      'Sync Leads may not change company fields in this instance (company data is managed separately).',
      'Remove company fields from Sync Leads and update them with Sync Companies.',
    ],
    sv: [
      'Uppdatering av företag är inte tillåten',
      'Sync Leads får inte ändra företagsfält i instansen (företagsdata hanteras separat).',
      'Ta bort företagsfälten från Sync Leads och uppdatera dem med Sync Companies.',
    ],
  }),
  defineEntry({
    code: '1022',
    level: 'record',
    retry: 'fix-data',
    messages: ['Object in use'],
    en: [
      'Object in use',
      'The object cannot be deleted while another object uses it.',
      'Remove the references first (the asset\'s "Used By" list in Marketo), then delete.',
    ],
    sv: [
      'Objektet används',
      'Objektet kan inte tas bort medan ett annat objekt använder det.',
      'Ta först bort referenserna (tillgångens lista "Used By" i Marketo) och ta sedan bort objektet.',
    ],
  }),
];
