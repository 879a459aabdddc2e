// Why an input, a flag's value or a report was not read, in the words of each
// language: the details that errors/words.ts puts after its "cannot ..." part.
// The readers and parsers give a message id and plain data (values stay as
// typed); the sv table has to cover every id or the build fails.

type S = string;

/** What a JSON or HAR reader expected where it found something else. */
export type JsonExpected =
  | 'value'
  | 'valueOrClose'
  | 'key'
  | 'keyOrClose'
  | 'colon'
  | 'commaOrClose'
  | 'end'
  | 'harObject'
  | 'entry'
  | 'commaOrBracket';

/** What a value of a report is, in a few words: never the value itself, but for a number. */
export type ShapeActual =
  | { kind: 'missing' | 'null' | 'array' | 'notFinite' | 'string' | 'boolean' | 'object' | 'other' | 'notAReport' }
  | { kind: 'number'; value: number };

export type ShapeWord =
  | 'string'
  | 'bool'
  | 'count'
  | 'countShort'
  | 'whole'
  | 'share'
  | 'isoTime'
  | 'array'
  | 'object'
  | 'retryPolicy'
  | 'falseOrCut'
  | 'stringOrList'
  | 'bucketWidth'
  | 'range';
/** What a value of a report should have been. */
export type ShapeExpected = ShapeWord | { oneOf: S } | { literal: S } | { nullOr: ShapeExpected };

const JSON_EXPECTED_EN: Record<JsonExpected, S> = {
  value: 'a value',
  valueOrClose: "a value or ']'",
  key: 'a key',
  keyOrClose: "a key or '}'",
  colon: "':'",
  commaOrClose: "',' or a closing bracket",
  end: 'the end of input',
  harObject: "a JSON object (a HAR file starts with '{')",
  entry: 'an entry object',
  commaOrBracket: "',' or ']'",
};
const JSON_EXPECTED_SV: Record<JsonExpected, S> = {
  value: 'ett värde',
  valueOrClose: "ett värde eller ']'",
  key: 'en nyckel',
  keyOrClose: "en nyckel eller '}'",
  colon: "':'",
  commaOrClose: "',' eller en slutparentes",
  end: 'slutet på indata',
  harObject: "ett JSON-objekt (en HAR-fil börjar med '{')",
  entry: 'ett postobjekt',
  commaOrBracket: "',' eller ']'",
};

const SHAPE_EN: Record<ShapeWord, S> = {
  string: 'a string',
  bool: 'true or false',
  count: 'a count (a whole number, 0 or more)',
  countShort: 'a count',
  whole: 'a whole number',
  share: 'a share between 0 and 1',
  isoTime: 'an ISO time',
  array: 'an array',
  object: 'an object',
  retryPolicy: 'a retry policy',
  falseOrCut: 'false or {line, reason}',
  stringOrList: 'a string or a list of strings',
  bucketWidth: 'a bucket width above 0',
  range: 'a range with start <= end <= size',
};
const SHAPE_SV: Record<ShapeWord, S> = {
  string: 'en sträng',
  bool: 'true eller false',
  count: 'ett antal (ett heltal, 0 eller mer)',
  countShort: 'ett antal',
  whole: 'ett heltal',
  share: 'en andel mellan 0 och 1',
  isoTime: 'en ISO-tid',
  array: 'en lista',
  object: 'ett objekt',
  retryPolicy: 'en policy för nya försök',
  falseOrCut: 'false eller {line, reason}',
  stringOrList: 'en sträng eller en lista av strängar',
  bucketWidth: 'en intervallbredd över 0',
  range: 'ett intervall med start <= end <= size',
};

const ACTUAL_EN: Record<Exclude<ShapeActual['kind'], 'number'>, S> = {
  missing: 'missing',
  null: 'null',
  array: 'an array',
  notFinite: 'not a finite number',
  string: 'a string',
  boolean: 'a boolean',
  object: 'an object',
  other: 'a value of another kind',
  notAReport: 'not a marketo-errors JSON report (schemaVersion 1)',
};
const ACTUAL_SV: typeof ACTUAL_EN = {
  missing: 'saknas',
  null: 'null',
  array: 'en lista',
  notFinite: 'inget ändligt tal',
  string: 'en sträng',
  boolean: 'ett sanningsvärde',
  object: 'ett objekt',
  other: 'ett värde av annat slag',
  notAReport: 'ingen JSON-rapport från marketo-errors (schemaVersion 1)',
};

const expectedIn = (e: ShapeExpected, words: Record<ShapeWord, S>, or: S, oneOf: S): S => {
  if (typeof e === 'string') return words[e];
  if ('oneOf' in e) return `${oneOf} ${e.oneOf}`;
  return 'literal' in e ? e.literal : `null ${or} ${expectedIn(e.nullOr, words, or, oneOf)}`;
};
const actualIn = (a: ShapeActual, words: typeof ACTUAL_EN, number: S): S =>
  a.kind === 'number' ? `${number} ${a.value}` : words[a.kind];

/** What a report's value is against what it should be, in English: "a string, not a count (...)", "missing". */
export function shapeWhatEn(actual: ShapeActual, expected?: ShapeExpected): S {
  const is = actualIn(actual, ACTUAL_EN, 'the number');
  return expected === undefined || actual.kind === 'missing'
    ? is
    : `${is}, not ${expectedIn(expected, SHAPE_EN, 'or', 'one of')}`;
}

function shapeWhatSv(actual: ShapeActual, expected?: ShapeExpected): S {
  const is = actualIn(actual, ACTUAL_SV, 'talet');
  return expected === undefined || actual.kind === 'missing'
    ? is
    : `${is}, inte ${expectedIn(expected, SHAPE_SV, 'eller', 'en av')}`;
}

export const reasonsEn = {
  jsonValueCut: () => 'the input ends inside a JSON value that starts here',
  jsonArrayOpen: () => 'the input ends before its top-level array is closed',
  harEmpty: () => 'the input is empty',
  harEndsInEntry: (p: { entry: number }) => `the input ends inside entry ${p.entry}, which starts here`,
  harEndsInEntries: () => 'the input ends inside log.entries',
  harEndsBeforeClose: () => 'the input ends before the HAR is closed',
  harNoEntries: () => 'no "log": {"entries": [...]} in this JSON',
  harBrokenBom: () => 'a broken byte order mark',
  /** One JSON document with a bare entries list (the analyzer says it: src/pipeline/analyzer.ts). */
  harWithoutLog: () => 'not a HAR: this JSON has "entries" but no "log": {"entries": [...]} around them',
  /** An input of Node's NODE_DEBUG output only (src/normalise/text/node-debug.ts). */
  nodeDebugOnly: () =>
    "Node's debug output (NODE_DEBUG, DEBUG=follow-redirects) names no status or body of a call, so none can be " +
    'counted from it: ' +
    'log each call and its answer instead (an axios or got hook, pino-http, a line per response)',
  /** `byte`: as json-bytes' describeByte says it ('n', byte 0x1f): the same in every language. */
  jsonUnexpected: (p: { byte: S; expected: JsonExpected }) =>
    `${p.byte} where ${JSON_EXPECTED_EN[p.expected]} was expected`,
  harUnexpectedInEntries: (p: { byte: S; expected: JsonExpected }) =>
    `${p.byte} in log.entries where ${JSON_EXPECTED_EN[p.expected]} was expected`,
  jsonBracketMismatch: (p: { byte: S }) => `${p.byte} does not match the open bracket`,
  fieldEmptySegment: (p: { path: S }) => `empty segment in path "${p.path}"`,
  fieldTrailingDot: (p: { path: S }) => `path "${p.path}" ends with "."`,
  fieldUnreadable: (p: { path: S; rest: S }) => `cannot read path "${p.path}" at "${p.rest}"`,
  fieldEmptyPath: () => 'empty path',
  fieldNoEquals: (p: { spec: S }) => `expected name=path, got "${p.spec}"`,
  fieldUnknown: (p: { name: S; known: S }) => `unknown field "${p.name}" (known: ${p.known})`,
  fieldTwice: (p: { name: S }) => `field "${p.name}" given twice`,
  alertNotRule: (p: { spec: S }) => `--alert ${p.spec}: not a rule`,
  reportShape: (p: { path: S; actual: ShapeActual; expected?: ShapeExpected }) =>
    `${p.path} is ${shapeWhatEn(p.actual, p.expected)}`,
};

export const reasonsSv: typeof reasonsEn = {
  jsonValueCut: () => 'indata tar slut inne i ett JSON-värde som börjar här',
  jsonArrayOpen: () => 'indata tar slut innan den yttersta listan stängs',
  harEmpty: () => 'indata är tom',
  harEndsInEntry: (p) => `indata tar slut inne i post ${p.entry}, som börjar här`,
  harEndsInEntries: () => 'indata tar slut inne i log.entries',
  harEndsBeforeClose: () => 'indata tar slut innan HAR-filen stängs',
  harNoEntries: () => 'inget "log": {"entries": [...]} i den här JSON-texten',
  harBrokenBom: () => 'en trasig byteordningsmarkering (BOM)',
  harWithoutLog: () => 'ingen HAR: den här JSON-texten har "entries" men inget "log": {"entries": [...]} runt dem',
  nodeDebugOnly: () =>
    'Nodes felsökningsutdata (NODE_DEBUG, DEBUG=follow-redirects) nämner ingen status eller kropp för anropen, ' +
    'så inget anrop kan räknas ur den: ' +
    'logga varje anrop och dess svar i stället (en krok i axios eller got, pino-http, en rad för varje svar)',
  jsonUnexpected: (p) => `${p.byte} där ${JSON_EXPECTED_SV[p.expected]} väntades`,
  harUnexpectedInEntries: (p) => `${p.byte} i log.entries där ${JSON_EXPECTED_SV[p.expected]} väntades`,
  jsonBracketMismatch: (p) => `${p.byte} passar inte till den öppna parentesen`,
  fieldEmptySegment: (p) => `tomt led i sökvägen "${p.path}"`,
  fieldTrailingDot: (p) => `sökvägen "${p.path}" slutar med "."`,
  fieldUnreadable: (p) => `kan inte läsa sökvägen "${p.path}" vid "${p.rest}"`,
  fieldEmptyPath: () => 'tom sökväg',
  fieldNoEquals: (p) => `väntade namn=sökväg, fick "${p.spec}"`,
  fieldUnknown: (p) => `okänt fält "${p.name}" (kända: ${p.known})`,
  fieldTwice: (p) => `fältet "${p.name}" angavs två gånger`,
  alertNotRule: (p) => `--alert ${p.spec}: ingen regel`,
  reportShape: (p) =>
    p.actual.kind === 'missing' ? `${p.path} saknas` : `${p.path} är ${shapeWhatSv(p.actual, p.expected)}`,
};
