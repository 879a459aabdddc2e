import type { CatalogEntry } from '../types.js';
import { defineEntry } from './define.js';

/** Response-level codes 608-616: the whole call failed and nothing was executed. */
export const RESPONSE_608_ENTRIES: readonly CatalogEntry[] = [
  defineEntry({
    code: '608',
    level: 'response',
    retry: 'backoff-retry',
    countsAgainstQuota: false,
    messages: ['API Temporarily Unavailable'],
    en: [
      'API temporarily unavailable',
      'The REST API of the instance is briefly out of service, for example during maintenance.',
      "Retry with exponential backoff over a few minutes. Check Marketo's status page if it lasts.",
    ],
    sv: [
      'API:t är tillfälligt otillgängligt',
      'Instansens REST-API är ur drift en kort stund, till exempel under underhåll.',
      'Försök igen med exponentiell backoff under några minuter. Titta på Marketos statussida om det håller i sig.',
    ],
  }),
  defineEntry({
    code: '609',
    level: 'response',
    retry: 'fix-request',
    messages: ['Invalid JSON'],
    en: [
      'Invalid JSON',
      'The request body could not be parsed as JSON.',
      'Serialise the body with a JSON library rather than string concatenation, and check escaping of quotes and ' +
        'control characters in field values.',
    ],
    sv: [
      'Ogiltig JSON',
      'Begärans kropp gick inte att tolka som JSON.',
      'Serialisera kroppen med ett JSON-bibliotek i stället för att sätta ihop strängar, och kontrollera hur ' +
        'citattecken och styrtecken i fältvärden escapas.',
    ],
  }),
  defineEntry({
    code: '610',
    level: 'response',
    retry: 'fix-request',
    messages: ['Requested resource not found'],
    en: [
      'Resource not found',
      'The URL path does not match any REST resource, usually a typo, a missing /rest/v1 or /rest/asset/v1 ' +
        'prefix, or a missing .json suffix.',
      'Compare the path with the endpoint reference, character by character, including version and .json.',
    ],
    sv: [
      'Resursen hittades inte',
      'URL-sökvägen motsvarar ingen REST-resurs; oftast ett stavfel, ett saknat prefix /rest/v1 eller ' +
        '/rest/asset/v1, eller ett saknat .json på slutet.',
      'Jämför sökvägen med slutpunktens referens tecken för tecken, inklusive version och .json.',
    ],
  }),
  defineEntry({
    code: '611',
    level: 'response',
    retry: 'backoff-retry',
    countsAgainstQuota: false,
    messages: ['System error'],
    en: [
      'System error',
      'An unhandled exception inside Marketo. It may be transient, or caused by an unusual input Marketo does not ' +
        'handle.',
      'Retry with exponential backoff a few times. If the same request always fails, keep the requestId and body ' +
        'and contact Marketo support.',
    ],
    sv: [
      'Systemfel',
      'Ett ohanterat undantag inne i Marketo. Det kan vara tillfälligt eller bero på indata som Marketo inte hanterar.',
      'Försök igen med exponentiell backoff några gånger. Om samma begäran alltid misslyckas: spara requestId och ' +
        'kropp och kontakta Marketos support.',
    ],
  }),
  defineEntry({
    code: '612',
    level: 'response',
    retry: 'fix-request',
    messages: ['Invalid Content Type'],
    en: [
      'Invalid content type',
      'The request had a body but no Content-Type header, or one Marketo does not accept for this endpoint.',
      'Send Content-Type: application/json with JSON bodies (multipart/form-data for file uploads, ' +
        'application/x-www-form-urlencoded for POST with _method=GET).',
    ],
    sv: [
      'Ogiltig innehållstyp',
      'Begäran hade en kropp men inget Content-Type-huvud, eller ett som Marketo inte tar emot för slutpunkten.',
      'Skicka Content-Type: application/json med JSON-kroppar (multipart/form-data för filuppladdning, ' +
        'application/x-www-form-urlencoded för POST med _method=GET).',
    ],
  }),
  defineEntry({
    code: '613',
    level: 'response',
    retry: 'fix-request',
    messages: ['Invalid Multipart Request'],
    en: [
      'Invalid multipart request',
      'The multipart body of a POST (typically a file import) is malformed: wrong boundary, missing file part, or ' +
        'wrong part names.',
      'Let the HTTP library build the multipart body; do not set the boundary by hand. Check the part names the ' +
        'import endpoint expects (file, format).',
    ],
    sv: [
      'Ogiltig multipart-begäran',
      'Multipart-kroppen i en POST (oftast en filimport) är felaktigt uppbyggd: fel boundary, saknad fildel eller ' +
        'fel namn på delarna.',
      'Låt HTTP-biblioteket bygga multipart-kroppen; sätt inte boundary för hand. Kontrollera vilka delnamn ' +
        'importslutpunkten väntar sig (file, format).',
    ],
  }),
  defineEntry({
    code: '614',
    level: 'response',
    retry: 'backoff-retry',
    messages: ['Invalid Subscription'],
    en: [
      'Subscription not reachable',
      'The target instance (subscription) could not be found or reached. Usually temporary; persistently it means ' +
        'a wrong Munchkin id in the base URL.',
      'Retry with backoff. If it persists, check the base URL against Admin > Web Services > REST API endpoint, ' +
        'and contact support if that is right.',
    ],
    sv: [
      'Prenumerationen går inte att nå',
      'Målinstansen (prenumerationen) kunde inte hittas eller nås. Oftast tillfälligt; om det består är ' +
        'Munchkin-id:t i bas-URL:en fel.',
      'Försök igen med backoff. Om det består: jämför bas-URL:en med Admin > Web Services > REST API-slutpunkten, ' +
        'och kontakta supporten om den stämmer.',
    ],
  }),
  defineEntry({
    code: '615',
    level: 'response',
    retry: 'reduce-concurrency',
    messages: ["Concurrent access limit '%s' reached", 'Concurrent access limit reached'],
    en: [
      'Concurrency limit reached',
      'The instance already had 10 calls in flight when this one arrived. The limit counts every integration on ' +
        'the instance together.',
      "Lower the client's parallelism (start at 5 in-flight calls), then retry after a short wait of 1-2 s. A " +
        'shared semaphore across workers prevents it better than retries.',
    ],
    sv: [
      'Gränsen för samtidiga anrop är nådd',
      'Instansen hade redan 10 pågående anrop när detta kom in. Gränsen gäller alla integrationer på instansen ' +
        'tillsammans.',
      'Sänk klientens parallellitet (börja med 5 samtidiga anrop) och försök igen efter en kort paus på 1–2 s. En ' +
        'gemensam semafor för alla arbetare förebygger felet bättre än nya försök.',
    ],
  }),
  defineEntry({
    code: '616',
    level: 'response',
    retry: 'contact-support',
    messages: ['Invalid subscription type'],
    en: [
      'Subscription type lacks this API',
      "The instance's subscription type does not include this API, for example custom object metadata.",
      'Only Marketo can change the entitlement: raise it with the Customer Success Manager. No client change fixes it.',
    ],
    sv: [
      'Prenumerationstypen omfattar inte API:t',
      'Instansens prenumerationstyp omfattar inte detta API, till exempel metadata för anpassade objekt.',
      'Bara Marketo kan ändra det: ta upp det med er Customer Success Manager. Ingen ändring i klienten löser det.',
    ],
  }),
];
