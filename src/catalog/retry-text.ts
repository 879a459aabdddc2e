import type { Lang, RetryPolicy } from './types.js';

export interface RetryText {
  /** A few words for a table cell. */
  label: string;
  /** One sentence of advice. */
  advice: string;
}

/** Human texts for each retry policy, per language. */
export const RETRY_TEXT: Readonly<Record<RetryPolicy, Readonly<Record<Lang, RetryText>>>> = {
  'reauthenticate-then-retry': {
    en: {
      label: 'Re-authenticate, then retry',
      advice: 'Fetch a new access token from the identity endpoint and repeat the call once.',
    },
    sv: {
      label: 'Ny token, försök igen',
      advice: 'Hämta en ny åtkomsttoken från identitetsslutpunkten och gör om anropet en gång.',
    },
  },
  'backoff-retry': {
    en: {
      label: 'Retry with backoff',
      advice:
        'Retry up to 3-5 times with exponentially growing waits (for example 2, 4, 8 s), then give up and log the ' +
        'requestId.',
    },
    sv: {
      label: 'Försök igen med backoff',
      advice:
        'Försök igen upp till 3–5 gånger med exponentiellt växande väntetid (till exempel 2, 4, 8 s), ge sedan ' +
        'upp och logga requestId.',
    },
  },
  'wait-for-window': {
    en: {
      label: 'Wait for the rate window',
      advice:
        'Pause until the 20-second window has passed, then retry, and throttle the client to about 50 calls per ' +
        '20 s: the limit of 100 per 20 s is shared by every integration on the instance.',
    },
    sv: {
      label: 'Vänta ut tidsfönstret',
      advice:
        'Pausa tills 20-sekundersfönstret har passerat, försök sedan igen och begränsa klienten till ungefär 50 ' +
        'anrop per 20 s: gränsen på 100 per 20 s delas av alla integrationer på instansen.',
    },
  },
  'reduce-concurrency': {
    en: {
      label: 'Reduce concurrency',
      advice:
        'Lower the number of calls in flight (at most 10 per instance, shared by every integration; start at 5) ' +
        'and retry after a short wait.',
    },
    sv: {
      label: 'Färre samtidiga anrop',
      advice:
        'Sänk antalet samtidiga anrop (högst 10 per instans, delat av alla integrationer; börja med 5) och försök ' +
        'igen efter en kort paus.',
    },
  },
  'wait-for-quota-reset': {
    en: {
      label: 'Wait for quota reset',
      advice:
        'Stop sending these calls until the daily quota resets at midnight US Central time; earlier retries only ' +
        'waste calls.',
    },
    sv: {
      label: 'Vänta tills kvoten nollställs',
      advice:
        'Sluta skicka dessa anrop tills dagskvoten nollställs vid midnatt amerikansk centraltid (US Central); ' +
        'tidigare försök slösar bara anrop.',
    },
  },
  'wait-for-queue': {
    en: {
      label: 'Wait for the queue',
      advice:
        'Poll the status of the queued or running jobs every 30-60 s (each poll is a counted call) and submit ' +
        'again once a slot is free or the job is done.',
    },
    sv: {
      label: 'Vänta på kön',
      advice:
        'Kontrollera status för köade eller pågående jobb var 30–60:e sekund (varje kontroll är ett anrop som ' +
        'räknas) och skicka igen när en plats blir ledig eller jobbet är klart.',
    },
  },
  'fix-request': {
    en: {
      label: 'Fix the request',
      advice: 'Do not retry as is: change the URL, method, headers or parameters, then send again.',
    },
    sv: {
      label: 'Rätta begäran',
      advice: 'Försök inte igen oförändrat: ändra URL, metod, huvuden eller parametrar och skicka sedan på nytt.',
    },
  },
  'fix-data': {
    en: {
      label: 'Fix the data',
      advice:
        'Do not retry as is: correct the affected records or values; the other records in the batch were processed.',
    },
    sv: {
      label: 'Rätta data',
      advice:
        'Försök inte igen oförändrat: rätta de berörda posterna eller värdena; övriga poster i batchen behandlades.',
    },
  },
  'fix-permissions': {
    en: {
      label: 'Fix permissions',
      advice:
        'Grant the API user the missing role permission, workspace or IP allowlist entry; retrying unchanged ' +
        'fails again.',
    },
    sv: {
      label: 'Rätta behörigheter',
      advice:
        'Ge API-användaren den saknade rollbehörigheten, arbetsytan eller platsen i IP-tillåtelselistan; ' +
        'oförändrade försök misslyckas igen.',
    },
  },
  'contact-support': {
    en: {
      label: 'Contact Marketo',
      advice: 'Only Marketo can change this: open a support case or talk to the account team, quoting the requestId.',
    },
    sv: {
      label: 'Kontakta Marketo',
      advice: 'Bara Marketo kan ändra detta: öppna ett supportärende eller prata med kontoteamet och ange requestId.',
    },
  },
};

export function retryText(policy: RetryPolicy, lang: Lang): RetryText {
  return RETRY_TEXT[policy][lang];
}
