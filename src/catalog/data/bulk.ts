import type { CatalogEntry, Lang } from '../types.js';
import { defineEntry } from './define.js';

/**
 * A reason text Marketo writes in the last column of a bulk import's failure
 * or warning file. Reasons are text, not codes: where one means what a
 * documented code means, it is reported under that code and `why` says so;
 * otherwise under an entry of its own (BULK_ENTRIES).
 */
export interface BulkReason {
  /** Reason templates as Marketo writes them; '%s' marks a captured value. */
  templates: readonly string[];
  /** The code the reason is reported under: a documented code, or one of BULK_ENTRIES. */
  code: string;
  /** Which captured value names the field the reason is about, if any. */
  fieldParam?: number;
  /** Why the reason is reported under a documented code; absent for entries of our own. */
  why?: Readonly<Record<Lang, string>>;
}

export const BULK_REASONS: readonly BulkReason[] = [
  {
    templates: ['Invalid data type in field %s'],
    code: '1001',
    fieldParam: 0,
    why: {
      en:
        'The value does not fit the type of the field it is imported into; a REST sync rejects the same value as ' +
        '1001.',
      sv: 'Värdet passar inte typen på fältet det importeras till; en REST-synk avvisar samma värde med 1001.',
    },
  },
  {
    templates: ['Invalid email address', 'Invalid email address %s'],
    code: '1001',
    why: {
      en: 'Email is a field type of its own; a REST sync rejects a malformed address as 1001 of type email.',
      sv: 'E-post är en egen fälttyp; en REST-synk avvisar en felformad adress med 1001 av typen email.',
    },
  },
  {
    templates: ["Value for lookup field '%s' not found", 'Value for lookup field %s not found'],
    code: '1002',
    fieldParam: 0,
    why: {
      en:
        "Every row needs a value in the job's lookupField column, as every record of a REST sync needs its lookup " +
        'field (1002).',
      sv:
        'Varje rad behöver ett värde i jobbets lookupField-kolumn, liksom varje post i en REST-synk behöver sitt ' +
        'uppslagsfält (1002).',
    },
  },
  {
    templates: ["Field '%s' not found", 'Unknown field %s'],
    code: '1006',
    fieldParam: 0,
    why: {
      en: 'A column names a field the object does not have, which REST calls report as 1006.',
      sv: 'En kolumn namnger ett fält som objektet saknar, vilket REST-anrop rapporterar som 1006.',
    },
  },
  { templates: ['missing.dedupe.fields'], code: 'bulk.missing-dedupe-fields' },
];

/** Codes of our own for reasons no documented code fits; found by findEntry like documented ones. */
export const BULK_ENTRIES: readonly CatalogEntry[] = [
  defineEntry({
    code: 'bulk.missing-dedupe-fields',
    level: 'record',
    retry: 'fix-data',
    source: 'facts',
    messages: ['missing.dedupe.fields'],
    en: [
      'Row lacks the dedupe fields',
      'Marketo could not tell which record the row belongs to: the columns it deduplicates on (email for leads, ' +
        'unless the job named another lookupField; the dedupe fields of a custom object) are missing or empty in ' +
        'this row.',
      'Fill the dedupe column in every row, or drop rows without it. Check that the header names the dedupe field ' +
        'by its REST API name (email, not "Email Address").',
    ],
    sv: [
      'Raden saknar dubblettfälten',
      'Marketo kunde inte avgöra vilken post raden hör till: kolumnerna som Marketo letar dubbletter med (email ' +
        'för leads, om jobbet inte angav ett annat lookupField; ett anpassat objekts dubblettfält) saknas eller är ' +
        'tomma på raden.',
      'Fyll i dubblettkolumnen på varje rad eller ta bort rader utan den. Kontrollera att rubriken anger ' +
        'dubblettfältet med dess REST API-namn (email, inte "Email Address").',
    ],
  }),
  defineEntry({
    code: 'bulk.unlisted',
    level: 'record',
    retry: 'fix-data',
    source: 'facts',
    messages: ['%s'],
    en: [
      'Reason not in the catalog',
      'Marketo gave a reason this tool does not know yet; the reason texts are listed under messages, grouped by text.',
      'Read the reasons, correct the named rows in the import file, and import only those rows again.',
    ],
    sv: [
      'Orsaken finns inte i katalogen',
      'Marketo angav en orsak som verktyget ännu inte känner till; orsakstexterna står under meddelanden, ' +
        'grupperade efter text.',
      'Läs orsakerna, rätta de angivna raderna i importfilen och importera bara de raderna igen.',
    ],
  }),
];
