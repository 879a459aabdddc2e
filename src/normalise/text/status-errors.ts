/**
 * The texts HTTP clients raise or log for a call that got an answer, naming its status: an app writes
 * them to its log as they come, in a message or a stack trace's first line. Each entry is one client's
 * text: a cheap `hint` every such line holds, its pattern, and the call it names. A text that only names
 * the status (no URL) repeats a call logged before it, or goes to the Marketo URL named last
 * (text-exchanges.ts). Add a client with one entry and a case in test/status-errors.test.ts.
 */
import type { TextFacts } from './text-line.js';

interface StatusText {
  name: string;
  hint: string;
  pattern: RegExp;
  /** The call the match names: its groups are status, then method and URL where the text has them. */
  read(m: RegExpExecArray): Pick<TextFacts, 'method' | 'url' | 'status'>;
  /** A line the client writes for every call, not only failures: read as a call, not a mention of one. */
  everyCall?: true;
}

const URL_IN_LINE = /\bhttps?:\/\/[^\s"'<>]{1,2000}/;

const STATUS_TEXTS: readonly StatusText[] = [
  {
    // Spring WebFlux: `WebClientResponseException$PayloadTooLarge: 413 Payload Too Large from POST https://...`.
    name: 'webclient',
    hint: 'WebClientResponseException',
    pattern:
      /\bWebClientResponseException(?:\$\w{1,40})?: (\d{3})\b[^\r\n]{0,100}? from ([A-Z]{3,7}) (https?:\/\/[^\s"'<>]+)/,
    read: (m) => ({ status: Number(m[1]), method: m[2], url: m[3] }),
  },
  {
    // .NET's EnsureSuccessStatusCode: `HttpRequestException: Response status code does not indicate success: 414`.
    name: 'dotnet',
    hint: 'does not indicate success',
    pattern: /\bResponse status code does not indicate success: (\d{3})\b/,
    read: (m) => ({ status: Number(m[1]) }),
  },
  {
    // Ruby's HTTParty logger (its default `apache` format): `[HTTParty] [time] 401 "GET https://..." 98`.
    name: 'httparty',
    hint: '[HTTParty]',
    pattern: /\[HTTParty\] \[[^\]\r\n]{1,60}\] (\d{3}) "([A-Z]{3,7}) ([^\s"]{1,8192})"/,
    read: (m) => ({ status: Number(m[1]), method: m[2], url: m[3] }),
    everyCall: true,
  },
  {
    // Python httpx's raise_for_status(): `HTTPStatusError: Client error '413 Payload Too Large' for url 'https://...'`.
    name: 'httpx',
    hint: " error '",
    pattern: /\b(?:Client|Server) error '(\d{3})\b[^'\r\n]{0,80}' for url '(https?:\/\/[^'\s]+)'/,
    read: (m) => ({ status: Number(m[1]), url: m[2] }),
  },
  {
    // Python aiohttp's raise_for_status(): `ClientResponseError: 413, message='Payload Too Large', url='https://...'`
    // (`url=URL('...')` in older versions).
    name: 'aiohttp',
    hint: 'ClientResponseError: ',
    pattern: new RegExp(
      String.raw`\bClientResponseError: (\d{3}), message=(?:'[^'\r\n]{0,200}'|"[^"\r\n]{0,200}"), ` +
        String.raw`url=(?:URL\()?'(https?:\/\/[^'\s]+)'`,
    ),
    read: (m) => ({ status: Number(m[1]), url: m[2] }),
  },
  {
    // Kotlin's Ktor client: `ClientRequestException: Client request(POST https://...) invalid: 413 Payload Too Large.`
    // and `ServerResponseException: Server response(GET https://...) failed: 503 ...`.
    name: 'ktor',
    hint: 'Exception: ',
    pattern: /\b(?:Client request|Server response)\(([A-Z]{3,7}) (https?:\/\/[^\s)]+)\) (?:invalid|failed): (\d{3})\b/,
    read: (m) => ({ status: Number(m[3]), method: m[1], url: m[2] }),
  },
  {
    // Java's HttpURLConnection: `java.io.IOException: Server returned HTTP response code: 413 for URL: https://...`.
    name: 'httpurlconnection',
    hint: 'Server returned HTTP response code: ',
    pattern: /\bServer returned HTTP response code: (\d{3}) for URL: (https?:\/\/[^\s"'<>]+)/,
    read: (m) => ({ status: Number(m[1]), url: m[2] }),
  },
  {
    // HttpURLConnection's 404 (and 410): a FileNotFoundException whose message is the URL.
    name: 'filenotfound',
    hint: 'FileNotFoundException: http',
    pattern: /\bjava\.io\.FileNotFoundException: (https?:\/\/[^\s"'<>]+)/,
    read: (m) => ({ status: 404, url: m[1] }),
  },
  {
    // Python's urllib: `urllib.error.HTTPError: HTTP Error 414: Request-URI Too Long` (urllib2's too), no URL.
    name: 'urllib',
    hint: 'HTTPError: HTTP Error ',
    pattern: /\bHTTPError: HTTP Error (\d{3})\b/,
    read: (m) => ({ status: Number(m[1]) }),
  },
  {
    // .NET Framework's WebException (HttpWebRequest, WebClient, Windows PowerShell's Invoke-RestMethod):
    // `The remote server returned an error: (413) Request Entity Too Large.`
    name: 'webexception',
    hint: 'The remote server returned an error: (',
    pattern: /\bThe remote server returned an error: \((\d{3})\)/,
    read: (m) => ({ status: Number(m[1]) }),
  },
  {
    // Rust's reqwest, error_for_status(): `HTTP status client error (413 Payload Too Large) for url (https://...)`.
    name: 'reqwest',
    hint: 'HTTP status ',
    pattern: /\bHTTP status (?:client|server) error \((\d{3})\b[^)\r\n]{0,80}\) for url \((https?:\/\/[^\s()]+)\)/,
    read: (m) => ({ status: Number(m[1]), url: m[2] }),
  },
  {
    // The same error printed with {:?}: `reqwest::Error { kind: Status(413, Some("Payload Too Large")), url: "..." }`.
    name: 'reqwest-debug',
    hint: 'kind: Status(',
    pattern: /\bkind: Status\((\d{3})\b[^\r\n]{0,100}?, url: "(https?:\/\/[^\s"]+)"/,
    read: (m) => ({ status: Number(m[1]), url: m[2] }),
  },
  {
    // Python requests' Response printed with %s: `<Response [413]>`, and the URL if the line names it.
    name: 'requests-response',
    hint: '<Response [',
    pattern: /<Response \[(\d{3})\]>/,
    read: (m) => {
      const url = URL_IN_LINE.exec(m.input)?.[0];
      return url === undefined ? { status: Number(m[1]) } : { status: Number(m[1]), url };
    },
  },
];

/** The call a client's status text in the line names, as a mention of it (`way`: the line's kind). */
export function statusTextFacts(line: string, way: string): TextFacts | undefined {
  for (const text of STATUS_TEXTS) {
    if (!line.includes(text.hint)) continue;
    const m = text.pattern.exec(line);
    if (!m) continue;
    const facts = text.read(m);
    if (text.everyCall) return facts;
    return { ...facts, textMention: { way: `${text.name}-error ${way}`, status: facts.status } };
  }
  return undefined;
}
