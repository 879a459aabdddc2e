import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '../catalog/types.js';
import { AppError, EXIT } from '../errors.js';
import { commanderText, helpHint, langAfterCommand, langOfArgv } from '../errors/commander-words.js';
import { msg, renderMessage } from '../errors/words.js';
import { DEFAULTS } from '../pipeline/options.js';
import { reportText } from '../redact/index.js';
import { formatsHelp } from '../report/registry.js';
import { stderrLine } from '../util/stderr-line.js';
import { analyzeCommand } from './analyze.js';
import { codesCommand, explainCommand } from './catalog-commands.js';
import { diffCommand } from './diff.js';
import { helpConfiguration } from './help-configuration.js';
import { type HelpWords, helpWords } from './help-words.js';
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

/** A command's help after its options: examples as typed, the formats when it writes a report, the exit codes. */
function examples(h: HelpWords, lines: string[], formats?: string): string {
  const shown = lines.map((line) => `  $ ${line}\n`).join('');
  return `\n${h.examples}\n${shown}${formats === undefined ? '' : `\n${formats}\n`}\n${h.exitCodes}`;
}

const repeatable = (v: string, acc: string[]) => [...acc, v];

function buildProgram(io: Io, lang: Lang, pkg: ProgramInfo, run: (work: Promise<number>) => void): Command {
  const h = helpWords(lang);
  const formats = formatsHelp(h.formatsTitle, (f) => h.formatHelp[f.name] ?? f.help);
  const langOption = () => new Option('--lang <lang>', h.lang).default('en');
  const program = new Command('marketo-errors')
    .description(h.program)
    .version(pkg.version, '-V, --version', h.versionFlag)
    .helpOption('-h, --help', h.helpFlag)
    .helpCommand('help [command]', h.helpCommand)
    .configureHelp(helpConfiguration(h))
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
      outputError: (text, write) => write(commanderText(reportText(text), lang)),
    })
    .addHelpText(
      'after',
      examples(h, [
        'marketo-errors analyze app.log',
        'cat app.log | marketo-errors analyze --format csv -o report.csv',
        'marketo-errors explain 606 1006',
        'marketo-errors codes --level record --lang sv',
      ]),
    );

  program
    .command('analyze')
    .description(h.analyze)
    .argument('[files...]', h.argLogs)
    .option('-f, --format <format>', h.reportFormat())
    .option('-o, --output <file>', h.output)
    .addOption(langOption())
    .option('--level <levels>', h.level)
    .option('--code <codes>', h.code)
    .option('--since <time>', h.since)
    .option('--until <time>', h.until)
    .option('--endpoint <text>', h.endpoint)
    .option('--instance <text>', h.instance)
    .option('--fail-on <levels>', h.failOn)
    .option('--csv-rows <rows>', h.csvRows)
    .option('--show-records', h.showRecords)
    .option('--input-format <format>', h.inputFormat)
    .option('--field <name=path>', h.field, repeatable, [] as string[])
    .option('--daily-quota <calls>', h.dailyQuota, String(DEFAULTS.dailyQuota))
    .option('-j, --jobs <n>', h.jobs)
    .option('--max-bytes <n>', h.maxBytes)
    .option('--byte-range <start:end>', h.byteRange)
    .option('--shard <i/n>', h.shard)
    .option('--compact', h.compact)
    .option('-q, --quiet', h.quiet)
    .option('--no-color', h.noColor)
    .option('-F, --follow', h.follow)
    .option('--refresh <seconds>', h.refresh, '1')
    .option('--state <file>', h.state)
    .option('--alert <rule>', h.alert(), repeatable, [] as string[])
    .option('--alert-exec <command>', h.alertExec)
    .option('--exit-on-alert', h.exitOnAlert)
    .addHelpText(
      'after',
      examples(
        h,
        [
          'marketo-errors analyze app.log',
          'marketo-errors analyze app.log.gz other.har --format html -o report.html',
          'kubectl logs deploy/sync | marketo-errors analyze --level response,record',
          'marketo-errors analyze app.log --format csv --csv-rows findings -o findings.csv',
          'marketo-errors analyze app.log --fail-on http,response',
          "marketo-errors analyze -F sync.log --alert 'rate>=90' --alert code:606",
        ],
        formats,
      ),
    )
    .action((files: string[], flags) => run(analyzeCommand(files, flags, io, pkg)));

  program
    .command('inspect')
    .description(h.inspect)
    .argument('[files...]', h.argLogs)
    .option('-f, --format <format>', h.inspectFormat)
    .option('-o, --output <file>', h.inspectOutput)
    .addOption(langOption())
    .option('--input-format <format>', h.inspectInputFormat)
    .option('--field <name=path>', h.inspectField, repeatable, [] as string[])
    .addHelpText(
      'after',
      examples(h, [
        'marketo-errors inspect app.log',
        'marketo-errors inspect app.log --field url=evt.target --field status=evt.rc',
      ]),
    )
    .action((files: string[], flags) => run(inspectCommand(files, flags, io)));

  program
    .command('merge')
    .description(h.merge)
    .argument('[reports...]', h.argReports)
    .option('-f, --format <format>', h.reportFormat())
    .option('-o, --output <file>', h.output)
    .addOption(langOption())
    .option('--fail-on <levels>', h.mergeFailOn)
    .option('--daily-quota <calls>', h.mergeDailyQuota, String(DEFAULTS.dailyQuota))
    .option('--compact', h.compact)
    .option('--no-color', h.noColor)
    .addHelpText(
      'after',
      examples(
        h,
        [
          'marketo-errors analyze part-1.log --format json -o 1.json',
          'marketo-errors analyze part-2.log --format json -o 2.json',
          'marketo-errors merge 1.json 2.json --format html -o report.html',
        ],
        formats,
      ),
    )
    .action((files: string[], flags) => run(mergeCommand(files, flags, io, pkg)));

  program
    .command('diff')
    .description(h.diff)
    .argument('<base>', h.argBase)
    .argument('<current>', h.argCurrent)
    .option('-f, --format <format>', h.diffFormat)
    .option('-o, --output <file>', h.diffOutput)
    .addOption(langOption())
    .option('--fail-on <rules>', h.diffFailOn)
    .addHelpText(
      'after',
      examples(h, [
        'marketo-errors diff last-night.json tonight.json',
        'marketo-errors diff base.json now.json --fail-on new,up:25%,diagnostic:rate-window',
      ]),
    )
    .action((base: string, current: string, flags) => run(diffCommand(base, current, flags, io)));

  program
    .command('codes')
    .description(h.codes)
    .option('--level <levels>', h.level)
    .option('-f, --format <format>', h.codesFormat, 'table')
    .addOption(langOption())
    .option('--no-color', h.noColors)
    .addHelpText(
      'after',
      examples(h, [
        'marketo-errors codes',
        'marketo-errors codes --level response --format markdown',
        'marketo-errors codes --format json --lang sv',
      ]),
    )
    .action((flags) => run(codesCommand(flags, io)));

  program
    .command('explain')
    .description(h.explain)
    .argument('<codes...>', h.argCodes)
    .option('--level <levels>', h.explainLevel)
    .addOption(langOption())
    .option('--no-color', h.noColors)
    .addHelpText('after', examples(h, ['marketo-errors explain 606', 'marketo-errors explain 601 602 1006 --lang sv']))
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
    await program.parseAsync(langAfterCommand(argv));
    return await (pending ?? EXIT.ok);
  } catch (error) {
    if (!(error instanceof CommanderError)) return report(error, lang, io);
    const ok = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
    return ok ? EXIT.ok : EXIT.usage;
  }
}
