/**
 * Java's JSON loggers around Spring's clients: logstash-logback-encoder (`@timestamp`, `level`, `thread_name`,
 * `logger_name`, `message`, `stack_trace`) and log4j2's JsonTemplateLayout with its ECS template
 * (`log.level`, `process.thread.name`, `log.logger`, `message`, `error.message`, `error.stack_trace`).
 * RestTemplate tells a call over two records, paired by the thread (text/clients/rest-template.ts), and the
 * exception it raises sits apart from the message: such a record is read as the line logback's pattern
 * prints, `<time> <LEVEL> [<thread>] <logger> - <message> <exception>`. Other records are left to the shapes.
 */
import { isObject } from '../marketo-body.js';

const MAX_TEXT = 64 * 1024;
const REST_TEMPLATE = /\.web\.client\.RestTemplate$/;

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.length <= MAX_TEXT ? v : undefined);

/** The pattern's line for a RestTemplate record or one with an exception; undefined for others. */
export function javaRecordLine(value: unknown): Buffer | undefined {
  if (!isObject(value)) return undefined;
  const logback = typeof value.logger_name === 'string';
  if (!logback && typeof value['log.logger'] !== 'string') return undefined;
  const logger = text(logback ? value.logger_name : value['log.logger']) ?? '';
  const exception = logback
    ? text(value.stack_trace)
    : [text(value['error.message']), text(value['error.stack_trace'])].filter(Boolean).join(' ') || undefined;
  if (!REST_TEMPLATE.test(logger) && exception === undefined) return undefined;
  const message = text(value.message) ?? '';
  const thread = text(logback ? value.thread_name : value['process.thread.name']) ?? 'main';
  const time = text(value['@timestamp']) ?? '';
  const level = text(logback ? value.level : value['log.level']) ?? 'INFO';
  const tail = exception === undefined ? '' : ` ${exception.replace(/\s+/g, ' ')}`;
  return Buffer.from(`${time} ${level} [${thread.slice(0, 80)}] ${logger} - ${message}${tail}`);
}
