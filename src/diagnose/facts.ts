import type { Classified } from '../classify/finding.js';
import type { Exchange } from '../normalise/exchange.js';

/**
 * What every detector wants to know about one exchange, worked out once per
 * exchange so that `add` stays cheap on the hot path.
 */
export interface ExchangeFacts {
  /** startedAt, when the log has it. */
  t: number | undefined;
  /** A REST or bulk call (identity and other hosts are not API calls). */
  apiCall: boolean;
  /** Counts against the rate limit and the daily quota (the classify stage decides). */
  counted: boolean;
  /** Codes at the http and response levels (not record level), deduplicated. */
  codes: readonly string[];
  /** The call failed as a whole: no response, an http failure or a response-level error. */
  failed: boolean;
  has606: boolean;
  has607: boolean;
  has615: boolean;
  /** 601 or 602: the access token was invalid or expired. */
  tokenError: boolean;
}

const NO_CODES: readonly string[] = [];

export function factsOf(ex: Exchange, classified: Classified): ExchangeFacts {
  let codes: string[] | undefined;
  for (const f of classified.findings) {
    if (f.level === 'record') continue;
    const code = String(f.code);
    if (codes === undefined) codes = [code];
    else if (!codes.includes(code)) codes.push(code);
  }
  const list = codes ?? NO_CODES;
  let has606 = false;
  let has607 = false;
  let has615 = false;
  let tokenError = false;
  for (const c of list) {
    if (c === '606') has606 = true;
    else if (c === '607') has607 = true;
    else if (c === '615') has615 = true;
    if (c === '601' || c === '602') tokenError = true;
  }
  const apiCall = ex.api === 'rest' || ex.api === 'bulk';
  const t = typeof ex.startedAt === 'number' && Number.isFinite(ex.startedAt) ? ex.startedAt : undefined;
  return {
    t,
    apiCall,
    counted: classified.countsAgainstQuota,
    codes: list,
    failed: ex.noResponse || list.length > 0 || (ex.status !== undefined && ex.status >= 400),
    has606,
    has607,
    has615,
    tokenError,
  };
}
