import type { Lang } from '../catalog/types.js';

// Commander words its own parse errors in English. With --lang sv its lines
// are put in Swedish here, matched by the message each error code produces
// (commander 14); flag and command names stay as typed. A line not matched
// stays English rather than being lost.

const SV: Array<[code: string, pattern: RegExp, say: (m: RegExpExecArray) => string]> = [
  ['commander.unknownOption', /^error: unknown option '(.*)'$/, (m) => `fel: okänd flagga '${m[1]}'`],
  ['commander.unknownCommand', /^error: unknown command '(.*)'$/, (m) => `fel: okänt kommando '${m[1]}'`],
  ['commander.missingArgument', /^error: missing required argument '(.*)'$/, (m) => `fel: argumentet '${m[1]}' saknas`],
  [
    'commander.optionMissingArgument',
    /^error: option '(.*)' argument missing$/,
    (m) => `fel: flaggan '${m[1]}' saknar sitt värde`,
  ],
  [
    'commander.missingMandatoryOptionValue',
    /^error: required option '(.*)' not specified$/,
    (m) => `fel: flaggan '${m[1]}' måste anges`,
  ],
  [
    'commander.excessArguments',
    /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (m) => `fel: för många argument${m[1] ? ` till '${m[1]}'` : ''}: väntade ${m[2]} men fick ${m[3]}`,
  ],
  [
    'commander.invalidArgument',
    /^error: option '(.*)' argument '(.*)' is invalid\.(.*)$/,
    (m) => `fel: flaggan '${m[1]}' fick ett ogiltigt värde '${m[2]}'.${m[3]}`,
  ],
  [
    'commander.conflictingOption',
    /^error: (.*) cannot be used with (.*)$/,
    (m) => `fel: ${m[1]} kan inte användas med ${m[2]}`,
  ],
];

const SUGGESTION_SV: Array<[RegExp, string]> = [
  [/^\(Did you mean one of (.*)\?\)$/, '(menade du någon av $1?)'],
  [/^\(Did you mean (.*)\?\)$/, '(menade du $1?)'],
];

/** Commander's error text (one or more lines) in the language of the command. */
export function commanderText(text: string, lang: Lang): string {
  if (lang !== 'sv') return text;
  return text
    .split('\n')
    .map((line) => {
      for (const [, pattern, say] of SV) {
        const m = pattern.exec(line);
        if (m) return say(m);
      }
      for (const [pattern, said] of SUGGESTION_SV) if (pattern.test(line)) return line.replace(pattern, said);
      return line;
    })
    .join('\n');
}

/** The line after a parse error that points at the help. */
export function helpHint(lang: Lang): string {
  return lang === 'sv' ? '(kör med --help för hjälp)' : '(run with --help for usage)';
}

/**
 * The language asked for, read before commander parses: its own errors come
 * before any flag is parsed, and an unknown value is English.
 */
export function langOfArgv(argv: readonly string[]): Lang {
  let lang: Lang = 'en';
  argv.forEach((arg, i) => {
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'sv' || value === 'en') lang = value;
  });
  return lang;
}

/**
 * `--lang sv` given before the command (`marketo-errors --lang sv analyze x.log`) moved behind it, where
 * each command declares it: a language is a global choice, and commander would call it an unknown option.
 */
export function langAfterCommand(argv: readonly string[]): string[] {
  const [node = '', script = '', ...args] = argv;
  const lead: string[] = [];
  let i = 0;
  while (i < args.length && (args[i] === '--lang' || args[i]!.startsWith('--lang='))) {
    const take = args[i] === '--lang' ? 2 : 1;
    lead.push(...args.slice(i, i + take));
    i += take;
  }
  if (lead.length === 0 || i >= args.length) return [...argv];
  return [node, script, args[i]!, ...lead, ...args.slice(i + 1)];
}
