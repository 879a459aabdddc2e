import type { Lang } from '../catalog/types.js';

/** HELP text of each metric, per language: read by people on a dashboard. */
export interface MetricWords {
  occurrences: string;
  calls: string;
  failedCalls: string;
  recordFailureCalls: string;
  quotaCalls: string;
  rateWindowPeak: string;
  inFlightPeak: string;
  diagnostic: string;
  complete: string;
}

const en: MetricWords = {
  occurrences: 'Failures in the analysed logs, by level (http, response, record) and code.',
  calls: 'Marketo API calls in the analysed logs.',
  failedCalls: 'Calls rejected as a whole: an HTTP failure or success:false with errors[].',
  recordFailureCalls: 'Calls that succeeded but had at least one record skipped or failed.',
  quotaCalls: 'Calls counted against the daily quota, per US Central day.',
  rateWindowPeak: 'Most calls in any 20-second window (the limit is 100).',
  inFlightPeak: 'Most calls in flight at once (the limit is 10; 0 when the log has no durations).',
  diagnostic: 'Problems in how the client calls the API, 1 per diagnostic found.',
  complete: '1 when every input was read to its end, 0 when the numbers are too low.',
};

const sv: MetricWords = {
  occurrences: 'Fel i de analyserade loggarna, per nivå (http, response, record) och kod.',
  calls: 'Anrop till Marketos API i de analyserade loggarna.',
  failedCalls: 'Anrop som avvisades helt: ett HTTP-fel eller success:false med errors[].',
  recordFailureCalls: 'Anrop som lyckades men där minst en post hoppades över eller misslyckades.',
  quotaCalls: 'Anrop som räknas mot dagskvoten, per dag i US Central.',
  rateWindowPeak: 'Flest anrop inom ett fönster på 20 sekunder (gränsen är 100).',
  inFlightPeak: 'Flest samtidigt pågående anrop (gränsen är 10; 0 när loggen saknar varaktigheter).',
  diagnostic: 'Problem i hur klienten anropar API:t, 1 per funnen diagnos.',
  complete: '1 när all indata lästes till slutet, 0 när siffrorna är för låga.',
};

const WORDS: Record<Lang, MetricWords> = { en, sv };

export function metricWordsFor(lang: Lang): MetricWords {
  return WORDS[lang];
}
