import { RULE_EXAMPLES } from '../follow/alert-rules.js';
import { type HelpWords, formatList } from './help-words.js';

/** The words of --help in Swedish: the same ids as the English table (help-words.ts). */
export const helpWordsSv: HelpWords = {
  titles: {
    'Usage:': 'Användning:',
    'Options:': 'Flaggor:',
    'Commands:': 'Kommandon:',
    'Arguments:': 'Argument:',
    'Global Options:': 'Globala flaggor:',
  },
  usageOptions: '[flaggor]',
  usageCommand: '[kommando]',
  placeholders: {
    command: 'kommando',
    file: 'fil',
    files: 'filer',
    reports: 'rapporter',
    base: 'bas',
    current: 'aktuell',
    codes: 'koder',
    lang: 'språk',
    levels: 'nivåer',
    time: 'tid',
    rows: 'rader',
    'name=path': 'namn=sökväg',
    calls: 'anrop',
    'start:end': 'start:slut',
    seconds: 'sekunder',
    rule: 'regel',
    rules: 'regler',
  },
  helpFlag: 'visa hjälpen för kommandot',
  helpCommand: 'visa hjälpen för ett kommando',
  versionFlag: 'visa versionsnumret',
  defaultIs: (value) => `standard: ${value}`,
  examples: 'Exempel:',
  exitCodes: `Slutkoder:
  0    klart
  1    --fail-on nämner en nivå som har fel
  2    felaktigt anrop (fel flagga, okänd kod)
  3    indata kunde inte läsas helt (saknas, avkortad, skadad)
  4    rapporten kunde inte skrivas (disken full, enhetsfel)
  70   internt fel (en bugg: rapportera den gärna med utdata från MARKETO_ERRORS_DEBUG=1)
  130  avbruten (Ctrl-C)`,
  formatsTitle: 'Format (--format, eller från filändelsen i -o):',
  formatHelp: {
    table: 'en sammanfattning och en tabell per nivå för en terminal (standard i en terminal)',
    json: 'hela rapporten för skript (schemaVersion 1), så som `merge` läser den',
    csv:
      'en rad per kod; --csv-rows findings, diagnostics, totals: en rad per fel, diagnos eller summa;' +
      ' jobs: en rad per bulkjobb, instance: Marketos egna siffror bredvid loggens',
    markdown: 'sammanfattning, diagnoser och en tabell per nivå, för ett ärende eller en pull request',
    html: 'en fristående sida med en tidslinje, utan skript och utan externa länkar',
    github: 'anteckningar för GitHub Actions; med $GITHUB_STEP_SUMMARY läggs Markdown-rapporten till där',
    junit: 'JUnit-XML för GitLab och Jenkins: ett fallerande fall per kod och endpoint, diagnoser som en svit',
    sarif: 'SARIF 2.1.0 för kodskanning: en regel per kod och diagnos, resultat på loggraderna i exemplen',
    prometheus: 'Prometheus textformat för en textfile collector eller en Pushgateway (mätvärden marketo_errors_*)',
    openmetrics: 'OpenMetrics 1.0-text, samma mätvärden som prometheus',
    ndjson: 'ett JSON-objekt per rad: varje fel när det hittas (och varje larm med --follow), sedan en sammanfattning',
  },
  program:
    'Förklara, räkna och diagnostisera fel från Marketos REST API i loggar över anrop och svar (NDJSON eller HAR).',
  analyze: 'analysera NDJSON- eller HAR-loggar (filer, gzip eller stdin) och rapportera varje fel från Marketo',
  inspect: 'visa hur varje rad i en logg läses: radens form, fälten som tas och rader som ingen form läser',
  merge: 'slå ihop JSON-rapporter över delar av en logg (delar, maskiner) till rapporten över helheten',
  diff: 'jämför två JSON-rapporter (t.ex. i går natt och i natt): koder nya, borta, upp, ned; diagnoser; gränser',
  codes: 'lista katalogen över Marketos felkoder',
  explain: 'förklara en eller flera koder: betydelse, åtgärd, råd om nya försök, kvot',
  argLogs: 'loggfiler; "-" eller inga läser stdin',
  argReports:
    'JSON-rapporter från `analyze --format json` i indatans ordning: filer, kataloger, "-" (stdin); inga läser stdin',
  argBase: 'den tidigare JSON-rapporten ("-" läser stdin)',
  argCurrent: 'den senare JSON-rapporten',
  argCodes: 'koder som 606 1006 413',
  reportFormat: () =>
    `${formatList('eller')} (standard: från filändelsen i -o, annars table i en terminal, annars json)`,
  inspectFormat: 'table eller json (standard: table i en terminal, annars json)',
  diffFormat: 'table, json, markdown eller csv (standard: table i en terminal, annars json; eller från -o)',
  codesFormat: 'table, json, csv eller markdown',
  output: 'skriv rapporten till en fil',
  inspectOutput: 'skriv till en fil',
  diffOutput: 'skriv jämförelsen till en fil',
  lang: 'utdatans språk: en eller sv',
  level: 'bara dessa nivåer: http,response,record',
  explainLevel: 'bara posten på denna nivå (för en kod som är dokumenterad på flera)',
  code: 'bara dessa koder, kommaseparerade',
  since: 'bara anrop vid eller efter denna ISO-tid',
  until: 'bara anrop före denna ISO-tid',
  endpoint: 'bara endpoints vars mallade sökväg innehåller denna text',
  instance: 'bara anrop till värdar som innehåller denna text (ett Munchkin-id: varje instans har egna gränser)',
  failOn: 'avsluta med 1 när någon av dessa nivåer har fel (för CI)',
  mergeFailOn: 'avsluta med 1 när någon av dessa nivåer har fel',
  diffFailOn: 'avsluta med 1 vid: new (en ny kod), up:25% (en kod 25 % oftare per 1 000 anrop), diagnostic:ID',
  csvRows:
    'csv: en rad per kod ("codes", standard), per fel ("findings"), diagnos ("diagnostics"), summa ("totals"), ' +
    'bulkjobb ("jobs") eller siffra från instansen ("instance")',
  showRecords: 'namnge de misslyckade posterna (e-post/id): personuppgifter, av som standard',
  inputFormat:
    'ndjson, har, json (en lista av poster eller formaterade värden), text (vanliga loggrader) eller ' +
    'bulk-failures (en fil med fel eller varningar från en bulkimport); standard: avkänns',
  inspectInputFormat: 'ndjson, har, json eller text; standard: avkänns',
  field: 'koppla ett fält i en annan loggform, t.ex. responseBody=ctx.resp.body (kan upprepas)',
  inspectField: 'prova en fältkoppling, så som analyze tar den (kan upprepas)',
  dailyQuota: 'instansens dagliga API-kvot, för diagnosen av dagskvoten',
  mergeDailyQuota: 'instansens dagliga API-kvot',
  jobs:
    'trådar för stora indata (standard: kärnorna; en NDJSON-fil i klartext från 512 MB, flera filer, en ' +
    'lästråd för gzip, HAR och stdin; 1: allt i en tråd)',
  maxBytes:
    'läs högst så många uppackade byte av varje indata (t.ex. 5G); därutöver är rapporten ofullständig, slutkod 3',
  byteRange: 'bara raderna som börjar inom dessa byte av en okomprimerad fil (ett map-steg)',
  shard: 'bara den i:te av n lika stora byteintervall av en okomprimerad fil (ett map-steg)',
  compact: 'json: rapporten på en rad',
  quiet: 'ingen förloppsindikator och inga meddelanden på stderr',
  noColor: 'inga färger i tabellen',
  noColors: 'inga färger',
  follow: 'fortsätt läsa filerna medan de växer, som tail -F (Ctrl-C eller q: slutrapport)',
  refresh: 'follow: rita om vyn och skriv om -o var N:e sekund (1-60)',
  state: 'follow: spara positioner och summor här, så att en omstartad bevakning fortsätter',
  alert: () => `follow: larma när en regel börjar och slutar gälla (kan upprepas): ${RULE_EXAMPLES}`,
  alertExec: 'follow: kör detta skalkommando för varje larm, med larmet som JSON på dess stdin',
  exitOnAlert: 'follow: avsluta med slutkod 1 vid första larmet',
};
