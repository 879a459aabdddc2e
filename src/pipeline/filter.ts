import type { Classified } from '../classify/finding.js';
import type { Exchange } from '../normalise/exchange.js';
import { hostOf, templatePath } from '../normalise/marketo-url.js';
import type { Filters } from './options.js';

/** Whether an exchange falls inside --since/--until/--endpoint. */
export function keepExchange(exchange: Exchange, filters: Filters): boolean {
  const { since, until, endpoint } = filters;
  if (since !== undefined || until !== undefined) {
    const t = exchange.startedAt;
    if (t === undefined) return false;
    if (since !== undefined && t < since) return false;
    if (until !== undefined && t >= until) return false;
  }
  if (endpoint !== undefined && !(exchange.path && templatePath(exchange.path).includes(endpoint))) return false;
  if (filters.instance !== undefined && !hostOf(exchange.url)?.includes(filters.instance.toLowerCase())) return false;
  return true;
}

/** Keeps the findings of the --level and --code filters. */
export function keepFindings(classified: Classified, filters: Filters): Classified {
  const { levels, codes } = filters;
  if (!levels && !codes) return classified;
  const findings = classified.findings.filter(
    (f) => (!levels || levels.includes(f.level)) && (!codes || codes.includes(f.code)),
  );
  return findings.length === classified.findings.length ? classified : { ...classified, findings };
}
