/**
 * Every log shape `analyze` reads, in the order they are tried: on each JSON
 * object of a line (the line, its containers, objects embedded in its text)
 * every reader fills only what is still empty, so a reader higher in the list
 * wins. To read a new shape, add one file beside this one and one line here.
 */
import { contentShape } from './content.js';
import { contextShape } from './context.js';
import { curlWriteOutShape } from './curl-write-out.js';
import { ecsDatadogShape } from './ecs-datadog.js';
import { flatClientShape } from './flat-client.js';
import { gcpShape } from './gcp.js';
import { goJsonBodyShape } from './go-json-body.js';
import { gotShape } from './got.js';
import { loguruShape } from './loguru.js';
import { marketoBodyShape } from './marketo-body.js';
import { marketoMentionShape } from './marketo-mention.js';
import { monologShape } from './monolog.js';
import { nodeHttpShape } from './node-http.js';
import { otelShape } from './otel.js';
import { pythonJsonShape } from './python-json.js';
import { salesforceCalloutShape } from './salesforce-callout.js';
import { sfApexLog } from './sf-apex-log.js';
import { slogShape } from './slog.js';
import { undiciShape } from './undici.js';
import { cloudwatchEvents } from './cloudwatch-events.js';
import { newmanExecutionShape, newmanReport } from './newman-report.js';
import { otlpExport } from './otlp-export.js';
import { jaegerExport } from './jaeger-export.js';
import { sentryEvent } from './sentry-event.js';
import type { RecordSplitter, ShapeReader } from './shape.js';

/** Tried first, on the line itself: a line of one of these shapes is read as the records it holds. */
export const SPLITTERS: readonly RecordSplitter[] = [
  otlpExport,
  cloudwatchEvents,
  newmanReport,
  jaegerExport,
  sentryEvent,
  sfApexLog,
];

export const SHAPES: readonly ShapeReader[] = [
  marketoBodyShape, // the line is Marketo's body (bare, or merged into a pino line)
  salesforceCalloutShape, // Salesforce's ApexCallout event log file and ApexCalloutEventLog: TIME is a duration
  curlWriteOutShape, // curl's -w '%{json}' after the body it answered
  slogShape, // Go's log/slog JSONHandler: its Duration attributes are nanoseconds
  goJsonBodyShape, // Marketo's body with Go's field names (a struct with no json tags, encoded)
  flatClientShape, // method, url, status, durationMs, responseBody at the top
  newmanExecutionShape, // one of newman's run.executions[], when its report is read element by element
  nodeHttpShape, // pino-http, bunyan, winston meta, axios configs and errors
  undiciShape, // undici's origin + path, its errors about a response, fetch's cause
  gotShape, // got's timings (start, phases.total) on responses and errors
  ecsDatadogShape, // Elastic Common Schema, Datadog standard attributes
  otelShape, // OpenTelemetry semantic conventions (log attributes, spans)
  gcpShape, // Google Cloud Logging's LogEntry.httpRequest
  pythonJsonShape, // python-json-logger, structlog
  loguruShape, // loguru's serialize=True: the record's time, the traceback in `text`
  monologShape, // Monolog's JSON: an exception in the context (Guzzle's, naming the call)
  marketoMentionShape, // an app's line with Marketo's errors[] or reasons[] and no body
  contextShape, // time and correlation ids, whatever the logger
];

/** Keys whose object is more of the same line, one level down (`properties`: Azure Monitor's records). */
export const CONTAINER_KEYS = ['meta', 'attributes', 'context', 'jsonPayload', 'properties'] as const;

/** Keys whose text may hold a whole body or printed object, or a Marketo code as text. */
export const TEXT_KEYS = ['message', 'msg', 'atMessage', 'log', 'body', 'error', 'textPayload'] as const;

/** Run once per line, after every shape above had its turn on every object of the line. */
export const LAST_RESORT: readonly ShapeReader[] = [contentShape];

/**
 * Keys of a platform's record that hold the app's whole line, most complete first (envelope.ts): journald,
 * GELF, Loki, Splunk, Application Insights, Docker and Fluentd, Logstash and Vector, Cloud Logging.
 */
export const ENVELOPE_KEYS = [
  'MESSAGE',
  'full_message',
  'short_message',
  'line',
  '_raw',
  'Message',
  'message',
  'log',
  'msg',
  'textPayload',
] as const;
