import { readdirSync } from 'node:fs';
import { testRecordings } from './helpers/recorded-tests.js';
import { fixture } from './helpers/run-cli.js';

// Recorded by fixtures/tools/record-clients.mjs against the mock: curl -v, PHP Guzzle (Monolog's line and JSON
// formats), Ruby Faraday, Ruby's Net::HTTP (set_debug_output) and Go's httputil dumps themselves, and calls whose
// lines are written in the documented format of .NET's IHttpClientFactory, OkHttp, Spring's WebClient and
// RestTemplate, Apache HttpClient and Go (NAME-documented.log), with calls overlapping where the client prints
// an id. NAME.expected.json is what the mock answered (fixtures/clients/README.md).
testRecordings('clients', [
  'curl-verbose.log',
  // A bash script's `curl -s -w ...` calls: the body, then the write-out line (or the code glued to the body).
  'curl-writeout.log',
  // The code alone on the line after the body (-w '\n%{http_code}\n'), or glued to its last line (-w '%{http_code}\n').
  'curl-status-line.log',
  'curl-status-glued.log',
  // The same script with curl's %{json} write-out: mostly JSON lines, so read as NDJSON.
  'curl-writeout-json.log',
  // GNU Wget's progress on stderr and the bodies on stdout, with and without -S (the status line and headers).
  'wget-verbose.log',
  'wget-server-response.log',
  // HTTPie's --print=HhBb: each call's request and answer, the next request line glued to the last body.
  'httpie-print.log',
  'guzzle-clf.log',
  'guzzle-monolog-json.log',
  'faraday-logger.log',
  'net-http-debug.log',
  'go-httputil-dump.log',
  // Every client written in its documented format (fixtures/tools/clients/format-lines.mjs), one file each.
  ...readdirSync(fixture('clients')).filter((f) => f.endsWith('-documented.log')),
  // The .NET calls again through the JSON console formatter and Serilog's compact JSON
  // (fixtures/tools/clients/dotnet-json-console.mjs).
  'dotnet-json-console.log',
  'dotnet-serilog-clef.log',
  // Application Insights' dependencies table exported as CSV from a US and a UK browser (statuses, no bodies).
  'appinsights-dependencies-us.csv',
  'appinsights-dependencies-gb.csv',
]);

// A Java app on the JDK's HttpClient, logging with java.util.logging: SimpleFormatter's two-line default, a
// one-line format, and the client's own log (-Djdk.httpclient.HttpClient.log) (fixtures/tools/record-java.mjs).
testRecordings('java', [
  'jul-simple.log',
  'jul-one-line.log',
  'jul-httpclient-log.log',
  // SimpleFormatter's default in a German JVM, and in a Swedish one in Stockholm's zone (local time, no offset).
  'jul-simple-de.log',
  // HttpURLConnection: the app logs each body with its call, and each IOException (413 and 414 as `Server returned
  // HTTP response code: ...`, a 404 as a FileNotFoundException naming the URL, a dropped connection) with its stack.
  'httpurlconnection.log',
  'jul-simple-sv-stockholm.log',
]);
