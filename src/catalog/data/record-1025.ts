import type { CatalogEntry } from '../types.js';
import { defineEntry } from './define.js';

/** Record-level codes 1025-1079 (some, like 1029 and 1035, also arrive at response level). */
export const RECORD_1025_ENTRIES: readonly CatalogEntry[] = [
  defineEntry({
    code: '1025',
    level: 'record',
    retry: 'fix-data',
    messages: ['Program status not found'],
    en: [
      'Program status not found',
      "Change Lead Program Status got a status that the program's channel does not have.",
      'Use one of the channel\'s progression statuses, spelled exactly (for example "Registered", "Attended").',
    ],
    sv: [
      'Programstatusen hittades inte',
      'Change Lead Program Status fick en status som programmets kanal inte har.',
      'Använd en av kanalens progressionsstatusar, stavad exakt (till exempel "Registered", "Attended").',
    ],
  }),
  defineEntry({
    code: '1026',
    level: 'record',
    retry: 'contact-support',
    messages: ['Custom object not enabled'],
    en: [
      'Custom objects not enabled',
      'The instance does not have custom objects switched on.',
      'Ask Marketo (support or account team) to enable custom objects for the instance.',
    ],
    sv: [
      'Anpassade objekt är inte aktiverade',
      'Instansen har inte anpassade objekt påslagna.',
      'Be Marketo (supporten eller kontoteamet) att aktivera anpassade objekt för instansen.',
    ],
  }),
  defineEntry({
    code: '1027',
    level: 'record',
    retry: 'contact-support',
    messages: ['Max activity type limit reached'],
    en: [
      'Custom activity type limit reached',
      'The instance already has the maximum number of custom activity types.',
      'Delete unused custom activity types, or ask Marketo whether the limit can be raised.',
    ],
    sv: [
      'Gränsen för anpassade aktivitetstyper är nådd',
      'Instansen har redan det högsta tillåtna antalet anpassade aktivitetstyper.',
      'Ta bort oanvända anpassade aktivitetstyper, eller fråga Marketo om gränsen kan höjas.',
    ],
  }),
  defineEntry({
    code: '1028',
    level: 'record',
    retry: 'fix-request',
    messages: ['Max field limit reached'],
    en: [
      'Attribute limit reached',
      'A custom activity type can have at most 20 secondary attributes, and this call would pass that.',
      'Drop or combine attributes so the type stays at 20 or fewer.',
    ],
    sv: [
      'Gränsen för attribut är nådd',
      'En anpassad aktivitetstyp får ha högst 20 sekundära attribut, och anropet skulle passera det.',
      'Ta bort eller slå ihop attribut så att typen har högst 20.',
    ],
  }),
  defineEntry({
    code: '1029',
    level: 'record',
    retry: 'wait-for-queue',
    messages: [
      'Too many jobs in queue',
      'Too many jobs (%s) in queue',
      'Export daily quota exceeded',
      'Export daily quota %s exceeded',
      'Job already queued',
      'The export id has already been queued',
    ],
    en: [
      'Bulk extract queue full or export quota used',
      "Either ten bulk extract jobs are already queued for the instance, or today's export allowance (500 MB by " +
        'default) is used up. "Job already queued" means the same export was enqueued twice.',
      'Queue full: wait until running jobs complete before enqueuing more (2 run at once, 10 may queue). Export ' +
        'quota: stop creating jobs until midnight US Central, when it resets; retrying earlier only burns calls. ' +
        'Already queued: poll the existing job instead of enqueuing it again.',
    ],
    sv: [
      'Kön för massextrahering är full eller exportkvoten är slut',
      'Antingen står redan tio massextraheringsjobb i kö för instansen, eller så är dagens exportutrymme (500 MB ' +
        'som standard) förbrukat. "Job already queued" betyder att samma export köades två gånger.',
      'Full kö: vänta tills pågående jobb är klara innan fler köas (2 körs samtidigt, 10 får stå i kö). ' +
        'Exportkvot: skapa inga nya jobb förrän vid midnatt US Central, då den nollställs; tidigare försök bränner ' +
        'bara anrop. Redan köad: följ det befintliga jobbets status i stället för att köa det igen.',
    ],
  }),
  defineEntry({
    code: '1035',
    level: 'record',
    retry: 'fix-request',
    messages: ['Unsupported filter type', 'Unsupported filter type for target subscription'],
    en: [
      'Filter type not supported',
      'The bulk lead extract filter is not available in this instance; updatedAt, smartListId and smartListName ' +
        'are not enabled everywhere.',
      'Filter on createdAt or staticListId instead, or ask Marketo to enable the filter.',
    ],
    sv: [
      'Filtertypen stöds inte',
      'Filtret för massextrahering av leads finns inte i instansen; updatedAt, smartListId och smartListName är ' +
        'inte aktiverade överallt.',
      'Filtrera på createdAt eller staticListId i stället, eller be Marketo aktivera filtret.',
    ],
  }),
  defineEntry({
    code: '1036',
    level: 'record',
    retry: 'fix-data',
    messages: ['Duplicate object found in input'],
    en: [
      'Duplicate in input',
      'Two or more records in the same call share a dedupe key, for example the same externalCompanyId in Sync ' +
        'Companies.',
      'Deduplicate the batch on its key before sending; merge the duplicates into one record.',
    ],
    sv: [
      'Dubblett i indata',
      'Två eller fler poster i samma anrop har samma dubblettnyckel, till exempel samma externalCompanyId i Sync ' +
        'Companies.',
      'Rensa bort dubbletter på nyckeln i batchen innan den skickas; slå ihop dem till en post.',
    ],
  }),
  defineEntry({
    code: '1037',
    level: 'record',
    retry: 'fix-data',
    messages: ['Lead was skipped', 'Lead skipped'],
    en: [
      'Lead skipped',
      'The lead already has this program status or one further along, so it was left as it was.',
      'Usually expected; nothing to fix unless the status should move backwards, which the API does not do.',
    ],
    sv: [
      'Leadet hoppades över',
      'Leadet har redan denna programstatus eller en som ligger längre fram, så det lämnades orört.',
      'Oftast väntat; inget att rätta om inte statusen ska flyttas bakåt, vilket API:t inte gör.',
    ],
  }),
  defineEntry({
    code: '1042',
    level: 'record',
    retry: 'fix-request',
    messages: ['Invalid runAt date'],
    en: [
      'Invalid runAt date',
      'Schedule Campaign got a runAt more than 2 years ahead (or otherwise unusable).',
      'Send a runAt within the next 2 years, as ISO 8601 with an offset.',
    ],
    sv: [
      'Ogiltigt runAt-datum',
      'Schedule Campaign fick ett runAt som ligger mer än 2 år fram i tiden (eller på annat sätt inte går att ' +
        'använda).',
      'Skicka ett runAt inom de närmaste 2 åren, som ISO 8601 med tidszon.',
    ],
  }),
  defineEntry({
    code: '1048',
    level: 'record',
    retry: 'fix-request',
    messages: ['Custom object discard draft failed'],
    en: [
      'Discarding custom object draft failed',
      'A call tried to discard the draft version of a custom object, and the discard failed, typically because ' +
        'there is no draft.',
      'Check that the custom object has a draft (it has unapproved changes) before discarding it.',
    ],
    sv: [
      'Utkastet för anpassat objekt kunde inte kasseras',
      'Ett anrop försökte kassera utkastversionen av ett anpassat objekt, men det misslyckades, oftast för att ' +
        'inget utkast finns.',
      'Kontrollera att det anpassade objektet har ett utkast (ändringar som inte godkänts) innan det kasseras.',
    ],
  }),
  defineEntry({
    code: '1049',
    level: 'record',
    retry: 'fix-data',
    messages: ['Failed to create activity', 'Attribute array is too long'],
    en: [
      'Activity not created',
      'The attributes sent with the custom activity were longer than the 65,536-byte maximum.',
      'Shorten the attribute values, or store large content elsewhere and send a reference.',
    ],
    sv: [
      'Aktiviteten kunde inte skapas',
      'Attributen som skickades med den anpassade aktiviteten var längre än maxgränsen på 65 536 byte.',
      'Korta ner attributvärdena, eller lagra stort innehåll på annat håll och skicka en referens.',
    ],
  }),
  defineEntry({
    code: '1076',
    level: 'record',
    retry: 'fix-data',
    messages: ['Merge Leads call with mergeInCRM flag is %s', 'The Merge Leads call with mergeInCRM flag is %s'],
    en: [
      'Merge would create a CRM duplicate',
      'Merge Leads with mergeInCRM set failed in the CRM because the merge would create a duplicate record there; ' +
        "this is the CRM's error passed on by Marketo.",
      'Merge into the existing CRM record instead (choose it as the winner), or merge without mergeInCRM.',
    ],
    sv: [
      'Sammanfogningen skulle skapa en dubblett i CRM',
      'Merge Leads med mergeInCRM misslyckades i CRM-systemet eftersom sammanfogningen skulle skapa en ' +
        'dubblettpost där; felet kommer från CRM-systemet via Marketo.',
      'Sammanfoga till den befintliga CRM-posten i stället (välj den som vinnare), eller sammanfoga utan mergeInCRM.',
    ],
  }),
  defineEntry({
    code: '1077',
    level: 'record',
    retry: 'fix-data',
    messages: ["Merge Leads call failed due to '%s' length", 'Merge Leads call failed due to %s length'],
    en: [
      'Merge failed on CRM field length',
      'Merge Leads with mergeInCRM=true failed because a Salesforce field value is longer than the field allows.',
      'Shorten the value of the named Salesforce field, or merge with mergeInCRM=false.',
    ],
    sv: [
      'Sammanfogningen stoppades av fältlängd i CRM',
      'Merge Leads med mergeInCRM=true misslyckades eftersom ett fältvärde i Salesforce är längre än fältet tillåter.',
      'Korta ner värdet i det namngivna Salesforce-fältet, eller sammanfoga med mergeInCRM=false.',
    ],
  }),
  defineEntry({
    code: '1078',
    level: 'record',
    retry: 'fix-data',
    messages: [
      "Merge Leads call failed due to deleted entity, not a lead/contact, or field filter criteria doesn't match",
    ],
    en: [
      'Merge failed in the CRM',
      'The merge could not be done in the natively synced CRM: one record was deleted there, is not a lead or ' +
        'contact, or does not meet the sync filter.',
      'Check each record in the CRM; merge without mergeInCRM when the CRM record no longer exists.',
    ],
    sv: [
      'Sammanfogningen misslyckades i CRM',
      'Sammanfogningen kunde inte göras i det direktsynkade CRM-systemet: en post har tagits bort där, är inte ' +
        'ett lead eller en kontakt, eller uppfyller inte synkfiltret.',
      'Kontrollera varje post i CRM-systemet; sammanfoga utan mergeInCRM när CRM-posten inte längre finns.',
    ],
  }),
  defineEntry({
    code: '1079',
    level: 'record',
    retry: 'fix-data',
    source: 'facts',
    messages: ['Merge Leads call failed due to personalized URL conflict', 'Personalized URL conflict'],
    en: [
      'Merge failed on personalized URL',
      'Merge Leads failed because the leads carry conflicting personalized URLs (PURLs).',
      'Clear or align the personalized URL on the losing leads, then merge again.',
    ],
    sv: [
      'Sammanfogningen stoppades av personlig URL',
      'Merge Leads misslyckades eftersom leadsen har personliga URL:er (PURL) som krockar.',
      'Töm eller samordna den personliga URL:en på de förlorande leadsen och sammanfoga sedan igen.',
    ],
  }),
];
