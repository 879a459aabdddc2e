import type { Lang } from '../catalog/types.js';
import { formatTime } from '../report/format.js';
import { oneLine, stripControl } from '../util/sanitize.js';
import type { AlertEvent } from './alerts.js';
import { followWords } from './words.js';

/** An alert as one line of stderr: "ALERT rate>=90: 95 calls in 20 s at 2026-11-02 01:01:30 (app.log:120): <title>". */
export function alertLine(event: AlertEvent, lang: Lang): string {
  const w = followWords(lang);
  const head = `${event.state === 'start' ? w.alertStart : w.alertClear} ${event.rule}: ${event.text}`;
  const at = event.at === null ? '' : ` ${lang === 'sv' ? 'vid' : 'at'} ${formatTime(event.at, '')}`;
  // File names and titles may carry log text: one line each. Our own words keep their no-break spaces.
  const where = event.source === null ? '' : ` (${oneLine(event.source)})`;
  const why = event.diagnostic ? `: ${oneLine(event.diagnostic.title)}` : '';
  return stripControl(`${head}${at}${where}${why}`, { keepLayout: false });
}
