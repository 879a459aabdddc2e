import type { CatalogEntry } from '../types.js';
import { defineEntry } from './define.js';

/** HTTP status codes: failures Marketo signals with the status line rather than the JSON body. */
export const HTTP_ENTRIES: readonly CatalogEntry[] = [
  defineEntry({
    code: '401',
    level: 'http',
    retry: 'fix-request',
    countsAgainstQuota: false,
    messages: ['Bad client credentials', 'No client with requested id', 'Unauthorized'],
    en: [
      'Credentials or token refused',
      'The request was refused before Marketo handled it. From /identity/oauth/token this means no access token ' +
        'was issued: the client id or client secret is wrong, belongs to another instance, or the API-only user ' +
        'behind the LaunchPoint service was deleted or disabled. Marketo reports a missing, bad or expired token on ' +
        'its REST and bulk paths as 601 or 602 in an HTTP 200 answer, so a 401 on such a path usually comes from a ' +
        'gateway or proxy in front of Marketo.',
      'For the identity call, compare the client id and secret with Admin > LaunchPoint > View Details for the ' +
        'service, and check that the identity URL belongs to the same instance ' +
        '(https://<munchkin-id>.mktorest.com/identity). For another path (see the top endpoint), check the ' +
        'credentials the gateway or proxy expects. Retrying with the same credentials will keep failing.',
    ],
    sv: [
      'Inloggningsuppgifter eller token nekades',
      'Anropet nekades innan Marketo behandlade det. Från /identity/oauth/token betyder det att ingen ' +
        'åtkomsttoken utfärdades: klient-id eller klienthemlighet är fel, hör till en annan instans, eller så har ' +
        'tjänstens API-användare tagits bort eller inaktiverats. En token som saknas, är fel eller har gått ut ' +
        'anger Marketo på sina REST- och bulkvägar som 601 eller 602 i ett HTTP 200-svar, så en 401 på en sådan ' +
        'väg kommer oftast från en gateway eller proxy framför Marketo.',
      'För identitetsanropet: jämför klient-id och hemlighet med Admin > LaunchPoint > View Details för tjänsten ' +
        'och kontrollera att identitets-URL:en hör till samma instans (https://<munchkin-id>.mktorest.com/identity). ' +
        'För en annan väg (se den vanligaste slutpunkten): kontrollera uppgifterna som gatewayen eller proxyn ' +
        'kräver. Nya försök med samma uppgifter misslyckas på samma sätt.',
    ],
  }),
  defineEntry({
    code: '404',
    level: 'http',
    retry: 'wait-for-queue',
    source: 'facts',
    messages: ['Not Found'],
    en: [
      'Bulk extract file not ready',
      'The file endpoint of a bulk extract job (…/export/<exportId>/file.json) was called before the job reached ' +
        'Completed, so there is no file to hand out yet. The body is plain text, not JSON.',
      'Poll …/export/<exportId>/status.json until status is Completed (or Failed/Cancelled), and only then ' +
        'download the file. Poll every 30-60 seconds rather than in a tight loop: each poll is a counted call.',
    ],
    sv: [
      'Filen från massextraheringen är inte klar',
      'Filslutpunkten för ett massextraheringsjobb (…/export/<exportId>/file.json) anropades innan jobbet nått ' +
        'Completed, så det finns ingen fil att hämta ännu. Svarskroppen är ren text, inte JSON.',
      'Kontrollera …/export/<exportId>/status.json tills status är Completed (eller Failed/Cancelled) och ladda ' +
        'ner filen först då. Låt det gå 30–60 sekunder mellan kontrollerna i stället för att loopa tätt: varje ' +
        'statusanrop räknas mot kvoten.',
    ],
  }),
  defineEntry({
    code: '413',
    level: 'http',
    retry: 'fix-request',
    messages: ['Request Entity Too Large'],
    en: [
      'Request body too large',
      'The request body was larger than Marketo accepts: 1 MB for ordinary endpoints, 10 MB for Import Lead.',
      'Measure the serialised body before sending and split the batch when it would pass 1 MB; move the records ' +
        'that do not fit into the next request, and never send more than 300 records per call. Large text fields ' +
        'are the usual cause, not the record count.',
    ],
    sv: [
      'Begärans innehåll är för stort',
      'Begärans kropp var större än Marketo tar emot: 1 MB för vanliga slutpunkter, 10 MB för Import Lead.',
      'Mät den serialiserade kroppen innan anropet skickas och dela upp batchen när den skulle passera 1 MB; lägg ' +
        'posterna som inte får plats i nästa anrop, och skicka aldrig fler än 300 poster per anrop. Oftast är det ' +
        'stora textfält som orsakar felet, inte antalet poster.',
    ],
  }),
  defineEntry({
    code: '414',
    level: 'http',
    retry: 'fix-request',
    messages: ['Request-URI Too Long', 'Request URI Too Long'],
    en: [
      'Request URI too long',
      'The URL of a GET request was longer than 8 KB. It typically happens when many long filter values (GUIDs, ' +
        'email addresses) are put in filterValues.',
      'Send the same call as a POST with _method=GET in the URL, move the query string into a form-encoded body ' +
        '(Content-Type: application/x-www-form-urlencoded), and keep the access token out of the URL. Or split ' +
        'filterValues across several calls.',
    ],
    sv: [
      'Begärans URI är för lång',
      'URL:en i en GET-begäran var längre än 8 KB. Det händer oftast när många långa filtervärden (GUID:er, ' +
        'e-postadresser) läggs i filterValues.',
      'Skicka samma anrop som POST med _method=GET i URL:en och flytta frågesträngen till en formulärkodad kropp ' +
        '(Content-Type: application/x-www-form-urlencoded); håll åtkomsttoken utanför URL:en. Alternativt: dela upp ' +
        'filterValues på flera anrop.',
    ],
  }),
];
