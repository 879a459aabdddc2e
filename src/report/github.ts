import type { Level } from '../catalog/types.js';
import { stripControl } from '../util/sanitize.js';
import { codeSeverity, formatInt, formatPercent, formatSource, levelsWithCodes, severityOf } from './format.js';
import type { ReportFormatSpec, ResolvedRenderOptions } from './format-spec.js';
import { pathInside } from './log-path.js';
import { renderMarkdown } from './markdown.js';
import type { CodeReport, Report } from './model.js';
import { wordsFor, type Words } from './words.js';

/**
 * GitHub Actions workflow commands: an ::error or ::warning per code and per
 * diagnostic, shown as annotations on the run (and on the log file when it is
 * part of the checkout). Escaping as GitHub's toolkit does it (actions/core):
 * a line break can never start a command of its own.
 */

/** GitHub takes at most 1 MiB per step summary. */
export const STEP_SUMMARY_BYTES = 1024 * 1024;

/** Every `from` as `to`: split and join, several times faster than a global regex on text with many matches. */
const swap = (s: string, from: string, to: string) => s.split(from).join(to);

/** The message part: %, CR and LF escaped, terminal controls out. */
export function escapeData(s: string): string {
  const text = stripControl(s, { keepLayout: true });
  return swap(swap(swap(text, '%', '%25'), '\r', '%0D'), '\n', '%0A');
}

/** A property value (title, file): also ':' and ','. */
export function escapeProperty(s: string): string {
  return swap(swap(escapeData(s), ':', '%3A'), ',', '%2C');
}

type Command = 'error' | 'warning' | 'notice';

function command(name: Command, props: Array<[string, string | undefined]>, message: string): string {
  const list = props
    .filter((p): p is [string, string] => p[1] !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(v)}`);
  return `::${name}${list.length ? ` ${list.join(',')}` : ''}::${escapeData(message)}`;
}

/** The first sample in a file of the checkout; lines of a gzip file are not lines GitHub can show. */
function fileOf(c: CodeReport, opts: ResolvedRenderOptions): { file?: string; line?: string } {
  const root = opts.env.GITHUB_WORKSPACE || opts.cwd;
  for (const { source } of c.samples) {
    if (typeof source?.file !== 'string' || /\.gz$/i.test(source.file)) continue;
    const file = pathInside(root, source.file, opts.cwd);
    if (file === undefined) continue;
    return Number.isInteger(source.line) && source.line > 0 ? { file, line: String(source.line) } : { file };
  }
  return {};
}

function codeCommand(level: Level, c: CodeReport, w: Words, opts: ResolvedRenderOptions): string {
  const n = (v: number) => formatInt(v, opts.lang);
  const title = `${w.level[level]} ${c.code}: ${c.title}`;
  const where = c.endpoints[0] ? ` · ${w.topEndpoint}: ${c.endpoints[0].endpoint}` : '';
  const samples = c.samples.map((s) => s.requestId ?? formatSource(s.source)).join(', ');
  const lines = [
    `${w.occurrencesInCalls(n(c.count), n(c.exchanges))}${where}`,
    c.meaning,
    `${w.remedy}: ${c.remedy}`,
    ...(samples ? [`${w.samples}: ${samples}`] : []),
  ];
  const { file, line } = fileOf(c, opts);
  const name = codeSeverity(c) === 'error' ? 'error' : 'warning';
  return command(
    name,
    [
      ['title', title],
      ['file', file],
      ['line', line],
    ],
    lines.join('\n'),
  );
}

const BY_SEVERITY: Record<'error' | 'warning' | 'info', Command> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

export function renderGithub(report: Report, opts: ResolvedRenderOptions): string {
  const w = wordsFor(opts.lang);
  const n = (v: number) => formatInt(v, opts.lang);
  const t = report.totals;
  const totals = [
    `${w.marketoCalls}: ${n(t.marketoCalls)}`,
    `${w.failedCalls}: ${n(t.failedCalls)} (${formatPercent(t.failedShare, opts.lang)})`,
    `${w.recordFailureCalls}: ${n(t.recordFailureCalls)}`,
    `${w.quotaCalls}: ${n(t.quotaCalls)}`,
  ];
  const out: string[] = [command('notice', [['title', w.reportTitle]], totals.join(' · '))];
  for (const { level, codes } of levelsWithCodes(report)) {
    for (const c of codes) out.push(codeCommand(level, c, w, opts));
  }
  for (const d of report.diagnostics) {
    out.push(command(BY_SEVERITY[severityOf(d)], [['title', `${w.diagnostics}: ${d.title}`]], d.advice));
  }
  if (!report.complete) out.push(command('error', [['title', w.reportTitle]], w.incomplete));
  return `${out.join('\n')}\n`;
}

/** The Markdown report cut at a line so that it and the note fit `limit` bytes of UTF-8. */
export function cutToBytes(markdown: string, limit: number, note: string): string {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  const room = limit - Buffer.byteLength(`\n${note}\n`);
  let used = 0;
  const kept: string[] = [];
  for (const line of markdown.split('\n')) {
    const size = Buffer.byteLength(line) + 1;
    if (used + size > room) break;
    kept.push(line);
    used += size;
  }
  return `${kept.join('\n')}\n${note}\n`;
}

export const githubFormat: ReportFormatSpec = {
  name: 'github',
  help: 'GitHub Actions annotations; with $GITHUB_STEP_SUMMARY, the Markdown report is added there',
  extensions: [],
  render: renderGithub,
  attachments: (report, opts) => {
    const file = opts.env.GITHUB_STEP_SUMMARY;
    if (!file) return [];
    const markdown = renderMarkdown(report, { lang: opts.lang });
    return [{ file, text: cutToBytes(markdown, STEP_SUMMARY_BYTES, wordsFor(opts.lang).summaryCut) }];
  },
};
