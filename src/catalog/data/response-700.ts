import type { CatalogEntry } from '../types.js';
import { defineEntry } from './define.js';

/** Response-level codes 701-719: the call was understood but its parameters or the data did not allow it. */
export const RESPONSE_700_ENTRIES: readonly CatalogEntry[] = [
  defineEntry({
    code: '701',
    level: 'response',
    retry: 'fix-request',
    messages: ['%s cannot be blank'],
    en: [
      'Required value blank',
      'A parameter or field named in the message was sent empty, but the endpoint requires a value.',
      'Fill in the named parameter. Check that optional-looking client arguments are not sent as empty strings.',
    ],
    sv: [
      'Obligatoriskt värde är tomt',
      'En parameter eller ett fält som nämns i meddelandet skickades tomt, men slutpunkten kräver ett värde.',
      'Fyll i den namngivna parametern. Kontrollera att klienten inte skickar valfria argument som tomma strängar.',
    ],
  }),
  defineEntry({
    code: '702',
    level: 'response',
    retry: 'fix-request',
    messages: ['No data found for given search scenario'],
    en: [
      'No data found',
      'Nothing matched the search parameters. Many searches instead answer success with an empty result and a ' +
        'warning, so this is often not a real failure.',
      'Treat it as an empty result in the client. If data was expected, check filter values, date ranges and the ' +
        'workspace/partition the API user can see.',
    ],
    sv: [
      'Inga data hittades',
      'Ingenting matchade sökparametrarna. Många sökningar svarar i stället med success och ett tomt resultat ' +
        'plus en varning, så det är ofta inget verkligt fel.',
      'Behandla det som ett tomt resultat i klienten. Om data borde ha funnits: kontrollera filtervärden, ' +
        'datumintervall och vilken arbetsyta/partition API-användaren ser.',
    ],
  }),
  defineEntry({
    code: '703',
    level: 'response',
    retry: 'contact-support',
    messages: ['The feature is not enabled for the subscription'],
    en: [
      'Feature not enabled',
      'The endpoint belongs to a feature (often a beta) that is not switched on for this instance.',
      'Ask Marketo support or the account team to enable the feature, or avoid the endpoint.',
    ],
    sv: [
      'Funktionen är inte aktiverad',
      'Slutpunkten hör till en funktion (ofta en beta) som inte är påslagen för instansen.',
      'Be Marketos support eller kontoteam att aktivera funktionen, eller undvik slutpunkten.',
    ],
  }),
  defineEntry({
    code: '704',
    level: 'response',
    retry: 'fix-request',
    messages: ['Invalid date format'],
    en: [
      'Invalid date or id',
      'A date parameter was not in a format Marketo accepts, or an invalid dynamic content id was given.',
      'Send dates as ISO 8601 with an offset (2024-05-01T00:00:00Z or 2024-05-01T00:00:00-05:00) and URL-encode ' +
        'the + sign. Check dynamic content ids against the asset.',
    ],
    sv: [
      'Ogiltigt datum eller id',
      'En datumparameter hade ett format som Marketo inte godtar, eller så angavs ett ogiltigt id för dynamiskt ' +
        'innehåll.',
      'Skicka datum som ISO 8601 med tidszon (2024-05-01T00:00:00Z eller 2024-05-01T00:00:00-05:00) och URL-koda ' +
        'plustecknet. Kontrollera id:n för dynamiskt innehåll mot tillgången.',
    ],
  }),
  defineEntry({
    code: '709',
    level: 'response',
    retry: 'fix-request',
    messages: ['Business Rule Violation', 'Business rule violation: %s'],
    en: [
      'Business rule violation',
      'The call breaks a rule for creating or changing an asset: an email without a template, approving an asset ' +
        'that has no draft, cloning a program with asset types that cannot be cloned, reading a landing page with ' +
        'social content.',
      'Read the detail in the message and change the request; the same call will keep failing. For approve, check ' +
        'that a draft exists first.',
    ],
    sv: [
      'Brott mot affärsregel',
      'Anropet bryter mot en regel för att skapa eller ändra en tillgång: ett e-postmeddelande utan mall, ' +
        'godkännande av en tillgång som saknar utkast, kloning av ett program med tillgångstyper som inte kan ' +
        'klonas, läsning av en landningssida med socialt innehåll.',
      'Läs detaljen i meddelandet och ändra begäran; samma anrop fortsätter att misslyckas. Vid godkännande: ' +
        'kontrollera först att det finns ett utkast.',
    ],
  }),
  defineEntry({
    code: '710',
    level: 'response',
    retry: 'fix-request',
    messages: ['Parent Folder Not Found'],
    en: [
      'Parent folder not found',
      'The folder given as parent does not exist, or the API user cannot see it.',
      'Look the folder up by name or id first and pass its id together with type (Folder or Program) in the ' +
        'folder parameter.',
    ],
    sv: [
      'Överordnad mapp hittades inte',
      'Mappen som angavs som överordnad mapp finns inte, eller så ser API-användaren den inte.',
      'Slå först upp mappen via namn eller id och skicka dess id tillsammans med type (Folder eller Program) i ' +
        'parametern folder.',
    ],
  }),
  defineEntry({
    code: '711',
    level: 'response',
    retry: 'fix-request',
    messages: ['Incompatible Folder Type'],
    en: [
      'Incompatible folder type',
      'The folder exists but cannot hold this kind of asset, for example an email placed in a landing page folder ' +
        'or a program in a program.',
      'Choose a folder in the right tree (Marketing Activities, Design Studio section) for the asset type.',
    ],
    sv: [
      'Mapptypen passar inte',
      'Mappen finns men kan inte innehålla den här sortens tillgång, till exempel ett e-postmeddelande i en mapp ' +
        'för landningssidor eller ett program i ett program.',
      'Välj en mapp i rätt träd (Marketing Activities, rätt avdelning i Design Studio) för tillgångstypen.',
    ],
  }),
  defineEntry({
    code: '712',
    level: 'response',
    retry: 'fix-data',
    messages: ['Merge to person Account operation is invalid'],
    en: [
      'Cannot merge person accounts',
      'Merge Leads was asked to merge records that are Salesforce person accounts, which Marketo cannot merge.',
      'Merge those records in Salesforce; the result syncs back to Marketo. Exclude person accounts from API merges.',
    ],
    sv: [
      'Personkonton kan inte sammanfogas',
      'Merge Leads ombads sammanfoga poster som är personkonton i Salesforce, vilket Marketo inte kan.',
      'Sammanfoga posterna i Salesforce; resultatet synkas tillbaka till Marketo. Undanta personkonton från ' +
        'sammanfogningar via API.',
    ],
  }),
  defineEntry({
    code: '713',
    level: 'response',
    retry: 'backoff-retry',
    messages: ['Transient Error'],
    en: [
      'Transient error',
      'A system resource was briefly unavailable when the call arrived.',
      'Wait a moment and retry with exponential backoff, a few times.',
    ],
    sv: [
      'Tillfälligt fel',
      'En systemresurs var tillfälligt otillgänglig när anropet kom in.',
      'Vänta en stund och försök igen med exponentiell backoff, några gånger.',
    ],
  }),
  defineEntry({
    code: '714',
    level: 'response',
    retry: 'contact-support',
    messages: ['Unable to find the default record type'],
    en: [
      'Default record type not found',
      'Merge Leads failed because no default record type could be found in the connected CRM.',
      "Have the CRM admin set a default record type for the sync user's profile; contact Marketo support if one " +
        'is set.',
    ],
    sv: [
      'Standardposttypen hittades inte',
      'Merge Leads misslyckades eftersom ingen standardposttyp hittades i det anslutna CRM-systemet.',
      'Be CRM-administratören ange en standardposttyp för synkanvändarens profil; kontakta Marketos support om en ' +
        'redan är angiven.',
    ],
  }),
  defineEntry({
    code: '718',
    level: 'response',
    retry: 'fix-data',
    messages: ['ExternalSalesPersonID not found'],
    en: [
      'Sales person not found',
      'Sync Opportunities referred to an externalSalesPersonId that does not exist in Marketo.',
      'Create or sync the sales person first (Sync Sales Persons), then sync the opportunity.',
    ],
    sv: [
      'Säljaren hittades inte',
      'Sync Opportunities hänvisade till ett externalSalesPersonId som inte finns i Marketo.',
      'Skapa eller synka säljaren först (Sync Sales Persons) och synka sedan affärsmöjligheten.',
    ],
  }),
  defineEntry({
    code: '719',
    level: 'response',
    retry: 'backoff-retry',
    messages: ['Lock wait timeout exception'],
    en: [
      'Lock wait timeout',
      'Clone Program timed out while waiting for a lock, usually because another operation was changing the same ' +
        'program or folder.',
      'Retry after a short backoff, and avoid cloning into the same folder from several workers at once.',
    ],
    sv: [
      'Timeout i väntan på lås',
      'Clone Program fick timeout i väntan på ett lås, oftast för att en annan åtgärd ändrade samma program eller ' +
        'mapp.',
      'Försök igen efter en kort backoff och undvik att klona till samma mapp från flera arbetare samtidigt.',
    ],
  }),
];
