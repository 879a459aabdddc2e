/**
 * What a platform writes before each line of an app's log: a time, then a
 * stream, host, tag, labels or request id. One reader for all of them:
 * containerd/CRI-O (`<time> stdout F `, and `P` for a part of a longer line),
 * kubectl and docker `--timestamps`, docker compose (`web-1  | `), journald's
 * short formats and syslog (RFC 3164 and 5424), Heroku (`app[web.1]: `), AWS
 * Lambda (`<time>\t<request id>\tINFO\t`), Loki's logcli (`<time> {labels} `),
 * Fluentd's stdout and out_file, and Cloud Run's text; journalctl's other short outputs: -o short-precise
 * (µs), short-full and with-unit (`Fri 2026-12-04 10:00:01 UTC`), short-unix (epoch seconds), short-monotonic
 * and short-delta (seconds since boot in brackets, no wall-clock time).
 */

const ISO = String.raw`\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z| ?[+-]\d\d:?\d\d| UTC)?`;
const BSD = String.raw`[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d(?:\.\d{1,9})?`;
const HOST = String.raw`[\w.-]{1,100}`;
const TAG = String.raw`[\w./-]{1,100}(?:\[[\w.-]{1,40}\])?:`;
// Without a host before it, only a tag with its [pid] or [dyno] (Heroku's `app[web.1]:`), never `SomeError:`.
const HOST_TAG = String.raw`(?:${HOST} ${TAG}|[\w./-]{1,100}\[[\w.-]{1,40}\]:)`;

const AFTER_TIME = [
  ' (?:stdout|stderr) (?<cri>[FP])',
  String.raw`\t[\w-]{8,64}\t[A-Z]{3,8}`,
  ` ${HOST_TAG}`,
  String.raw` \{[^}\n]{0,2000}\}`,
  String.raw`\t[\w.-]{1,200}`,
].join('|');

// Every quantifier is bounded and the pattern is anchored: a hostile line costs the same as a short one.
const PREFIX = new RegExp(
  `^(?:${[
    `<\\d{1,3}>1 (?<t5424>${ISO}) ${HOST} \\S{1,48} \\S{1,128} \\S{1,32} (?:-|(?:\\[[^\\]\\n]{0,1000}\\]){1,8})`,
    `(?:<\\d{1,3}>)?${BSD} ${HOST} ${TAG}`,
    // journalctl -o short-unix, and short-monotonic or short-delta (`[    5.037000 <    0.037000 >]`).
    `(?<tUnix>\\d{9,11}\\.\\d{1,9}) ${HOST_TAG}`,
    `\\[ {0,20}\\d{1,12}\\.\\d{1,9}(?: <[ +\\d.]{1,40}>)? {0,40}\\] ${HOST_TAG}`,
    // The time once, then what follows it: CRI's stream and part, Lambda's request id and level, a host and
    // tag (journald, Heroku), Loki's labels, Fluentd's tag; or nothing (kubectl, docker -t, Cloud Run).
    `(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) )?(?<time>${ISO})(?:${AFTER_TIME})?`,
    `[\\w.-]{1,100} {1,40}\\|(?: (?<tCompose>${ISO}))?`,
  ].join('|')})[ \\t]`,
);

// What reads by itself once the prefix is gone: a JSON value, a line with its own time, a continuation
// (indented, or a part of a Python traceback) or a traceback's last line, an exception's name and ':'
// (`requests.exceptions.ConnectionError:`, `http.client.RemoteDisconnected:`).
const STANDS_ALONE = new RegExp(
  [
    String.raw`^(?:[{[\s]|\d{4}-\d\d-\d\d|Traceback \(|During handling|The above exception`,
    String.raw`(?:\w{1,80}\.){0,8}\w{0,80}(?:Error|Exception)\b|(?:\w{1,80}\.){1,8}[A-Z]\w{0,80}:)`,
  ].join('|'),
);
const MAX_HEAD = 4096;

export interface Unprefixed {
  /** The app's line: with the prefix's time before it when it has none of its own and the prefix had one. */
  line: string;
  /** A CRI `P` line: the app's line goes on in the next line of the same stream. */
  partial: boolean;
  /** The text right after the prefix (for a `P` line, the part to join). */
  rest: string;
}

/** The app's line inside a platform's prefix, or undefined when the line has no prefix. */
export function unprefix(text: string): Unprefixed | undefined {
  const m = PREFIX.exec(text.length > MAX_HEAD ? text.slice(0, MAX_HEAD) : text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length);
  const g = m.groups ?? {};
  const time = g.t5424 ?? g.time ?? g.tCompose ?? (g.tUnix === undefined ? undefined : unixTime(g.tUnix));
  return { line: withTime(rest, time), partial: g.cri === 'P', rest };
}

/** Epoch seconds with a fraction, as an ISO time (`1796378401.123456` -> `2026-12-04T10:00:01.123Z`). */
function unixTime(seconds: string): string {
  return new Date(Math.floor(Number(seconds) * 1000)).toISOString();
}

/** A line that does not read by itself keeps the prefix's time, in the one form text lines are read with. */
export function withTime(rest: string, time: string | undefined): string {
  return time === undefined || rest.trim() === '' || STANDS_ALONE.test(rest) ? rest : `${time} ${rest}`;
}
