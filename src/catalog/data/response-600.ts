import type { CatalogEntry } from '../types.js';
import { defineEntry } from './define.js';

/** Response-level codes 500, 502 and 600-607: the whole call failed and nothing was executed. */
export const RESPONSE_600_ENTRIES: readonly CatalogEntry[] = [
  defineEntry({
    code: '500',
    level: 'response',
    retry: 'backoff-retry',
    source: 'facts',
    messages: ['Internal Server Error', 'Internal server error'],
    en: [
      'Internal server error',
      "Marketo failed while handling the call. The fault is on Marketo's side, not in the request.",
      'Retry with exponential backoff (for example 2, 4, 8 s), at most 3-5 times. If the same request keeps ' +
        'failing, log requestId, request and response and open a support case.',
    ],
    sv: [
      'Internt serverfel',
      'Marketo fick ett fel medan anropet behandlades. Felet ligger hos Marketo, inte i begäran.',
      'Försök igen med exponentiell backoff (till exempel 2, 4, 8 s), högst 3-5 gånger. Om samma begäran ' +
        'fortsätter att misslyckas: logga requestId, begäran och svar och öppna ett supportärende.',
    ],
  }),
  defineEntry({
    code: '502',
    level: 'response',
    retry: 'backoff-retry',
    messages: ['Bad Gateway'],
    en: [
      'Bad gateway',
      "A server behind Marketo's gateway returned an error, most often because it timed out.",
      'Retry with exponential backoff, a few times. If it recurs on the same endpoint, make the call lighter ' +
        '(smaller batch, fewer fields) so it finishes sooner.',
    ],
    sv: [
      'Felaktig gateway',
      'En server bakom Marketos gateway svarade med ett fel, oftast för att den fick timeout.',
      'Försök igen med exponentiell backoff, några gånger. Om det upprepas på samma slutpunkt: gör anropet ' +
        'lättare (mindre batch, färre fält) så att det hinner bli klart.',
    ],
  }),
  defineEntry({
    code: '600',
    level: 'response',
    retry: 'fix-request',
    source: 'facts',
    countsAgainstQuota: false,
    messages: ['Empty access token', 'Access token not specified'],
    en: [
      'Access token missing',
      'The call carried no access token at all: neither an Authorization: Bearer header nor an access_token ' +
        'parameter. It also shows up when the identity call is sent to /rest/identity/… instead of /identity/….',
      'Send the token in an Authorization: Bearer <token> header on every REST call (the access_token query ' +
        'parameter is being retired). Call the identity endpoint without the /rest prefix.',
    ],
    sv: [
      'Åtkomsttoken saknas',
      'Anropet hade ingen åtkomsttoken alls: varken ett Authorization: Bearer-huvud eller en ' +
        'access_token-parameter. Felet syns också när identitetsanropet skickas till /rest/identity/… i stället för ' +
        '/identity/….',
      'Skicka token i huvudet Authorization: Bearer <token> i varje REST-anrop (frågeparametern access_token ' +
        'håller på att fasas ut). Anropa identitetsslutpunkten utan prefixet /rest.',
    ],
  }),
  defineEntry({
    code: '601',
    level: 'response',
    retry: 'reauthenticate-then-retry',
    countsAgainstQuota: false,
    messages: ['Access token invalid', 'Unauthorized'],
    en: [
      'Access token invalid',
      'A token was sent, but Marketo does not recognise it: it was mistyped, truncated, belongs to another ' +
        'instance or was revoked.',
      'Fetch a new token from the identity endpoint and retry the call once. If a fresh token is rejected too, ' +
        'the client sends the wrong value (check for whitespace, URL-encoding, or a token from another instance).',
    ],
    sv: [
      'Ogiltig åtkomsttoken',
      'En token skickades, men Marketo känner inte igen den: den är felskriven, avkortad, hör till en annan ' +
        'instans eller har återkallats.',
      'Hämta en ny token från identitetsslutpunkten och gör om anropet en gång. Om även en ny token avvisas ' +
        'skickar klienten fel värde (leta efter blanksteg, URL-kodning eller en token från en annan instans).',
    ],
  }),
  defineEntry({
    code: '602',
    level: 'response',
    retry: 'reauthenticate-then-retry',
    countsAgainstQuota: false,
    messages: ['Access token expired'],
    en: [
      'Access token expired',
      'The token was valid once but its lifetime (3600 s from issue) has run out.',
      'Get a new token and retry once. Better: track expires_in and renew shortly before it reaches zero, and ' +
        'share one token between all workers instead of each fetching its own.',
    ],
    sv: [
      'Åtkomsttoken har gått ut',
      'Token var giltig men dess livslängd (3600 s från utfärdandet) har tagit slut.',
      'Hämta en ny token och gör om anropet en gång. Bättre: håll koll på expires_in och förnya strax innan den ' +
        'når noll, och låt alla arbetare dela en token i stället för att var och en hämtar en egen.',
    ],
  }),
  defineEntry({
    code: '603',
    level: 'response',
    retry: 'fix-permissions',
    messages: ['Access denied'],
    en: [
      'Access denied',
      "Authentication worked, but the API user's role lacks the permission this endpoint needs, or an IP " +
        "allowlist for API access blocks the caller's address.",
      "Give the API-only user's role the missing API permission (Admin > Users & Roles), or add the caller's " +
        'outgoing IP to the API allowlist. Retrying without a change does not help.',
    ],
    sv: [
      'Åtkomst nekad',
      'Autentiseringen lyckades, men API-användarens roll saknar behörigheten som slutpunkten kräver, eller så ' +
        'stoppar en IP-tillåtelselista för API-åtkomst anroparens adress.',
      'Ge API-användarens roll den saknade API-behörigheten (Admin > Users & Roles) eller lägg till anroparens ' +
        'utgående IP-adress i tillåtelselistan. Nya försök utan ändring hjälper inte.',
    ],
  }),
  defineEntry({
    code: '604',
    level: 'response',
    retry: 'backoff-retry',
    countsAgainstQuota: false,
    messages: ['Request timed out', 'Request time-out'],
    en: [
      'Request timed out',
      'The call ran too long inside Marketo, for example because of database contention, or passed the timeout ' +
        'given in the request header.',
      'Retry with exponential backoff a few times. If it repeats, shrink the work per call (smaller batches, ' +
        'fewer fields, narrower date ranges).',
    ],
    sv: [
      'Tidsgränsen för begäran överskreds',
      'Anropet tog för lång tid inne i Marketo, till exempel på grund av låskonflikter i databasen, eller ' +
        'passerade tidsgränsen som angavs i begärans huvud.',
      'Försök igen med exponentiell backoff några gånger. Om det upprepas: minska arbetet per anrop (mindre ' +
        'batcher, färre fält, kortare datumintervall).',
    ],
  }),
  defineEntry({
    code: '605',
    level: 'response',
    retry: 'fix-request',
    countsAgainstQuota: false,
    messages: ['HTTP Method not supported', "Request method '%s' not supported"],
    en: [
      'HTTP method not supported',
      'The endpoint does not accept the HTTP method used, for example GET on Sync Leads, which only takes POST.',
      'Use the method the endpoint reference lists. For a long GET, use POST with _method=GET rather than a plain ' +
        'POST.',
    ],
    sv: [
      'HTTP-metoden stöds inte',
      'Slutpunkten tar inte emot den HTTP-metod som användes, till exempel GET mot Sync Leads som bara tar POST.',
      'Använd metoden som slutpunktens referens anger. För en lång GET: använd POST med _method=GET, inte en ' +
        'vanlig POST.',
    ],
  }),
  defineEntry({
    code: '606',
    level: 'response',
    retry: 'wait-for-window',
    messages: ["Max rate limit '%s' exceeded with in '%s' secs"],
    en: [
      'Rate limit exceeded',
      'More than the allowed number of calls (100) reached the instance within the sliding window (20 seconds). ' +
        'The limit is shared by every integration on the instance.',
      'Pause until the 20 s window has passed (or back off exponentially up to 20 s) and retry. Throttle the ' +
        'client to about 50 calls per 20 s so other integrations keep headroom.',
    ],
    sv: [
      'Anropsgränsen överskreds',
      'Fler anrop än tillåtet (100) nådde instansen inom det glidande fönstret (20 sekunder). Gränsen delas av ' +
        'alla integrationer på instansen.',
      'Pausa tills 20-sekundersfönstret har passerat (eller använd exponentiell backoff upp till 20 s) och försök ' +
        'igen. Begränsa klienten till ungefär 50 anrop per 20 s så att andra integrationer har marginal.',
    ],
  }),
  defineEntry({
    code: '607',
    level: 'response',
    retry: 'wait-for-quota-reset',
    messages: ['Daily quota reached'],
    en: [
      'Daily quota reached',
      'The instance has used up its daily allowance of API calls (typically 50,000, at least 10,000). The counter ' +
        'resets at midnight US Central time.',
      'Stop calling until midnight US Central; every retry before then is wasted. Find what used the quota (Admin ' +
        '> Web Services shows usage per user), cache reads, use bulk extract instead of paging, or ask the account ' +
        'manager for a higher quota.',
    ],
    sv: [
      'Dagskvoten är slut',
      'Instansen har förbrukat sin dagliga tilldelning av API-anrop (oftast 50 000, minst 10 000). Räknaren ' +
        'nollställs vid midnatt amerikansk centraltid (US Central).',
      'Sluta anropa fram till midnatt US Central; varje nytt försök innan dess är bortkastat. Ta reda på vad som ' +
        'åt upp kvoten (Admin > Web Services visar förbrukning per användare), cacha läsningar, använd ' +
        'massextrahering i stället för sidvis hämtning, eller be kontoansvarig om en högre kvot.',
    ],
  }),
];
