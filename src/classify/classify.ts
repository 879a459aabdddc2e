import type { Level } from '../catalog/types.js';
import { captureParams, findEntry } from '../catalog/index.js';
import type { Exchange } from '../normalise/exchange.js';
import { isObject } from '../normalise/marketo-body.js';
import type { Classified, Finding } from './finding.js';
import { clip } from '../util/sanitize.js';
import { logText } from '../util/log-text.js';
import { reportText } from '../redact/index.js';
import { countsAgainstQuota } from './quota.js';
import { recordKeyOf } from './record-key.js';

export interface ClassifyOptions {
  /** Attach the input record's key field (personal data) to record findings. */
  showRecords: boolean;
}

// Marketo's codes are a few digits and its messages a sentence or two. Longer
// text is not Marketo's: shortened, so that a hostile log cannot make every
// report (and the table's wrapping) carry megabytes.
const MAX_CODE_CHARS = 32;
const MAX_MESSAGE_CHARS = 1000;

// Every text a finding carries is redacted here, whatever the body walk
// already did: this is the one place log text becomes report text.
function finding(level: Level, rawCode: unknown, rawMessage: unknown): Finding {
  // One character past the limit is kept, so that clip() marks the cut.
  const code = clip(reportText(logText(rawCode, MAX_CODE_CHARS + 1).trim()), MAX_CODE_CHARS) || 'unknown';
  const message = clip(reportText(logText(rawMessage, MAX_MESSAGE_CHARS + 1)), MAX_MESSAGE_CHARS);
  const entry = findEntry(code, level);
  return {
    level,
    code,
    message,
    params: entry && message ? captureParams(code, message) : [],
    documented: entry !== undefined,
  };
}

/** The message of an HTTP failure: the OAuth description, or the start of a text body. */
function httpMessage(body: unknown): string {
  if (isObject(body)) {
    if (typeof body.error_description === 'string') return body.error_description;
    if (typeof body.error === 'string') return body.error;
    if (typeof body.message === 'string') return body.message;
    return '';
  }
  if (typeof body !== 'string') return '';
  // HTML error pages: keep the title or the first words of text.
  const title = /<title>([^<]*)<\/title>/i.exec(body);
  const text = (title ? title[1]! : body.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
  return clip(text, 160);
}

/**
 * One exchange in, its findings out. The level is where a code appears, not
 * its number range: a 1xxx code inside errors[] is a response-level finding.
 */
export function classify(exchange: Exchange, options: ClassifyOptions): Classified {
  const body = exchange.response;
  const status = exchange.status;
  const httpFailed = status !== undefined && status >= 400;
  if (!httpFailed && !isObject(body))
    return { findings: [], warnings: [], countsAgainstQuota: countsAgainstQuota(exchange, []) };

  const findings: Finding[] = [];
  const warnings: string[] = [];
  if (httpFailed) findings.push(finding('http', status, httpMessage(body)));

  if (isObject(body)) {
    const { success, errors, result } = body;
    if (success === false && Array.isArray(errors)) {
      for (const error of errors) {
        if (isObject(error)) findings.push(finding('response', error.code, error.message));
      }
    }
    if (success !== false && Array.isArray(result)) {
      const input =
        isObject(exchange.request) && Array.isArray(exchange.request.input) ? exchange.request.input : undefined;
      for (let i = 0; i < result.length; i++) {
        const record = result[i];
        if (!isObject(record) || !Array.isArray(record.reasons)) continue;
        for (const reason of record.reasons) {
          if (!isObject(reason)) continue;
          const f = finding('record', reason.code, reason.message);
          f.recordIndex = i;
          if (options.showRecords && input) {
            const key = recordKeyOf(input[i]);
            if (key !== undefined) f.recordKey = reportText(key);
          }
          findings.push(f);
        }
      }
    }
    if (Array.isArray(body.warnings)) {
      for (const w of body.warnings)
        if (typeof w === 'string' && w) warnings.push(clip(reportText(w), MAX_MESSAGE_CHARS));
    }
  }
  return { findings, warnings, countsAgainstQuota: countsAgainstQuota(exchange, findings) };
}
