import type { Lang } from '../catalog/types.js';
import type { HarFailure } from '../input/har/har-scan-types.js';
import { NOT_LOG_EN, NOT_LOG_SV, type NotLog } from './not-a-log-words.js';
import { reasonsEn, reasonsSv } from './reason-words.js';

// The words of every AppError, in one place per language. An error carries a
// message id and its params, not a sentence, so the CLI can say it in the
// language of the command; `error.message` stays English for logs and tests.
// Flags, file names, values and lists of accepted words stay as typed.

type S = string;
/** `a, b or c`: the words a flag takes, named as typed. */
const oneOf = (items: readonly S[], or: S): S =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${or} ${items.at(-1)}`;

/** A file that does not grow line by line, so --follow refuses it. */
export type Unfollowable = 'gzip' | 'utf16' | 'har' | 'json';
const UNFOLLOWABLE_EN: Record<Unfollowable, S> = {
  gzip: 'a gzip file',
  utf16: 'a UTF-16 file',
  har: 'a HAR file',
  json: 'a JSON document (not one record per line)',
};
const UNFOLLOWABLE_SV: Record<Unfollowable, S> = {
  gzip: 'en gzip-fil',
  utf16: 'en UTF-16-fil',
  har: 'en HAR-fil',
  json: 'ett JSON-dokument (inte en post per rad)',
};

/** An archive or compression the tool does not unpack itself (input/packed.ts knows their first bytes). */
export type Packed = 'zip' | 'bzip2' | 'xz' | 'zstd' | '7z' | 'rar' | 'tar';
const PACKED_EN: Record<Packed, S> = {
  zip: 'a zip archive',
  bzip2: 'bzip2-compressed',
  xz: 'xz-compressed',
  zstd: 'zstd-compressed',
  '7z': 'a 7-Zip archive',
  rar: 'a RAR archive',
  tar: 'a tar archive',
};
const PACKED_SV: Record<Packed, S> = {
  zip: 'ett zip-arkiv',
  bzip2: 'bzip2-komprimerad',
  xz: 'xz-komprimerad',
  zstd: 'zstd-komprimerad',
  '7z': 'ett 7-Zip-arkiv',
  rar: 'ett RAR-arkiv',
  tar: 'ett tar-arkiv',
};

const en = {
  ...reasonsEn,
  noSuchFile: (p: { name: S }) => `${p.name}: no such file`,
  cannotRead: (p: { name: S; code: S }) => `${p.name}: cannot read (${p.code})`,
  isDirectory: (p: { name: S }) => `${p.name} is a directory, not a log file`,
  packedInput: (p: { name: S; kind: Packed; unpack: S }) =>
    `${p.name} is ${PACKED_EN[p.kind]}, not a log: unpack it first, e.g. \`${p.unpack}\``,
  notALog: (p: { name: S; kind: NotLog; file: S }) =>
    `${p.name} is ${NOT_LOG_EN[p.kind].what}, not a log: ${NOT_LOG_EN[p.kind].how(p.file)}`,
  takesOneOf: (p: { flag: S; choices: readonly S[]; value: S }) =>
    `${p.flag} takes ${oneOf(p.choices, 'or')}, not "${p.value}"`,
  takesLevels: (p: { flag: S; value: S }) =>
    `${p.flag} takes http, response or record (comma-separated), not "${p.value}"`,
  takesBytes: (p: { flag: S; value: S }) =>
    `${p.flag} takes a number of bytes such as 500000, 64K, 5M or 2G, not "${p.value}"`,
  takesTime: (p: { flag: S; value: S }) =>
    `${p.flag} takes an ISO date or time such as 2026-11-02 or 2026-11-02T10:00:00Z, not "${p.value}"`,
  takesWholeNumber: (p: { flag: S; value: S }) => `${p.flag} takes a whole number above 0, not "${p.value}"`,
  takesLang: (p: { value: S }) => `--lang must be en or sv, not "${p.value}"`,
  sinceAfterUntil: (p: { since: S; until: S }) => `--since (${p.since}) must come before --until (${p.until})`,
  noInput: () => 'no input: name one or more log files, or pipe a log into stdin (see --help)',
  followOnly: () => '--state, --alert, --alert-exec and --exit-on-alert work with --follow only',
  badField: (p: { spec: S; detail: Message }) => `--field ${p.spec}: ${reasonIn(p.detail, 'en')}`,
  cannotWrite: (p: { where: S; code: S }) => `cannot write ${p.where}: ${p.code}`,
  flagIsDirectory: (p: { flag: S; file: S }) => `${p.flag} ${p.file}: is a directory`,
  cannotWriteThere: (p: { flag: S; file: S; code: S }) => `${p.flag} ${p.file}: cannot write there (${p.code})`,
  badReport: (p: { verb: S; name: S; detail: Message }) => `cannot ${p.verb} ${p.name}: ${reasonIn(p.detail, 'en')}`,
  notAReport: (p: { verb: S; name: S }) =>
    `cannot ${p.verb} ${p.name}: it is not a marketo-errors JSON report (schemaVersion 1)`,
  reportNotJson: (p: { verb: S; name: S }) =>
    `cannot ${p.verb} ${p.name}: it is not JSON; ${p.verb} takes reports written by \`analyze --format json\``,
  reportValueTooBig: (p: { verb: S; name: S; line: number }) =>
    `cannot ${p.verb} ${p.name}: the value at line ${p.line} is over 512 MiB`,
  reportCut: (p: { verb: S; name: S; reason: Message; line: number }) =>
    `cannot ${p.verb} ${p.name}: ${reasonIn(p.reason, 'en')} (line ${p.line})`,
  manyReports: (p: { name: S; source: S }) =>
    `cannot diff ${p.name}: ${p.source} holds more than one report; merge them first`,
  noReport: (p: { source: S }) => `cannot diff ${p.source}: it holds no report`,
  diffStdin: () => 'diff reads at most one of its two reports from stdin',
  mergeEmpty: () => 'merge found no report to merge',
  rangeAndShard: () => '--byte-range and --shard pick a part in two ways: give one',
  partOneFile: (p: { flag: S }) => `${p.flag} takes one log file (not stdin): a part is a range of that file's bytes`,
  badByteRange: (p: { value: S }) =>
    `--byte-range takes START:END, whole numbers with START <= END (end exclusive), not "${p.value}"`,
  badShard: (p: { value: S }) => `--shard takes I/N with 1 <= I <= N, such as 2/8, not "${p.value}"`,
  badRefresh: (p: { max: number; value: S }) => `--refresh takes whole seconds from 1 to ${p.max}, not "${p.value}"`,
  badAlert: (p: { detail: Message; examples: S }) => `${reasonIn(p.detail, 'en')}; rules look like ${p.examples}`,
  followNdjson: (p: { format: S }) => `--follow reads NDJSON only, not --input-format ${p.format}`,
  exitOnAlert: () => '--exit-on-alert needs at least one --alert RULE',
  cannotFollow: (p: { name: S; what: Unfollowable }) =>
    `${p.name}: ${UNFOLLOWABLE_EN[p.what]} cannot be followed; run analyze without --follow on it`,
  stateUnreadable: (p: { file: S; code: S }) => `--state ${p.file}: cannot read (${p.code})`,
  notStateFile: (p: { file: S }) => `--state ${p.file} is not a state file written by --follow`,
  badStateReport: (p: { file: S; detail: Message }) => `--state ${p.file}: report.${reasonIn(p.detail, 'en')}`,
  noSuchDiagnostic: (p: { item: S; list: S }) => `--fail-on ${p.item}: no such diagnostic; one of ${p.list}`,
  badFailOnRule: (p: { rules: S; item: S }) => `--fail-on takes ${p.rules}, comma-separated, not "${p.item}"`,
  inputCut: (p: { where: S; reason: Message | S }) =>
    `${p.where}: ${reasonIn(p.reason, 'en')}; the report covers what came before`,
  /** A HAR that stops making sense: its failure as a code word, then the detail. */
  harCut: (p: { failure: HarFailure; detail: Message }) => `${p.failure}: ${reasonIn(p.detail, 'en')}`,
  gzipDamaged: () => 'the gzip data is cut short or damaged',
  readFailed: (p: { code: S }) => `read failed (${p.code})`,
  maxBytesReached: (p: { limit: number }) => `stopped after --max-bytes ${p.limit} bytes of decompressed input`,
  fileShrank: (p: { read: number; size: number }) =>
    `the file shrank while it was read (${p.read} of ${p.size} bytes; rotated with copytruncate?)`,
  stdoutFailed: (p: { code: S }) => `cannot write the report to stdout: ${p.code}`,
  internal: (p: { detail: S }) => `internal error: ${p.detail}`,
  debugHint: () => ' (set MARKETO_ERRORS_DEBUG=1 for details)',
};

export type ErrorWords = typeof en;

const HAR_FAILURE_SV: Record<HarFailure, S> = {
  truncated: 'avkortad',
  invalid: 'ogiltig',
  'no-entries-array': 'ingen entries-lista',
};
export type MessageId = keyof ErrorWords;

const sv: ErrorWords = {
  ...reasonsSv,
  noSuchFile: (p) => `${p.name}: filen finns inte`,
  cannotRead: (p) => `${p.name}: kan inte läsas (${p.code})`,
  isDirectory: (p) => `${p.name} är en katalog, inte en loggfil`,
  packedInput: (p) => `${p.name} är ${PACKED_SV[p.kind]}, inte en logg: packa upp den först, t.ex. \`${p.unpack}\``,
  notALog: (p) => `${p.name} är ${NOT_LOG_SV[p.kind].what}, inte en logg: ${NOT_LOG_SV[p.kind].how(p.file)}`,
  takesOneOf: (p) => `${p.flag} tar ${oneOf(p.choices, 'eller')}, inte "${p.value}"`,
  takesLevels: (p) => `${p.flag} tar http, response eller record (kommaseparerade), inte "${p.value}"`,
  takesBytes: (p) => `${p.flag} tar ett antal byte som 500000, 64K, 5M eller 2G, inte "${p.value}"`,
  takesTime: (p) =>
    `${p.flag} tar ett ISO-datum eller en ISO-tid som 2026-11-02 eller 2026-11-02T10:00:00Z, inte "${p.value}"`,
  takesWholeNumber: (p) => `${p.flag} tar ett heltal över 0, inte "${p.value}"`,
  takesLang: (p) => `--lang tar en eller sv, inte "${p.value}"`,
  sinceAfterUntil: (p) => `--since (${p.since}) måste komma före --until (${p.until})`,
  noInput: () => 'ingen indata: ange en eller flera loggfiler, eller skicka en logg till stdin (se --help)',
  followOnly: () => '--state, --alert, --alert-exec och --exit-on-alert fungerar bara med --follow',
  badField: (p) => `--field ${p.spec}: ${reasonIn(p.detail, 'sv')}`,
  cannotWrite: (p) => `kan inte skriva ${p.where}: ${p.code}`,
  flagIsDirectory: (p) => `${p.flag} ${p.file}: är en katalog`,
  cannotWriteThere: (p) => `${p.flag} ${p.file}: kan inte skriva där (${p.code})`,
  badReport: (p) => `${p.verb} kan inte läsa ${p.name}: ${reasonIn(p.detail, 'sv')}`,
  notAReport: (p) =>
    `${p.verb} kan inte läsa ${p.name}: det är ingen JSON-rapport från marketo-errors (schemaVersion 1)`,
  reportNotJson: (p) =>
    `${p.verb} kan inte läsa ${p.name}: det är inte JSON; ` +
    `${p.verb} tar rapporter skrivna av \`analyze --format json\``,
  reportValueTooBig: (p) => `${p.verb} kan inte läsa ${p.name}: värdet på rad ${p.line} är större än 512 MiB`,
  reportCut: (p) => `${p.verb} kan inte läsa ${p.name}: ${reasonIn(p.reason, 'sv')} (rad ${p.line})`,
  manyReports: (p) => `diff kan inte läsa ${p.name}: ${p.source} har mer än en rapport; slå ihop dem först`,
  noReport: (p) => `diff kan inte läsa ${p.source}: den har ingen rapport`,
  diffStdin: () => 'diff läser högst en av sina två rapporter från stdin',
  mergeEmpty: () => 'merge hittade ingen rapport att slå ihop',
  rangeAndShard: () => '--byte-range och --shard väljer en del på två sätt: ange ett av dem',
  partOneFile: (p) => `${p.flag} tar en loggfil (inte stdin): en del är ett intervall av den filens byte`,
  badByteRange: (p) => `--byte-range tar START:SLUT, heltal med START <= SLUT (slutet ingår inte), inte "${p.value}"`,
  badShard: (p) => `--shard tar I/N med 1 <= I <= N, till exempel 2/8, inte "${p.value}"`,
  badRefresh: (p) => `--refresh tar hela sekunder från 1 till ${p.max}, inte "${p.value}"`,
  badAlert: (p) => `${reasonIn(p.detail, 'sv')}; regler ser ut som ${p.examples}`,
  followNdjson: (p) => `--follow läser bara NDJSON, inte --input-format ${p.format}`,
  exitOnAlert: () => '--exit-on-alert behöver minst en --alert REGEL',
  cannotFollow: (p) => `${p.name}: ${UNFOLLOWABLE_SV[p.what]} kan inte följas; kör analyze utan --follow på den`,
  stateUnreadable: (p) => `--state ${p.file}: kan inte läsas (${p.code})`,
  notStateFile: (p) => `--state ${p.file} är inte en tillståndsfil skriven av --follow`,
  badStateReport: (p) => `--state ${p.file}: report.${reasonIn(p.detail, 'sv')}`,
  noSuchDiagnostic: (p) => `--fail-on ${p.item}: ingen sådan diagnos; en av ${p.list}`,
  badFailOnRule: (p) => `--fail-on tar ${p.rules}, kommaseparerade, inte "${p.item}"`,
  inputCut: (p) => `${p.where}: ${reasonIn(p.reason, 'sv')}; rapporten täcker det som kom före`,
  harCut: (p) => `${HAR_FAILURE_SV[p.failure]}: ${reasonIn(p.detail, 'sv')}`,
  gzipDamaged: () => 'gzip-datan är avkortad eller skadad',
  readFailed: (p) => `läsningen misslyckades (${p.code})`,
  maxBytesReached: (p) => `stannade efter --max-bytes ${p.limit} byte dekomprimerad indata`,
  fileShrank: (p) => `filen krympte medan den lästes (${p.read} av ${p.size} byte; roterad med copytruncate?)`,
  stdoutFailed: (p) => `kan inte skriva rapporten till stdout: ${p.code}`,
  internal: (p) => `internt fel: ${p.detail}`,
  debugHint: () => ' (sätt MARKETO_ERRORS_DEBUG=1 för detaljer)',
};

/** What an AppError says, before it is put in words: plain data, so it also crosses worker threads. */
export interface Message {
  id: MessageId;
  params: Record<string, unknown>;
}

export function msg<K extends MessageId>(id: K, ...params: Parameters<ErrorWords[K]>): Message {
  return { id, params: (params[0] ?? {}) as Record<string, unknown> };
}

/** A reason without words of its own (from a splitter or scanner) is said as it was given. */
function reasonIn(reason: Message | string, lang: Lang): string {
  return typeof reason === 'string' ? reason : renderMessage(reason, lang);
}

export function renderMessage(message: Message, lang: Lang): string {
  const words = lang === 'sv' ? sv : en;
  return (words[message.id] as (p: Record<string, unknown>) => string)(message.params);
}
