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
      label: 'Autentisera om, försök igen',
      advice: 'Hämta en ny åtkomsttoken från identitetsslutpunkten och gör om anropet en gång.',
    },
  },
  'backoff-retry': {
    en: {
      label: 'Retry with backoff',
      advice: 'Retry a few times with exponentially growing waits (for example 2, 4, 8 s) before giving up.',
    },
    sv: {
      label: 'Försök igen med backoff',
      advice: 'Försök igen några gånger med exponentiellt växande väntetid (till exempel 2, 4, 8 s) innan du ger upp.',
    },
  },
  'wait-for-window': {
    en: {
      label: 'Wait for the rate window',
      advice: 'Pause until the 20-second rate window has passed, then retry, and throttle the client to stay under 100 calls per 20 s.',
    },
    sv: {
      label: 'Vänta ut tidsfönstret',
      advice: 'Pausa tills 20-sekundersfönstret har passerat, försök sedan igen och begränsa klienten så att den håller sig under 100 anrop per 20 s.',
    },
  },
  'reduce-concurrency': {
    en: {
      label: 'Reduce concurrency',
      advice: 'Lower the number of calls in flight (at most 10 per instance, 5 is a safe start) and retry after a short wait.',
    },
    sv: {
      label: 'Minska samtidigheten',
      advice: 'Sänk antalet samtidiga anrop (högst 10 per instans, 5 är en säker start) och försök igen efter en kort paus.',
    },
  },
  'wait-for-quota-reset': {
    en: {
      label: 'Wait for quota reset',
      advice: 'Stop sending these calls until the daily quota resets at midnight US Central time; earlier retries only waste calls.',
    },
    sv: {
      label: 'Vänta på ny kvot',
      advice: 'Sluta skicka dessa anrop tills dagskvoten nollställs vid midnatt amerikansk centraltid (US Central); tidigare försök slösar bara anrop.',
    },
  },
  'wait-for-queue': {
    en: {
      label: 'Wait for the queue',
      advice: 'Poll the status of the queued or running jobs and submit again once a slot is free or the job is done.',
    },
    sv: {
      label: 'Vänta på kön',
      advice: 'Fråga efter status för köade eller pågående jobb och skicka igen när en plats är ledig eller jobbet är klart.',
    },
  },
  'fix-request': {
    en: {
      label: 'Fix the request',
      advice: 'Do not retry as is: change the URL, method, headers or parameters, then send again.',
    },
    sv: {
      label: 'Rätta begäran',
      advice: 'Försök inte igen oförändrat: ändra URL, metod, rubriker eller parametrar och skicka sedan på nytt.',
    },
  },
  'fix-data': {
    en: {
      label: 'Fix the data',
      advice: 'Do not retry as is: correct the affected records or values; the other records in the batch were processed.',
    },
    sv: {
      label: 'Rätta data',
      advice: 'Försök inte igen oförändrat: rätta de berörda posterna eller värdena; övriga poster i batchen behandlades.',
    },
  },
  'fix-permissions': {
    en: {
      label: 'Fix permissions',
      advice: 'Grant the API user the missing role permission, workspace or IP allowlist entry; retrying unchanged fails again.',
    },
    sv: {
      label: 'Rätta behörigheter',
      advice: 'Ge API-användaren den saknade rollbehörigheten, arbetsytan eller platsen i IP-tillåtelselistan; oförändrade försök misslyckas igen.',
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
