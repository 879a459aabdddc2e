/**
 * `sf apex get log --json` (and `sf apex tail log --json`): the Salesforce CLI's answer, `{"status":0,"result":
 * [{"log":"59.0 APEX_CODE,FINEST;...\n10:00:01.0 (1234567)|EXECUTION_STARTED\n..."}]}`, holds whole Apex debug logs
 * as strings. Each line of each log becomes a record of its own whose `line` the text readers read
 * (platform-lines.ts), in order, so that a callout's request and response lines pair as in the log itself.
 */
import { isObject, type Json } from '../marketo-body.js';
import type { RecordSplitter } from './shape.js';

// An Apex debug log opens with its API version and log levels.
const APEX_LOG = /^\d{2,3}\.\d [A-Z_]{2,30},[A-Z]{4,6}[;\r\n]/;

/** The logs of the CLI's answer, or undefined when `value` is not one. */
function logsOf(value: Json): string[] | undefined {
  const result = value.result;
  if (typeof value.status !== 'number' || !Array.isArray(result)) return undefined;
  // A Marketo body has a result[] too: its first entry rules it out before any loop.
  const first: unknown = result[0];
  if (!isObject(first) || typeof first.log !== 'string' || !APEX_LOG.test(first.log)) return undefined;
  const logs: string[] = [];
  for (const entry of result) if (isObject(entry) && typeof entry.log === 'string') logs.push(entry.log);
  return logs;
}

export const sfApexLog: RecordSplitter = {
  name: 'sf apex get log --json',
  split(value) {
    const logs = logsOf(value);
    // A log ends with a line end: no empty line after it.
    return logs?.flatMap((log) => log.split(/\r?\n/).flatMap((line) => (line === '' ? [] : [{ line }])));
  },
};
