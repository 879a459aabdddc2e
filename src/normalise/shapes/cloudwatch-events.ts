/**
 * AWS CloudWatch Logs exports that hold many events in one JSON value: a
 * subscription's DATA_MESSAGE (logEvents[]) and `aws logs filter-log-events`
 * output (events[]). Each event ({timestamp, message}) is read as a line.
 */
import { isObject, type Json } from '../marketo-body.js';
import type { RecordSplitter } from './shape.js';

function events(list: unknown): Json[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const out: Json[] = [];
  for (const e of list) if (isObject(e) && typeof e.message === 'string') out.push(e);
  return out.length > 0 || list.length === 0 ? out : undefined;
}

export const cloudwatchEvents: RecordSplitter = {
  name: 'cloudwatch-events',
  split(value) {
    if (value.logEvents !== undefined && typeof value.logGroup === 'string') return events(value.logEvents);
    return value.events !== undefined && !('message' in value) ? events(value.events) : undefined;
  },
};
