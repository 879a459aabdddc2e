/**
 * .NET's IHttpClientFactory logging (Microsoft.Extensions.Http): the outer
 * LogicalHandler writes `Start processing HTTP request POST https://...` and
 * `End processing HTTP request after 415.2ms - 413`; the inner ClientHandler
 * writes `Sending HTTP request ...` and `Received HTTP response headers after
 * 410ms - 200` for each attempt (a retry policy sits between the two). .NET
 * Core 2.x wrote the status by name (`- RequestEntityTooLarge`) and `Received
 * HTTP response after`. The simple console formatter puts the category
 * (`System.Net.Http.HttpClient.Marketo.LogicalHandler[100]`) on the line itself
 * in its single-line mode, on the line before otherwise.
 */
import { millis, type PairFacts, type PairReader, trace } from './pair-reader.js';

const SENT = /\b(Start processing|Sending) HTTP request ([A-Z]{3,7}) (https?:\/\/[^\s"'<>]+)/;
const ANSWERED = new RegExp(
  String.raw`\b(End processing HTTP request|Received HTTP response(?: headers)?) after ` +
    String.raw`(\d{1,9}(?:\.\d{1,9})?)ms - (\d{3}|[A-Za-z]{2,40})\b`,
);
// The simple console formatter's first line, its message on the next: `info: System.Net...LogicalHandler[100]`.
const CATEGORY_LINE =
  /^(?:trce|dbug|info|warn|fail|crit): System\.Net\.Http\.HttpClient\.[\w-]{1,100}\.\w{1,40}Handler\[\d{1,4}\]\s*$/;
const CLIENT_NAME = /\bHttpClient\.([\w-]{1,100})\.(?:Logical|Client)Handler\b/;

// HttpStatusCode's names, as .NET Core 2.x printed them: the ones a Marketo call meets.
const STATUS_NAMES: Record<string, number> = {
  OK: 200,
  Created: 201,
  Accepted: 202,
  NoContent: 204,
  BadRequest: 400,
  Unauthorized: 401,
  Forbidden: 403,
  NotFound: 404,
  MethodNotAllowed: 405,
  RequestTimeout: 408,
  RequestEntityTooLarge: 413,
  RequestUriTooLong: 414,
  UnsupportedMediaType: 415,
  TooManyRequests: 429,
  InternalServerError: 500,
  BadGateway: 502,
  ServiceUnavailable: 503,
  GatewayTimeout: 504,
};

function statusOf(text: string): number | undefined {
  return /^\d{3}$/.test(text) ? Number(text) : Object.hasOwn(STATUS_NAMES, text) ? STATUS_NAMES[text] : undefined;
}

function read(line: string): PairFacts | undefined {
  const name = CLIENT_NAME.exec(line)?.[1];
  const sent = SENT.exec(line);
  if (sent) {
    const client = sent[1] === 'Sending' ? 'dotnet-client' : 'dotnet-logical';
    return { method: sent[2], url: sent[3], textPair: { client, side: 'request', id: name } };
  }
  const answered = ANSWERED.exec(line);
  const status = answered ? statusOf(answered[3]!) : undefined;
  if (!answered || status === undefined) return CATEGORY_LINE.test(line) ? trace('dotnet') : undefined;
  const client = answered[1]!.startsWith('End') ? 'dotnet-logical' : 'dotnet-client';
  return { status, durationMs: millis(answered[2]), textPair: { client, side: 'response', id: name } };
}

export const dotnet: PairReader = { name: '.NET HttpClient', hints: [' HTTP re', 'Handler['], read };
