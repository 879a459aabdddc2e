import type { EntryText, Lang, Level } from './types.js';

/**
 * Texts for a code the catalog lacks. The finding is kept (with Marketo's own
 * message) so nothing is lost; these words only say that we cannot add more.
 */
export function undocumentedText(level: Level, code: string, lang: Lang): EntryText {
  if (lang === 'sv') {
    return {
      title: level === 'http' ? `HTTP ${code}` : `Odokumenterad kod ${code}`,
      meaning:
        level === 'http'
          ? `HTTP-status ${code} finns inte bland de statuskoder som Marketo dokumenterar för REST-API:t; ` +
            'den kommer ofta från en proxy, en gateway eller från fel värd.'
          : `Marketo dokumenterar inte kod ${code}. Meddelandet som Marketo skickade står under meddelanden.`,
      remedy:
        'Läs Marketos meddelande, kontrollera begäran och spara requestId om du behöver kontakta Marketos support.',
    };
  }
  return {
    title: level === 'http' ? `HTTP ${code}` : `Undocumented code ${code}`,
    meaning:
      level === 'http'
        ? `HTTP status ${code} is not one Marketo documents for its REST API; ` +
          'it often comes from a proxy, a gateway or the wrong host.'
        : `Marketo does not document code ${code}. The message Marketo sent is listed under messages.`,
    remedy:
      "Read Marketo's message, check the request, and keep the requestId in case you need to open a support ticket.",
  };
}
