import type { CatalogEntry } from '../types.js';
import { defineEntry } from './define.js';

/** Record-level codes 1001-1010: one record of a batch was skipped; the rest may have succeeded. */
export const RECORD_1000_ENTRIES: readonly CatalogEntry[] = [
  defineEntry({
    code: '1001',
    level: 'record',
    retry: 'fix-data',
    messages: ["Invalid value '%s'. Required of type '%s'", "Invalid value, %s. Required of type '%s'"],
    en: [
      'Value has the wrong type',
      "A value does not fit the field's type, for example text in an integer field or a malformed date in a date " +
        'field.',
      'Convert the value to the type named in the message before sending (integer, float, date, boolean, email). ' +
        'Check the field types with Describe Lead.',
    ],
    sv: [
      'Värdet har fel typ',
      'Ett värde passar inte fältets typ, till exempel text i ett heltalsfält eller ett felformaterat datum i ett ' +
        'datumfält.',
      'Konvertera värdet till typen som meddelandet nämner innan det skickas (heltal, flyttal, datum, boolesk, ' +
        'e-post). Kontrollera fälttyperna med Describe Lead.',
    ],
  }),
  defineEntry({
    code: '1002',
    level: 'record',
    retry: 'fix-request',
    messages: ["Missing value for required parameter '%s'", 'Missing value for required parameter %s'],
    en: [
      'Required parameter missing',
      'The request or a record in it lacks a parameter the endpoint requires.',
      'Add the named parameter. For records, make sure every item in input carries the lookup field or dedupe key.',
    ],
    sv: [
      'Obligatorisk parameter saknas',
      'Begäran eller en post i den saknar en parameter som slutpunkten kräver.',
      'Lägg till den namngivna parametern. För poster: se till att varje element i input har uppslagsfältet eller ' +
        'dubblettnyckeln.',
    ],
  }),
  defineEntry({
    code: '1003',
    level: 'record',
    retry: 'fix-data',
    messages: [
      'Invalid data',
      "Invalid value for field '%s'",
      'Total membership size %s exceeds the limit %s',
      'Total membership size exceeds the limit',
    ],
    en: [
      'Invalid data',
      'The submitted data is not valid for the endpoint or mode: an id sent with action createOnly, Request ' +
        'Campaign used on a batch campaign, a field value Marketo rejects, or a list that would pass its membership ' +
        'limit.',
      'Read the message: fix the field value it names, drop ids from createOnly calls, trigger only trigger ' +
        'campaigns with Request Campaign, or split members across lists.',
    ],
    sv: [
      'Ogiltiga data',
      'Inskickade data är inte giltiga för slutpunkten eller läget: ett id med action createOnly, Request ' +
        'Campaign mot en batchkampanj, ett fältvärde som Marketo avvisar eller en lista som skulle passera sin ' +
        'gräns för antal medlemmar.',
      'Läs meddelandet: rätta fältvärdet det nämner, ta bort id från createOnly-anrop, använd Request Campaign ' +
        'bara mot triggerkampanjer, eller fördela medlemmarna på flera listor.',
    ],
  }),
  defineEntry({
    code: '1004',
    level: 'record',
    retry: 'fix-data',
    messages: ['Lead not found'],
    en: [
      'Lead not found',
      'No lead matched: with Sync Leads action updateOnly the lookup value found nothing, or a list, program or ' +
        'other endpoint got a lead id that does not exist (deleted, or lost in a merge).',
      'For updateOnly, use createOrUpdate if the lead may be new, or check the lookup field and its value (case, ' +
        'whitespace). For list and program calls, send only ids that exist: refresh ids from Marketo instead of ' +
        'reusing old ones.',
    ],
    sv: [
      'Leadet hittades inte',
      'Inget lead matchade: med Sync Leads och action updateOnly gav uppslagsvärdet ingen träff, eller så fick en ' +
        'list-, program- eller annan slutpunkt ett lead-id som inte finns (borttaget, eller förlorat vid en ' +
        'sammanfogning).',
      'För updateOnly: använd createOrUpdate om leadet kan vara nytt, eller kontrollera uppslagsfältet och dess ' +
        'värde (skiftläge, blanksteg). För list- och programanrop: skicka bara id:n som finns, och hämta aktuella ' +
        'id:n från Marketo i stället för att återanvända gamla.',
    ],
  }),
  defineEntry({
    code: '1005',
    level: 'record',
    retry: 'fix-data',
    messages: ['Lead already exists'],
    en: [
      'Lead already exists',
      'With action createOnly, a lead with the same key already exists, so the record was skipped.',
      'Use createOrUpdate or updateOnly, or treat it as expected when re-running an import.',
    ],
    sv: [
      'Leadet finns redan',
      'Med action createOnly finns redan ett lead med samma nyckel, så posten hoppades över.',
      'Använd createOrUpdate eller updateOnly, eller betrakta det som väntat när en import körs om.',
    ],
  }),
  defineEntry({
    code: '1006',
    level: 'record',
    retry: 'fix-request',
    messages: ["Field '%s' not found"],
    en: [
      'Field not found',
      'A field in the call is not a field of the object: a display name instead of the REST API name, a typo, or ' +
        'a field that was deleted.',
      'Use the REST API names from Describe Lead (or Describe for the object), for example firstName, not "First ' +
        'Name".',
    ],
    sv: [
      'Fältet hittades inte',
      'Ett fält i anropet är inget fält på objektet: ett visningsnamn i stället för REST API-namnet, ett stavfel ' +
        'eller ett borttaget fält.',
      'Använd REST API-namnen från Describe Lead (eller Describe för objektet), till exempel firstName, inte ' +
        '"First Name".',
    ],
  }),
  defineEntry({
    code: '1007',
    level: 'record',
    retry: 'fix-data',
    messages: ['Multiple leads match the lookup criteria'],
    en: [
      'Several leads match',
      'The lookup key matched more than one lead, and an update needs exactly one.',
      'Update by id, or pick a lookup field that is unique in the instance; consider merging the duplicates.',
    ],
    sv: [
      'Flera leads matchar',
      'Uppslagsnyckeln matchade mer än ett lead, och en uppdatering kräver exakt ett.',
      'Uppdatera via id eller välj ett uppslagsfält som är unikt i instansen; överväg att sammanfoga dubbletterna.',
    ],
  }),
  defineEntry({
    code: '1008',
    level: 'record',
    retry: 'fix-permissions',
    messages: ["Access denied to partition '%s'", 'Access denied to partition %s'],
    en: [
      'No access to partition',
      'The API user has no role in a workspace that contains the lead partition where the record lives.',
      'Give the API user a role in the workspace that holds the partition, or send partitionName for a partition ' +
        'it can reach.',
    ],
    sv: [
      'Ingen åtkomst till partitionen',
      'API-användaren saknar roll i en arbetsyta som innehåller leadpartitionen där posten finns.',
      'Ge API-användaren en roll i arbetsytan som har partitionen, eller skicka partitionName för en partition ' +
        'den kommer åt.',
    ],
  }),
  defineEntry({
    code: '1009',
    level: 'record',
    retry: 'fix-request',
    messages: ['Partition name must be specified'],
    en: [
      'Partition name required',
      'The instance has several lead partitions and the call did not say which one to use.',
      'Add partitionName to the request.',
    ],
    sv: [
      'Partitionsnamn krävs',
      'Instansen har flera leadpartitioner och anropet angav inte vilken som ska användas.',
      'Lägg till partitionName i begäran.',
    ],
  }),
  defineEntry({
    code: '1010',
    level: 'record',
    retry: 'fix-data',
    messages: ['Partition update not allowed'],
    en: [
      'Partition change not allowed',
      'The record already exists in a different primary partition, and a sync cannot move it.',
      'Update it with its current partition, or move it between partitions in the Marketo UI.',
    ],
    sv: [
      'Byte av partition är inte tillåtet',
      'Posten finns redan i en annan primär partition, och en synkning kan inte flytta den.',
      'Uppdatera den med dess nuvarande partition, eller flytta den mellan partitioner i Marketos gränssnitt.',
    ],
  }),
];
