import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '../catalog/types.js';
import { AppError, EXIT } from '../errors.js';
import { commanderText, helpHint, langOfArgv } from '../errors/commander-words.js';
import { msg, renderMessage } from '../errors/words.js';
import { RULE_EXAMPLES } from '../follow/alert-rules.js';
import { DEFAULTS } from '../pipeline/options.js';
import { redactText } from '../redact/index.js';
import { formatChoices, formatsHelp } from '../report/registry.js';
import { stripControl } from '../util/sanitize.js';
import { stderrLine } from '../util/stderr-line.js';
import { analyzeCommand } from './analyze.js';
import { codesCommand, explainCommand } from './catalog-commands.js';
import { diffCommand } from './diff.js';
import { inspectCommand } from './inspect.js';
import type { Io } from './io.js';
import { mergeCommand } from './merge.js';

/**
 * The commands, their flags and help, and the run of one command line: no
 * process in here (src/cli.ts wires this to the real one).
 */

/** The name and version the program says of itself (package.json's). */
export interface ProgramInfo {
  name: string;
  version: string;
}

const EXIT_CODES = `
Exit codes:
  0    done
  1    --fail-on names a level that has findings
  2    usage error (bad flag, unknown code)
  3    an input could not be read completely (missing, truncated, damaged)
  4    the report could not be written (disk full, device error)
  70   internal error (a bug: please report it with MARKETO_ERRORS_DEBUG=1 output)
  130  interrupted (Ctrl-C)`;

/** A command's help after its options: examples as typed, the formats when it writes a report, the exit codes. */
function examples(lines: string[], formats?: string): string {
  const shown = lines.map((line) => `  $ ${line}\n`).join('');
  return `\nExamples:\n${shown}${formats === undefined ? '' : `\n${formats}\n`}${EXIT_CODES}`;
}

const FORMAT_HELP = `${formatChoices()} (default: from the -o extension, else table on a terminal, else json)`;

const langOption = () => new Option('--lang <lang>', 'language of the output: en or sv').default('en');

function buildProgram(io: Io, lang: Lang, pkg: ProgramInfo, run: (work: Promise<number>) => void): Command {
  const program = new Command('marketo-errors')
    .description('Explain, count and diagnose Marketo REST API failures in request/response logs (NDJSON or HAR).')
    .version(pkg.version, '-V, --version')
    .showHelpAfterError(helpHint(lang))
    // Set before the subcommands are added: they copy these settings.
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Commander's own choice: the terminal's width, else 80.
      getOutHelpWidth: () => (io.stdoutIsTTY ? io.columns : 80),
      getErrHelpWidth: () => (io.stderrIsTTY ? io.columns : 80),
      getOutHasColors: () => false,
      getErrHasColors: () => false,
      outputError: (text, write) => write(commanderText(redactText(stripControl(text)), lang)),
    })
    .addHelpText(
      'after',
      examples([
        'marketo-errors analyze app.log',
        'cat app.log | marketo-errors analyze --format csv -o report.csv',
        'marketo-errors explain 606 1006',
        'marketo-errors codes --level record --lang sv',
      ]),
    );

  program
    .command('analyze')
    .description('analyze NDJSON or HAR logs (files, gzip, or stdin) and report every Marketo failure')
    .argument('[files...]', 'log files; "-" or none reads stdin')
    .option('-f, --format <format>', FORMAT_HELP)
    .option('-o, --output <file>', 'write the report to a file')
    .addOption(langOption())
    .option('--level <levels>', 'only these levels: http,response,record')
    .option('--code <codes>', 'only these codes, comma-separated')
    .option('--since <time>', 'only calls at or after this ISO time')
    .option('--until <time>', 'only calls before this ISO time')
    .option('--endpoint <text>', 'only endpoints whose templated path contains this text')
    .option('--fail-on <levels>', 'exit 1 when any of these levels has findings (for CI)')
    .option(
      '--csv-rows <rows>',
      'csv: a row per code ("codes", the default), per "findings", "diagnostics", "totals", bulk "jobs" or ' +
        '"instance" count',
    )
    .option('--show-records', 'name the failed input records (email/id): personal data, off by default')
    .option(
      '--input-format <format>',
      'ndjson, har, json (an array of records or pretty-printed values), text (plain log lines), or bulk-failures ' +
        '(a bulk import failure or warning file); default: sniffed',
    )
    .option(
      '--field <name=path>',
      'map a field of another log shape, e.g. responseBody=ctx.resp.body (repeatable)',
      (v: string, acc: string[]) => [...acc, v],
      [] as string[],
    )
    .option(
      '--daily-quota <calls>',
      "the instance's daily API quota, for the daily-quota diagnostic",
      String(DEFAULTS.dailyQuota),
    )
    .option(
      '-j, --jobs <n>',
      'worker threads for large inputs (default: the cores, for a large plain NDJSON file or several files; ' +
        'gzip and HAR files only when given)',
    )
    .option(
      '--max-bytes <n>',
      'read at most this many decompressed bytes of each input (e.g. 5G); past it the report is incomplete, exit 3',
    )
    .option('--byte-range <start:end>', 'only the lines that start in these bytes of one plain file (a map step)')
    .option('--shard <i/n>', 'only the i-th of n equal byte ranges of one plain file (a map step)')
    .option('--compact', 'json: the report on one line')
    .option('-q, --quiet', 'no progress bar and no notes on stderr')
    .option('--no-color', 'no colours in the table')
    .option('-F, --follow', 'keep reading the files as they grow, like tail -F (Ctrl-C or q: final report)')
    .option('--refresh <seconds>', 'follow: redraw the live view and rewrite -o every N seconds (1-60)', '1')
    .option('--state <file>', 'follow: keep offsets and totals here, so a restarted watcher resumes')
    .option(
      '--alert <rule>',
      `follow: alert when a rule starts and stops holding (repeatable): ${RULE_EXAMPLES}`,
      (v: string, acc: string[]) => [...acc, v],
      [] as string[],
    )
    .option('--alert-exec <command>', 'follow: run this shell command for each alert, the alert as JSON on its stdin')
    .option('--exit-on-alert', 'follow: stop with exit code 1 at the first alert')
    .addHelpText(
      'after',
      examples(
        [
          'marketo-errors analyze app.log',
          'marketo-errors analyze app.log.gz other.har --format html -o report.html',
          'kubectl logs deploy/sync | marketo-errors analyze --level response,record',
          'marketo-errors analyze app.log --format csv --csv-rows findings -o findings.csv',
          'marketo-errors analyze app.log --fail-on http,response',
          "marketo-errors analyze -F sync.log --alert 'rate>=90' --alert code:606",
        ],
        formatsHelp(),
      ),
    )
    .action((files: string[], flags) => run(analyzeCommand(files, flags, io, pkg)));

  program
    .command('inspect')
    .description(
      'show how each line of a log is read: the shape of each line, the fields taken, and lines no shape reads',
    )
    .argument('[files...]', 'log files; "-" or none reads stdin')
    .option('-f, --format <format>', 'table or json (default: table on a terminal, else json)')
    .option('-o, --output <file>', 'write to a file')
    .addOption(langOption())
    .option('--input-format <format>', 'ndjson, har, json or text; default: sniffed')
    .option(
      '--field <name=path>',
      'try a field mapping, as analyze takes it (repeatable)',
      (v: string, acc: string[]) => [...acc, v],
      [] as string[],
    )
    .addHelpText(
      'after',
      examples([
        'marketo-errors inspect app.log',
        'marketo-errors inspect app.log --field url=evt.target --field status=evt.rc',
      ]),
    )
    .action((files: string[], flags) => run(inspectCommand(files, flags, io)));

  program
    .command('merge')
    .description('combine JSON reports of parts of a log (shards, machines) into the report of the whole')
    .argument(
      '[reports...]',
      'JSON reports of `analyze --format json` in input order: files, directories, "-" (stdin); none reads stdin',
    )
    .option('-f, --format <format>', FORMAT_HELP)
    .option('-o, --output <file>', 'write the report to a file')
    .addOption(langOption())
    .option('--fail-on <levels>', 'exit 1 when any of these levels has findings')
    .option('--daily-quota <calls>', "the instance's daily API quota", String(DEFAULTS.dailyQuota))
    .option('--compact', 'json: the report on one line')
    .option('--no-color', 'no colours in the table')
    .addHelpText(
      'after',
      examples(
        [
          'marketo-errors analyze part-1.log --format json -o 1.json',
          'marketo-errors analyze part-2.log --format json -o 2.json',
          'marketo-errors merge 1.json 2.json --format html -o report.html',
        ],
        formatsHelp(),
      ),
    )
    .action((files: string[], flags) => run(mergeCommand(files, flags, io, pkg)));

  program
    .command('diff')
    .description(
      'compare two JSON reports (e.g. last night and tonight): codes new, gone, up, down; diagnostics; limits',
    )
    .argument('<base>', 'the earlier JSON report ("-" reads stdin)')
    .argument('<current>', 'the later JSON report')
    .option(
      '-f, --format <format>',
      'table, json, markdown or csv (default: table on a terminal, else json; or from -o)',
    )
    .option('-o, --output <file>', 'write the comparison to a file')
    .addOption(langOption())
    .option(
      '--fail-on <rules>',
      'exit 1 when: new (a new code), up:25% (a code 25% more often per 1,000 calls), diagnostic:ID',
    )
    .addHelpText(
      'after',
      examples([
        'marketo-errors diff last-night.json tonight.json',
        'marketo-errors diff base.json now.json --fail-on new,up:25%,diagnostic:rate-window',
      ]),
    )
    .action((base: string, current: string, flags) => run(diffCommand(base, current, flags, io)));

  program
    .command('codes')
    .description('list the catalog of Marketo error codes')
    .option('--level <levels>', 'only these levels: http,response,record')
    .option('-f, --format <format>', 'table, json, csv or markdown', 'table')
    .addOption(langOption())
    .option('--no-color', 'no colours')
    .addHelpText(
      'after',
      examples([
        'marketo-errors codes',
        'marketo-errors codes --level response --format markdown',
        'marketo-errors codes --format json --lang sv',
      ]),
    )
    .action((flags) => run(codesCommand(flags, io)));

  program
    .command('explain')
    .description('explain one or more codes: meaning, remedy, retry advice, quota')
    .argument('<codes...>', 'codes such as 606 1006 413')
    .option('--level <levels>', 'only the entry at this level (for a code documented at more than one)')
    .addOption(langOption())
    .option('--no-color', 'no colours')
    .addHelpText('after', examples(['marketo-errors explain 606', 'marketo-errors explain 601 602 1006 --lang sv']))
    .action((codes: string[], flags) => run(explainCommand(codes, flags, io)));

  return program;
}

function report(error: unknown, lang: Lang, io: Io): number {
  if (error instanceof AppError) {
    io.stderr.write(`marketo-errors: ${stderrLine(renderMessage(error.words, lang))}\n`);
    return error.exitCode;
  }
  // A bug of ours: say so in one line, keep the detail for those who ask for it.
  const debug = io.env.MARKETO_ERRORS_DEBUG;
  const detail = debug ? `\n${(error as Error).stack}` : renderMessage(msg('debugHint'), lang);
  const said = renderMessage(msg('internal', { detail: stderrLine(String((error as Error).message)) }), lang);
  io.stderr.write(`marketo-errors: ${said}${detail}\n`);
  return EXIT.internal;
}

/** Parses `argv` (node, script, args...), runs the command on `io`, gives the exit code. */
export async function runProgram(argv: string[], io: Io, pkg: ProgramInfo): Promise<number> {
  const lang = langOfArgv(argv);
  let pending: Promise<number> | undefined;
  const program = buildProgram(io, lang, pkg, (work) => (pending = work));
  try {
    await program.parseAsync(argv);
    return await (pending ?? EXIT.ok);
  } catch (error) {
    if (!(error instanceof CommanderError)) return report(error, lang, io);
    const ok = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
    return ok ? EXIT.ok : EXIT.usage;
  }
}
