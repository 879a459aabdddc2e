import type { Lang } from '../catalog/types.js';
import { RULE_EXAMPLES } from '../follow/alert-rules.js';
import { formatNames } from '../report/registry.js';
import { helpWordsSv } from './help-words-sv.js';

// Every word of --help, in one place per language: the descriptions of the
// commands, their arguments and flags, commander's headings and its own help
// and version flags, and the sections after the options. Flags, format names
// and examples stay as typed.

/** `a, b or c`: the format names as the help lists them. */
export const formatList = (or: string): string => {
  const names = formatNames();
  return `${names.slice(0, -1).join(', ')} ${or} ${names.at(-1)}`;
};

const en = {
  /** Commander's headings, keyed by the English it passes to styleTitle. */
  titles: {
    'Usage:': 'Usage:',
    'Options:': 'Options:',
    'Commands:': 'Commands:',
    'Arguments:': 'Arguments:',
    'Global Options:': 'Global Options:',
  } as Record<string, string>,
  /** The placeholders commander puts in a usage line. */
  usageOptions: '[options]',
  usageCommand: '[command]',
  /** The names of values and arguments inside <> and [] (`<file>`, `[files...]`) that are not the English ones. */
  placeholders: {} as Record<string, string>,
  helpFlag: 'display help for command',
  helpCommand: 'display help for command',
  versionFlag: 'output the version number',
  defaultIs: (value: string) => `default: ${value}`,
  examples: 'Examples:',
  exitCodes: `Exit codes:
  0    done
  1    --fail-on names a level that has findings
  2    usage error (bad flag, unknown code)
  3    an input could not be read completely (missing, truncated, damaged)
  4    the report could not be written (disk full, device error)
  70   internal error (a bug: please report it with MARKETO_ERRORS_DEBUG=1 output)
  130  interrupted (Ctrl-C)`,
  formatsTitle: 'Formats (--format, or from the -o extension):',
  /** A format's line in the Formats section; undefined: the format's own English help. */
  formatHelp: {} as Record<string, string>,
  program: 'Explain, count and diagnose Marketo REST API failures in request/response logs (NDJSON or HAR).',
  analyze: 'analyze NDJSON or HAR logs (files, gzip, or stdin) and report every Marketo failure',
  inspect: 'show how each line of a log is read: the shape of each line, the fields taken, and lines no shape reads',
  merge: 'combine JSON reports of parts of a log (shards, machines) into the report of the whole',
  diff: 'compare two JSON reports (e.g. last night and tonight): codes new, gone, up, down; diagnostics; limits',
  codes: 'list the catalog of Marketo error codes',
  explain: 'explain one or more codes: meaning, remedy, retry advice, quota',
  argLogs: 'log files; "-" or none reads stdin',
  argReports:
    'JSON reports of `analyze --format json` in input order: files, directories, "-" (stdin); none reads stdin',
  argBase: 'the earlier JSON report ("-" reads stdin)',
  argCurrent: 'the later JSON report',
  argCodes: 'codes such as 606 1006 413',
  reportFormat: () => `${formatList('or')} (default: from the -o extension, else table on a terminal, else json)`,
  inspectFormat: 'table or json (default: table on a terminal, else json)',
  diffFormat: 'table, json, markdown or csv (default: table on a terminal, else json; or from -o)',
  codesFormat: 'table, json, csv or markdown',
  output: 'write the report to a file',
  inspectOutput: 'write to a file',
  diffOutput: 'write the comparison to a file',
  lang: 'language of the output: en or sv',
  level: 'only these levels: http,response,record',
  explainLevel: 'only the entry at this level (for a code documented at more than one)',
  code: 'only these codes, comma-separated',
  since: 'only calls at or after this ISO time',
  until: 'only calls before this ISO time',
  endpoint: 'only endpoints whose templated path contains this text',
  instance: 'only calls to hosts that contain this text (a Munchkin id: each instance has its own limits)',
  failOn: 'exit 1 when any of these levels has findings (for CI)',
  mergeFailOn: 'exit 1 when any of these levels has findings',
  diffFailOn: 'exit 1 when: new (a new code), up:25% (a code 25% more often per 1,000 calls), diagnostic:ID',
  csvRows:
    'csv: a row per code ("codes", the default), per "findings", "diagnostics", "totals", bulk "jobs" or ' +
    '"instance" count',
  showRecords: 'name the failed input records (email/id): personal data, off by default',
  inputFormat:
    'ndjson, har, json (an array of records or pretty-printed values), text (plain log lines), or bulk-failures ' +
    '(a bulk import failure or warning file); default: sniffed',
  inspectInputFormat: 'ndjson, har, json or text; default: sniffed',
  field: 'map a field of another log shape, e.g. responseBody=ctx.resp.body (repeatable)',
  inspectField: 'try a field mapping, as analyze takes it (repeatable)',
  dailyQuota: "the instance's daily API quota, for the daily-quota diagnostic",
  mergeDailyQuota: "the instance's daily API quota",
  jobs:
    'threads for large inputs (default: the cores; a plain NDJSON file from 512 MB, several files, a reading ' +
    'thread for gzip, HAR and stdin; 1: all on one thread)',
  maxBytes:
    'read at most this many decompressed bytes of each input (e.g. 5G); past it the report is incomplete, exit 3',
  byteRange: 'only the lines that start in these bytes of one plain file (a map step)',
  shard: 'only the i-th of n equal byte ranges of one plain file (a map step)',
  compact: 'json: the report on one line',
  quiet: 'no progress bar and no notes on stderr',
  noColor: 'no colours in the table',
  noColors: 'no colours',
  follow: 'keep reading the files as they grow, like tail -F (Ctrl-C or q: final report)',
  refresh: 'follow: redraw the live view and rewrite -o every N seconds (1-60)',
  state: 'follow: keep offsets and totals here, so a restarted watcher resumes',
  alert: () => `follow: alert when a rule starts and stops holding (repeatable): ${RULE_EXAMPLES}`,
  alertExec: 'follow: run this shell command for each alert, the alert as JSON on its stdin',
  exitOnAlert: 'follow: stop with exit code 1 at the first alert',
};

/** Every id in both languages: the Swedish table is checked against this type. */
export type HelpWords = typeof en;

export function helpWords(lang: Lang): HelpWords {
  return lang === 'sv' ? helpWordsSv : en;
}
